// Runtime entry: types, scorers, the registry and the quiz machine. No yaml, no zod, no React.

export type { Answer, AnswerMap, AnswerOf, ConfidenceLevel } from './answer';
export type { QuestionAttempt, QuizContext } from './attempt';
export { CERTAINTY_SCALE, certaintyMark } from './grading/certainty-based-marking';
export {
  type QuestionResult,
  type QuestionStatus,
  questionResult,
} from './grading/question-result';
export {
  canChangeAnswer,
  canRequestHint,
  canSetConfidence,
  currentWork,
  questionById,
  submitProblem,
} from './machine/attempt-rules';
export { type AttemptPlan, defaultSeed, planAttempt } from './machine/plan-attempt';
export { isQuizEvent, type QuizEvent } from './machine/quiz-events';
export {
  createQuizMachine,
  freshAttempt,
  type QuizInput,
  type QuizMachine,
  type QuizSnapshot,
} from './machine/quiz-machine';
export { replay } from './machine/replay';
export {
  type RestoredQuiz,
  type RestoreOutcome,
  restoreQuizSnapshot,
} from './machine/restore-quiz-snapshot';
export { type KeyPointResult, type QuizResults, resultsOf } from './machine/results-of';
export {
  type InlineNode,
  isSafeHref,
  parseInlineMarkdown,
} from './markdown/parse-inline-markdown';
export type {
  Blank,
  ChoiceOption,
  FillInTheBlankQuestion,
  MatchingDistractor,
  MatchingPair,
  MatchingQuestion,
  MultipleSelectQuestion,
  OrderingItem,
  OrderingQuestion,
  Question,
  QuestionBase,
  QuestionFeedback,
  QuestionOf,
  QuestionType,
  SelectEvidenceQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from './question';
export { type BlankSegment, blankSegments } from './questions/fill-in-the-blank/blank-segments';
export { normaliseAnswerText } from './questions/fill-in-the-blank/normalise-answer-text';
export {
  isFillInTheBlankAnswer,
  scoreFillInTheBlank,
  validateFillInTheBlank,
} from './questions/fill-in-the-blank/score-fill-in-the-blank';
export {
  isMatchingAnswer,
  scoreMatching,
  validateMatching,
} from './questions/matching/score-matching';
export {
  isMultipleSelectAnswer,
  scoreMultipleSelect,
  validateMultipleSelect,
} from './questions/multiple-select/score-multiple-select';
export {
  isOrderingAnswer,
  scoreOrdering,
  validateOrdering,
} from './questions/ordering/score-ordering';
export {
  isAnswerFor,
  isQuestionComplete,
  type QuestionTypeDefinition,
  questionTypes,
  scoreQuestion,
} from './questions/registry';
export type {
  InvalidScore,
  PartMark,
  PartStatus,
  PointsScore,
  ScoreResult,
} from './questions/score-result';
export {
  isSelectEvidenceAnswer,
  scoreSelectEvidence,
  validateSelectEvidence,
} from './questions/select-evidence/score-select-evidence';
export {
  isSingleChoiceAnswer,
  scoreSingleChoice,
  validateSingleChoice,
} from './questions/single-choice/score-single-choice';
export {
  isTrueFalseAnswer,
  scoreTrueFalse,
  validateTrueFalse,
} from './questions/true-false/score-true-false';
export type { Behaviour, EvidenceAnchor, PoolSettings, Quiz, QuizSettings } from './quiz';
export { mulberry32 } from './random/mulberry32';
