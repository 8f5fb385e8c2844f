// Runtime entry: the quiz model, the question types behind their registry, the quiz machine
// and what reads it. No yaml, no zod, no React. Each type's own functions are reached through
// `questionTypes`; the parser is `@tmm/quiz-engine/parser`, the hook `@tmm/quiz-engine/react`.

// The quiz model.
export type { Answer, AnswerOf, ConfidenceLevel } from './answer';
// Attempts: the machine, its plan, replay and restore.
export type { QuestionAttempt, QuizContext } from './attempt';
export type { EvidenceAnchor } from './evidence-anchor';
// Results.
export { CERTAINTY_SCALE } from './grading/certainty-based-marking';
export type { QuestionResult } from './grading/question-result';
export type { QuestionStatus } from './grading/question-status';
export { defaultSeed, drawQuestions } from './machine/draw-questions';
export { type AttemptPlan, planAttempt } from './machine/plan-attempt';
export { isQuizEvent, type QuizEvent } from './machine/quiz-events';
export {
  createQuizMachine,
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
export {
  type CertaintyResult,
  type KeyPointResult,
  type KeyPointStatus,
  type QuizResults,
  resultsOf,
} from './machine/results-of';
// Text and messages: what a page shows, and what tools without yaml and zod write (the
// lesson reader, which Docusaurus loads with jiti, cannot load the parser entry's zod).
export { type InlineNode, parseInlineMarkdown } from './markdown/parse-inline-markdown';
export { didYouMean, didYouMeanNote } from './parser/did-you-mean';
export { formatError, type QuizError } from './parser/quiz-error';
export type {
  Question,
  QuestionBase,
  QuestionFeedback,
  QuestionOf,
  QuestionType,
} from './question';
export { mainKeyPoint } from './question-base';
// The question types.
export { type BlankSegment, blankSegments } from './questions/fill-in-the-blank/blank-segments';
export type { ChoiceOrderOptions, QuestionTypeModule } from './questions/question-type';
export { questionTypes } from './questions/registry';
export { isAnswerFor, isQuestionComplete, scoreQuestion } from './questions/score-question';
export type {
  InvalidScore,
  PartMark,
  PartStatus,
  PointsScore,
  ScoreResult,
} from './questions/score-result';
export type { Behaviour, Grading, PoolSettings, Quiz, QuizSettings } from './quiz';

// Seeded randomness: the same seed gives the same draw on every engine.
export { hashString, mulberry32 } from './random/mulberry32';
export { seededShuffle } from './random/seeded-shuffle';
