import {
  CERTAINTY_SCALE,
  type CertaintyResult,
  type ConfidenceLevel,
  type KeyPointResult,
  type KeyPointStatus,
  type QuestionResult,
  type QuestionStatus,
  type QuizResults,
  type QuizSettings,
} from '@tmm/quiz-engine';
import { percent } from './quiz-rules';

// The one vocabulary of results: the question's badge, the feedback, the navigator, the
// per-key-point summary and the totals take their words from here, and the instructors' guide
// prints its table from `RESULT_TERMS`. "Correct" is about the answer; "marks" are the credit
// it earned after tries and hints; the certainty-based mark is about confidence and is only
// ever reported apart.

/** How an answer went, in words. */
export const ANSWER_WORDS: Readonly<Record<QuestionStatus, string>> = {
  correct: 'Correct',
  partial: 'Partly correct',
  incorrect: 'Not correct',
  unanswered: 'Not answered',
};

/** How a key point went over its questions, in the same words. */
export const KEY_POINT_WORDS: Readonly<Record<KeyPointStatus, string>> = {
  correct: 'All correct',
  partial: 'Partly correct',
  incorrect: 'Not correct yet',
};

/** The confidence levels' names, as the picker offers them. */
export const CONFIDENCE_WORDS: Readonly<Record<ConfidenceLevel, string>> = {
  1: 'Not sure',
  2: 'Fairly sure',
  3: 'Sure',
};

