import type { EvidenceAnchor } from './evidence-anchor';

/** The question types, each with a scorer in the registry. */
export type QuestionType =
  | 'single-choice'
  | 'multiple-select'
  | 'true-false'
  | 'fill-in-the-blank'
  | 'ordering'
  | 'matching'
  | 'select-evidence';

/** Feedback shown after a try, by how the try went. */
export interface QuestionFeedback {
  readonly correct?: string;
  /** Shown for partly right answers; `incorrect` is shown when absent. */
  readonly partial?: string;
  readonly incorrect?: string;
}

/** Fields every question has. Text fields hold the inline Markdown subset. */
export interface QuestionBase<T extends QuestionType> {
  /** Kebab-case id, unique in the quiz; learner progress is keyed to it. */
  readonly id: string;
  readonly type: T;
  readonly prompt: string;
  /** Marks the question is worth. */
  readonly points: number;
  /** Hints in the order they are revealed. */
  readonly hints: readonly string[];
  /** Shown once the question is closed. */
  readonly explanation?: string;
  readonly feedback: QuestionFeedback;
  /** Where the source text supports the answer. */
  readonly evidence: readonly EvidenceAnchor[];
  /** Key point ids the question tests, for per-key-point results. */
  readonly keyPoints: readonly string[];
  /** Glossary term ids the question involves. */
  readonly glossary: readonly string[];
  /** Stable hash of the question's content: answers of unchanged questions survive a new quiz version. */
  readonly hash: string;
}

/** An option of a choice question. */
export interface ChoiceOption {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  /** Shown when the learner chooses this option. */
  readonly feedback?: string;
}

/** Exactly one option is correct. */
export interface SingleChoiceQuestion extends QuestionBase<'single-choice'> {
  readonly options: readonly ChoiceOption[];
  /** Overrides the quiz's `shuffleOptions` for this question (e.g. for "none of the above"). */
  readonly shuffleOptions?: boolean;
}

/** One or more options are correct; partial credit. */
export interface MultipleSelectQuestion extends QuestionBase<'multiple-select'> {
  readonly options: readonly ChoiceOption[];
  readonly shuffleOptions?: boolean;
}

/** The prompt is a claim the learner judges true or false. */
export interface TrueFalseQuestion extends QuestionBase<'true-false'> {
  /** Whether the claim is true. */
  readonly answer: boolean;
}

/** A blank in a fill-in-the-blank text. */
export interface Blank {
  readonly id: string;
  /** Accepted answers, compared after normalisation. */
  readonly accept: readonly string[];
  /** Compare letter case too. */
  readonly caseSensitive: boolean;
  /** Shown when this blank is answered wrongly. */
  readonly feedback?: string;
}

/** A text with `{{blank-id}}` placeholders the learner fills. */
export interface FillInTheBlankQuestion extends QuestionBase<'fill-in-the-blank'> {
  readonly text: string;
  readonly blanks: readonly Blank[];
}

/** An item of an ordering question. */
export interface OrderingItem {
  readonly id: string;
  readonly text: string;
}

/** Put items in order; `items` lists them in the correct order. */
export interface OrderingQuestion extends QuestionBase<'ordering'> {
  readonly items: readonly OrderingItem[];
}

/** A left-hand prompt and its right-hand match. */
export interface MatchingPair {
  readonly id: string;
  readonly left: string;
  readonly right: string;
  /** Shown when this pair is matched wrongly. */
  readonly feedback?: string;
}

/** A right-hand choice that matches no left-hand prompt. */
export interface MatchingDistractor {
  readonly id: string;
  readonly text: string;
}

/** Match each left-hand prompt to a right-hand choice. Right-hand choices are named by pair or distractor id. */
export interface MatchingQuestion extends QuestionBase<'matching'> {
  readonly pairs: readonly MatchingPair[];
  readonly distractors: readonly MatchingDistractor[];
}

/** Pick the sentences of the source text that support the prompt's claim. */
export interface SelectEvidenceQuestion extends QuestionBase<'select-evidence'> {
  /** Paragraph ids shown to the learner. */
  readonly passage: readonly string[];
  /** Sentence ids the learner may pick, in document order (resolved from `passage`). */
  readonly sentenceIds: readonly string[];
  /** Sentence ids that the evidence anchors cover: the answer key. */
  readonly evidenceSentenceIds: readonly string[];
}

/** Any question. */
export type Question =
  | SingleChoiceQuestion
  | MultipleSelectQuestion
  | TrueFalseQuestion
  | FillInTheBlankQuestion
  | OrderingQuestion
  | MatchingQuestion
  | SelectEvidenceQuestion;

/** The question of a given type. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { readonly type: T }>;
