import type * as z from 'zod/mini';
import { CURRENT_PROGRESS_VERSION, PROGRESS_FORMAT, type ProgressDocument } from './document';
import { type ProgressDocumentV1, progressDocumentV1Schema } from './document-v1';
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
export function migrateV1ToV2(document: ProgressDocumentV1): ProgressDocument {
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

/** Every migration, in order: one per version before the current one. */
export const migrations: readonly Migration[] = [
  defineMigration(1, progressDocumentV1Schema, migrateV1ToV2),
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