/** Marks with at most two decimals: 0.9, 1, 2.67. */
export function marks(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** A signed mark with a true minus sign: +3, 0, −6. */
export function signed(value: number): string {
  const shown = marks(Math.abs(value));
  return value > 0 ? `+${shown}` : value < 0 ? `−${shown}` : '0';
}

/** "0.67 of 1 mark", "4.9 of 6 marks". */
export function marksOf(earned: number, total: number): string {
  return `${marks(earned)} of ${marks(total)} ${total === 1 ? 'mark' : 'marks'}`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

/**
 * Why an answer earned less than its question's marks, in words ("on the second try",
 * "with 1 hint"); empty when it earned them all or earned nothing for want of a right answer.
 */
export function deductions(result: QuestionResult): string[] {
  if (result.earned >= result.total || result.status === 'unanswered') return [];
  const reasons: string[] = [];
  if (result.correct && result.tries > 1) reasons.push(`on the ${ordinal(result.tries)} try`);
  if (result.hintsUsed > 0)
    reasons.push(`with ${result.hintsUsed} ${result.hintsUsed === 1 ? 'hint' : 'hints'}`);
  return reasons;
}

/** What follows a question's badge: " on the second try, 0.67 of 1 mark." */
export function questionDetail(result: QuestionResult): string {
  const why = deductions(result).map((reason) => ` ${reason}`);
  return `${why.join('')}, ${marksOf(result.earned, result.total)}.`;
}

/** A question's line in the results: "Correct on the second try, 0.67 of 1 mark." */
export function questionLine(result: QuestionResult): string {
  return `${ANSWER_WORDS[result.status]}${questionDetail(result)}`;
}

/** A question's confidence, for a quiz that asks it: "Sure: certainty-based mark −6." */
export function questionCertaintyLine(result: QuestionResult): string | undefined {
  if (result.certaintyMark === undefined || result.status === 'unanswered') return undefined;
  const level = result.confidence ?? 1;
  return `${CONFIDENCE_WORDS[level]}${result.confidence === undefined ? ' (not rated)' : ''}: certainty-based mark ${signed(result.certaintyMark)}.`;
}

/** A key point's line: "2 of 2 questions correct, 1.57 of 2 marks (78%)." */
export function keyPointLine(result: KeyPointResult): string {
  const share = result.total > 0 ? result.earned / result.total : 0;
  return `${result.correct} of ${result.questions} ${result.questions === 1 ? 'question' : 'questions'} correct, ${marksOf(result.earned, result.total)} (${percent(share)}).`;
}

/** How many of the attempt's questions were correct: "9 of 10 questions correct." */
export function totalsLine(results: QuizResults): string {
  const correct = results.questions.filter((result) => result.correct).length;
  const count = results.questions.length;
  return `${correct} of ${count} ${count === 1 ? 'question' : 'questions'} correct.`;
}

/**
 * The one sentence that says how marks were worked out, for the quiz's settings: what a correct
 * answer earns, what tries and hints cost, and that confidence never changes marks.
 */
export function marksRule(settings: QuizSettings): string {
  const costs: string[] = [];
  if (settings.tries > 1 && settings.penaltyPerTry > 0)
    costs.push(`each extra try costs ${percent(settings.penaltyPerTry)}`);
  if (settings.hints && settings.hintCost > 0)
    costs.push(`each hint ${percent(settings.hintCost)}`);
  const cost = costs.length > 0 ? `; ${costs.join(' and ')} of them` : '';
  const confidence = settings.confidence ? ', and how sure you were never changes them' : '';
  return `How marks are worked out: a correct answer earns the question's marks and a partly correct one its share${cost}, never below 0${confidence}.`;
}

/** Gardner-Medwin's certainty-based marking table, row by row, as the confidence report shows it. */
export const CERTAINTY_TABLE: readonly {
  readonly level: ConfidenceLevel;
  readonly words: string;
  readonly right: number;
  readonly wrong: number;
}[] = ([1, 2, 3] as const).map((level) => ({
  level,
  words: CONFIDENCE_WORDS[level],
  right: CERTAINTY_SCALE[level].right,
  wrong: CERTAINTY_SCALE[level].wrong,
}));

/** The confidence result's sentence: "Average certainty-based mark: +1.9 of a possible +3." */
export function certaintyLine(certainty: CertaintyResult): string {
  return `Average certainty-based mark: ${signed(certainty.average)} per mark, of a possible +${CERTAINTY_SCALE[3].right}.`;
}

/** How the confidence result is worked out, in one sentence. */
export const CERTAINTY_RULE =
  'How the certainty-based mark is worked out: each answer scores by the table below for the confidence you chose (partly correct answers in proportion), and the average is taken over the quiz’s marks; it shows whether your confidence was well judged and is reported apart from your marks.';

/** The terms of the results and what each means, for the instructors' guide. */
export const RESULT_TERMS: readonly { readonly term: string; readonly meaning: string }[] = [
  {
    term: `${ANSWER_WORDS.correct} / ${ANSWER_WORDS.partial} / ${ANSWER_WORDS.incorrect}`,
    meaning:
      'How an answer went: correct when a try was fully right, partly correct when it earned some of the question (some blanks, some choices), not correct otherwise. The same words on the question badge, in the feedback and in the list of questions.',
  },
  {
    term: 'Marks',
    meaning:
      'What an answer earned, from 0 to the question’s marks: its best try’s share less the cost of extra tries and hints. A correct answer on a later try or after a hint earns less than full marks, and the results say why ("on the second try"). Never negative.',
  },
  {
    term: `${KEY_POINT_WORDS.correct} / ${KEY_POINT_WORDS.partial} / ${KEY_POINT_WORDS.incorrect}`,
    meaning:
      'How a key point went: all its questions correct, some marks earned on it, or none. Its line counts the questions correct and adds up their marks, with the same numbers as the questions’ own lines.',
  },
  {
    term: 'Score',
    meaning:
      'The marks earned as a share of the quiz’s marks, the headline figure and what the pass mark is compared with. With `grading: certainty` it is the average certainty-based mark as a share of 3, never below 0%.',
  },
  {
    term: 'Pass mark',
    meaning: 'The score needed to pass (`settings.passMark`, 70% unless the quiz says otherwise).',
  },
  {
    term: 'Certainty-based mark',
    meaning: `Only where a quiz asks how sure the learner is (\`confidence: true\`, and every review session): Gardner-Medwin’s scale, ${CERTAINTY_TABLE.map((row) => `${signed(row.right)}/${signed(row.wrong)} for "${row.words}"`).join(', ')} (correct/not correct), averaged over the quiz’s marks. Reported apart from marks, as Moodle reports accuracy and the certainty-based result; it changes the score only under \`grading: certainty\`.`,
  },
];
