import type { QuestionBase } from '../../question-base';

/** A blank in a fill-in-the-blank text. */
export interface Blank {
  readonly id: string;
  /** Accepted answers, compared after normalisation. */
  readonly accept: readonly string[];
  /** Compare letter case too. */
  readonly caseSensitive: boolean;
  /** Shown when this blank is answered wrongly. */
  readonly feedback?: string;
  /**
   * `false` turns off the spelling check: a near miss of an accepted answer is then graded
   * wrong like any other. Absent means on.
   */
  readonly spellingCheck?: boolean;
}

/** A text with `{{blank-id}}` placeholders the learner fills. */
export interface FillInTheBlankQuestion extends QuestionBase<'fill-in-the-blank'> {
  readonly text: string;
  readonly blanks: readonly Blank[];
}

/** The answer to a fill-in-the-blank question: the text typed into each blank, by blank id. */
export interface FillInTheBlankAnswer {
  readonly blanks: Readonly<Record<string, string>>;
}
