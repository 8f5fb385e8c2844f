/** Learner progress: the stored document, mastery, spaced review, import/export and the React hooks. */

export type { QuestionIndex, RecordedAnswer } from './answers';
export { answersIn, answersOf, countedAnswers, indexQuestions, isCounted } from './answers';
export type { AnswerSummary, ProgressSummary } from './compaction';
export {
  COMPACTION_RULE,
  compactedConfidence,
  compactedMastery,
  compactionCutoff,
  compactProgress,
} from './compaction';
export type { KeyPointConfidence } from './confidence';
export { SURE } from './confidence';
export type {
  Attempt,
  CardState,
  LegacyAttempt,
  ProgressDocument,
  QuestionRecord,
  QuizAttempt,
  ReviewAttempt,
  ReviewLog,
  ReviewQuestionRecord,
  ReviewRating,
  SavedQuiz,
  StoredCard,
} from './document';
export {
  CURRENT_PROGRESS_VERSION,
  EMPTY_PROGRESS_DOCUMENT,
  emptyProgressDocument,
  PROGRESS_FORMAT,
  progressSchemas,
} from './document';
export type { ImportResult, ImportSummary } from './export-import';
export {
  exportProgress,
  importFailureMessage,
  importProgress,
  progressExportFileName,
} from './export-import';
export type { LessonProgress } from './lessons';
export { completeLesson, lessonProgress, nextLesson, openLesson } from './lessons';
export type { KeyPointMastery, MasteryLevel, MasteryOptions } from './mastery';
export {
  answerFraction,
  attemptAccuracy,
  MASTERY_RULE,
  masteryLevel,
  recordFraction,
  weightedScore,
} from './mastery';
export { mergeProgress } from './merge';
export type { Migration } from './migrations';
export { migrations, OLDEST_PROGRESS_VERSION } from './migrations';
export type {
  ProgressReadFailure,
  ProgressReadFailureReason,
  ProgressReadResult,
  ProgressReadSuccess,
} from './parse-document';
export { parseProgressDocument, parseProgressText } from './parse-document';
export type { KeyPointOutcome } from './rating';
export { keyPointOutcomes, RATING_RULE, ratingFor } from './rating';
export { recordAttempt } from './record-attempt';
export type { ReviewQuiz, ReviewSource } from './review-quiz';
export { REVIEW_SETTINGS, reviewQuiz } from './review-quiz';
export type { ReviewSessionOptions, ReviewSessionPlan } from './review-session';
export { reviewSession } from './review-session';
export type { KeyPointDue } from './schedule';
export { dueKeyPoints, reviewForecast, SCHEDULER_PARAMETERS, scheduleAttempt } from './schedule';
export type { PersistedQuizSnapshot } from './snapshots';
export { discardQuizSnapshot, playedQuizId, quizSnapshot, saveQuizSnapshot } from './snapshots';
export type {
  ProgressNotice,
  ProgressStore,
  ProgressStoreOptions,
  StorageEventLike,
  StorageEventSource,
  StorageLike,
} from './storage';
export { createProgressStore, PROGRESS_STORAGE_KEY } from './storage';
export {
  browserProgressStore,
  useProgress,
  useProgressNotices,
  useProgressStore,
} from './use-progress';
