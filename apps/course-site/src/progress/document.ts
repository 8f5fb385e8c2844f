import type * as z from 'zod/mini';
import { lazily } from '../../shared/lazily';
import { PROGRESS_FORMAT, progressSchemasV2 } from './document-v2';

export { PROGRESS_FORMAT };

/** The progress document version this code reads and writes; older ones are migrated. */
export const CURRENT_PROGRESS_VERSION = 3;

/**
 * The version 3 schemas. Version 3 has version 2's shape: what changed is that a "Review now"
 * session is a `review` attempt naming each question's real quiz, where version 2 stored it as a
 * quiz attempt at the review quiz (see `migrateV2ToV3`). So every part is version 2's.
 */
function buildProgressSchemas() {
  const { progressDocumentOf, progressDocument: _v2, ...parts } = progressSchemasV2();
  return { ...parts, progressDocument: progressDocumentOf(CURRENT_PROGRESS_VERSION) } as const;
}

type ProgressSchemas = ReturnType<typeof buildProgressSchemas>;

/** The schemas of the progress document and its parts, built once, on first use. */
export const progressSchemas: () => ProgressSchemas = lazily(buildProgressSchemas);

/** The stored result of one question in a quiz attempt (the engine's result, as kept). */
export type QuestionRecord = z.infer<ProgressSchemas['questionResult']>;
/** The stored result of one question in a review session: it names the question's quiz. */
export type ReviewQuestionRecord = z.infer<ProgressSchemas['reviewQuestionResult']>;
/** A finished quiz attempt. */
export type QuizAttempt = z.infer<ProgressSchemas['quizAttempt']>;
/** A finished "Review now" session. */
export type ReviewAttempt = z.infer<ProgressSchemas['reviewAttempt']>;
/** A version 1 best score kept as history. */
export type LegacyAttempt = z.infer<ProgressSchemas['legacyAttempt']>;
/** Any entry of the attempts history. */
export type Attempt = z.infer<ProgressSchemas['attempt']>;
/** FSRS card state name. */
export type CardState = z.infer<ProgressSchemas['cardState']>;
/** Stored FSRS card of one key point. */
export type StoredCard = z.infer<ProgressSchemas['storedCard']>;
/** Rating given to the scheduler. */
export type ReviewRating = z.infer<ProgressSchemas['reviewRating']>;
/** Stored scheduler update. */
export type ReviewLog = z.infer<ProgressSchemas['reviewLog']>;
/** An unfinished quiz, saved: when, and the quiz machine's persisted snapshot. */
export type SavedQuiz = z.infer<ProgressSchemas['quizSnapshot']>;
/** The current progress document. */
export type ProgressDocument = z.infer<ProgressSchemas['progressDocument']>;

/** A new, empty progress document. */
export function emptyProgressDocument(): ProgressDocument {
  return {
    format: PROGRESS_FORMAT,
    version: CURRENT_PROGRESS_VERSION,
    attempts: [],
    lessons: {},
    cards: {},
    reviewLogs: [],
    snapshots: {},
  };
}

/** One shared empty document, for renders that must not read storage (server, hydration). */
export const EMPTY_PROGRESS_DOCUMENT: ProgressDocument = freezeEmpty(emptyProgressDocument());

function freezeEmpty(document: ProgressDocument): ProgressDocument {
  for (const part of Object.values(document)) Object.freeze(part);
  return Object.freeze(document);
}
