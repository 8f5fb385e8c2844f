import type { AnswerOf } from '../answer';
import type { Question, QuestionOf, QuestionType } from '../question';
import { MISFIT } from './answer-shape';
import {
  isFillInTheBlankAnswer,
  scoreFillInTheBlank,
  validateFillInTheBlank,
} from './fill-in-the-blank/score-fill-in-the-blank';
import { isMatchingAnswer, scoreMatching, validateMatching } from './matching/score-matching';
import {
  isMultipleSelectAnswer,
  scoreMultipleSelect,
  validateMultipleSelect,
} from './multiple-select/score-multiple-select';
import { isOrderingAnswer, scoreOrdering, validateOrdering } from './ordering/score-ordering';
import { type InvalidScore, invalid, type ScoreResult } from './score-result';
import {
  isSelectEvidenceAnswer,
  scoreSelectEvidence,
  validateSelectEvidence,
} from './select-evidence/score-select-evidence';
import {
  isSingleChoiceAnswer,
  scoreSingleChoice,
  validateSingleChoice,
} from './single-choice/score-single-choice';
import {
  isTrueFalseAnswer,
  scoreTrueFalse,
  validateTrueFalse,
} from './true-false/score-true-false';

/** What the engine knows about one question type: answer shape, completeness and scoring. */
export interface QuestionTypeDefinition<T extends QuestionType> {
  /** Whether a value has this type's answer shape. */
  readonly isAnswer: (value: unknown) => value is AnswerOf<T>;
  /** Why an answer cannot be graded yet, or `undefined` when it is complete. */
  readonly validate: (
    question: QuestionOf<T>,
    answer: AnswerOf<T> | undefined,
  ) => InvalidScore | undefined;
  /** Grades an answer; pure. */
  readonly score: (question: QuestionOf<T>, answer: AnswerOf<T> | undefined) => ScoreResult;
}

/** The registry: every question type mapped to its definition. */
export const questionTypes: { readonly [T in QuestionType]: QuestionTypeDefinition<T> } = {
  'single-choice': {
    isAnswer: isSingleChoiceAnswer,
    validate: validateSingleChoice,
    score: scoreSingleChoice,
  },
  'multiple-select': {
    isAnswer: isMultipleSelectAnswer,
    validate: validateMultipleSelect,
    score: scoreMultipleSelect,
  },
  'true-false': { isAnswer: isTrueFalseAnswer, validate: validateTrueFalse, score: scoreTrueFalse },
  'fill-in-the-blank': {
    isAnswer: isFillInTheBlankAnswer,
    validate: validateFillInTheBlank,
    score: scoreFillInTheBlank,
  },
  ordering: { isAnswer: isOrderingAnswer, validate: validateOrdering, score: scoreOrdering },
  matching: { isAnswer: isMatchingAnswer, validate: validateMatching, score: scoreMatching },
  'select-evidence': {
    isAnswer: isSelectEvidenceAnswer,
    validate: validateSelectEvidence,
    score: scoreSelectEvidence,
  },
};

/** The definition for a question's own type, typed to match it. */
function definitionOf<T extends QuestionType>(question: QuestionOf<T>): QuestionTypeDefinition<T> {
  // NOTE: TypeScript cannot correlate `question.type` with `T` across the mapped registry.
  return questionTypes[question.type as T];
}

/** Grades with a definition whose type matches the question's. */
function scoreWith<T extends QuestionType>(
  definition: QuestionTypeDefinition<T>,
  question: QuestionOf<T>,
  answer: unknown,
): ScoreResult {
  if (answer !== undefined && !definition.isAnswer(answer)) return invalid(MISFIT);
  return definition.score(question, answer);
}

/** Whether `answer` has the shape of an answer to `question` (answers from storage are untrusted). */
export function isAnswerFor(question: Question, answer: unknown): boolean {
  return definitionOf(question).isAnswer(answer);
}

/** Grades any answer to any question; a malformed answer is invalid, never a throw. */
export function scoreQuestion(question: Question, answer: unknown): ScoreResult {
  return scoreWith(definitionOf(question), question, answer);
}

/** Whether an answer is complete enough to grade: an incomplete answer never costs a try. */
export function isQuestionComplete(question: Question, answer: unknown): boolean {
  return scoreQuestion(question, answer).type === 'points';
}
