import type * as z from 'zod/mini';
import { REVIEW_QUIZ_ID } from '../../shared/reserved-quiz-ids';
import {
  type Attempt,
  CURRENT_PROGRESS_VERSION,
  emptySummary,
  type ProgressDocument,
} from './document';
import { type ProgressDocumentV1, progressDocumentV1Schema } from './document-v1';
import { PROGRESS_FORMAT, type ProgressDocumentV2, progressSchemasV2 } from './document-v2';
import { type ProgressDocumentV3, progressDocumentV3Schema } from './document-v3';
import { setOwnEntry } from './own-entry';
import { compareTimestamps } from './timestamps';

/** One step from version `from` to `from + 1`: validate with that version's schema, then lift. */
export interface Migration {
  /** The version this step reads. */
  readonly from: number;
  /** Validates a document of version `from` and returns it as version `from + 1`. */
  readonly apply: (value: unknown) => MigrationStep;
}

/** The outcome of one migration step. */
export type MigrationStep =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: z.core.$ZodError };

function defineMigration<S extends z.ZodMiniType>(
  from: number,
  schema: () => S,
  up: (document: z.output<S>) => unknown,
): Migration {
  return {
    from,
    apply(value) {
      const parsed = schema().safeParse(value);
      return parsed.success
        ? { ok: true, value: up(parsed.data) }
        : { ok: false, error: parsed.error };
    },
  };
}

/**
 * Version 1 kept only each quiz's best score. Each becomes a `legacy` attempt so the score
 * stays in history; it has no per-question results, so it never counts toward mastery.
 * The attempt id is derived from the quiz id, so migrating the same data twice (say, an old
 * export imported into a migrated browser) yields the same attempt and merges cleanly.
 */
export function migrateV1ToV2(document: ProgressDocumentV1): ProgressDocumentV2 {
  return {
    format: PROGRESS_FORMAT,
    version: 2,
    attempts: Object.entries(document.quizzes)
      .map(([quizId, { bestScore, completedAt }]) => ({
        kind: 'legacy' as const,
        attemptId: `v1:${quizId}`,
        quizId,
        finishedAt: completedAt,
        bestScore,
      }))
      .sort(
        (a, b) => compareTimestamps(a.finishedAt, b.finishedAt) || a.quizId.localeCompare(b.quizId),
      ),
    lessons: {},
    cards: {},
    reviewLogs: [],
    snapshots: {},
  };
}

/**
 * Version 2 recorded a "Review now" session as a quiz attempt at the review quiz
 * (`review-session`) whose question ids were `<quiz id>--<question id>`, and split them apart on
 * every read. Version 3 records a review as a `review` attempt naming each question's real quiz
 * and id. Each such attempt becomes one, with its id, time and every result as it was, so its
 * review logs still point at it; everything else is kept as it is. An attempt at the review quiz
 * whose question ids do not all name a quiz and a question (the site never wrote one) is kept
 * as it was: it counted for nothing before and counts for nothing now.
 */
export function migrateV2ToV3(document: ProgressDocumentV2): ProgressDocumentV3 {
  return { ...document, version: 3, attempts: document.attempts.map(v3Attempt) };
}

type AttemptV2 = ProgressDocumentV2['attempts'][number];
type AttemptV3 = ProgressDocumentV3['attempts'][number];

function v3Attempt(attempt: AttemptV2): AttemptV3 {
  if (attempt.kind !== 'quiz' || attempt.quizId !== REVIEW_QUIZ_ID) return attempt;
  const questions = attempt.questions.map(({ questionId, ...result }) => {
    const named = v2ReviewQuestion(questionId);
    return named && { ...named, ...result };
  });
  if (!questions.every((question) => question !== null)) return attempt;
  return {
    kind: 'review',
    attemptId: attempt.attemptId,
    finishedAt: attempt.finishedAt,
    questions,
  };
}

/** The course question a version 2 review question id named: `<quiz id>--<question id>`. */
function v2ReviewQuestion(id: string): { quizId: string; questionId: string } | null {
  const at = id.indexOf('--');
  if (at <= 0 || at + 2 >= id.length) return null;
  return { quizId: id.slice(0, at), questionId: id.slice(at + 2) };
}

/**
 * Version 4 stores what versions 2 and 3 worked out from the course as it is now, or did not
 * keep:
 * - every answer names the key point it counts for (`mainKeyPointId`): the first of its own
 *   stored `keyPointIds`, which are the question's key points when it was answered, so the main
 *   one then (the quiz format's rule: the first listed is the main subject);
 * - lessons opened (`lessonsOpened`): version 3 kept only completions, and a lesson is completed
 *   from its own page, so each completed lesson counts as opened when it was completed;
 * - the summary of compacted attempts: empty, as version 3 kept every attempt in full.
 * Everything else is kept as it is.
 */
export function migrateV3ToV4(document: ProgressDocumentV3): ProgressDocument {
  const lessonsOpened: ProgressDocument['lessonsOpened'] = {};
  for (const [lessonId, { completedAt }] of Object.entries(document.lessons))
    setOwnEntry(lessonsOpened, lessonId, { openedAt: completedAt });
  return {
    ...document,
    version: 4,
    attempts: document.attempts.map(v4Attempt),
    lessonsOpened,
    summary: emptySummary(),
  };
}

function v4Attempt(attempt: AttemptV3): Attempt {
  switch (attempt.kind) {
    case 'legacy':
      return attempt;
    case 'quiz':
      return { ...attempt, questions: attempt.questions.map(withMainKeyPoint) };
    case 'review':
      return { ...attempt, questions: attempt.questions.map(withMainKeyPoint) };
  }
}

function withMainKeyPoint<R extends { readonly keyPointIds: readonly string[] }>(
  record: R,
): R & { mainKeyPointId?: string } {
  const main = record.keyPointIds[0];
  return main === undefined ? record : { ...record, mainKeyPointId: main };
}

/** Every migration, in order: one per version before the current one. */
export const migrations: readonly Migration[] = [
  defineMigration(1, progressDocumentV1Schema, migrateV1ToV2),
  defineMigration(2, () => progressSchemasV2().progressDocument, migrateV2ToV3),
  defineMigration(3, progressDocumentV3Schema, migrateV3ToV4),
];

/** The migration that reads `version`, or undefined for the current or an unknown version. */
export function migrationFrom(version: number): Migration | undefined {
  return migrations.find((migration) => migration.from === version);
}

/** The oldest version that can still be read. */
export const OLDEST_PROGRESS_VERSION = Math.min(
  CURRENT_PROGRESS_VERSION,
  ...migrations.map((m) => m.from),
);
