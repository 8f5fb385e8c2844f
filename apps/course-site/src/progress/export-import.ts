import { type ProgressDocument, progressSchemas } from './document';
import { unkeepableKeyPath } from './dropped-keys';
import { mergeProgress } from './merge';
import { formatPath, type ProgressReadFailure, parseProgressText } from './parse-document';

/**
 * The export file: the progress document itself (it carries its format tag and version), with
 * the time of export. Any version this site can read imports, so an old export still works.
 */
export function exportProgress(document: ProgressDocument, exportedAt: Date): string {
  return `${JSON.stringify({ ...document, exportedAt: exportedAt.toISOString() }, null, 2)}\n`;
}

/** A file name for an export made at the given time, e.g. `tmm-course-progress-2025-01-31.json`. */
export function progressExportFileName(exportedAt: Date): string {
  return `tmm-course-progress-${exportedAt.toISOString().slice(0, 10)}.json`;
}

/** How much an import added to the progress already here. */
export interface ImportSummary {
  readonly attempts: number;
  readonly lessons: number;
  readonly cards: number;
  readonly reviewLogs: number;
}

/** The outcome of importing a progress file. */
export type ImportResult =
  | {
      readonly ok: true;
      readonly document: ProgressDocument;
      readonly added: ImportSummary;
      /** Where the file held a record that was left out (`unkeepableKeyPath`), if it did. */
      readonly leftOut: string | null;
    }
  | {
      readonly ok: false;
      /** A sentence for the learner, naming the problem and where it is. */
      readonly message: string;
      readonly path: string | null;
    };

/**
 * Reads an export (validated, older versions migrated) and merges it into the current progress
 * by the merge rule: nothing already here is lost. A bad file changes nothing and says why.
 */
export function importProgress(current: ProgressDocument, text: string): ImportResult {
  const read = parseProgressText(text);
  if (!read.ok) return { ok: false, message: importFailureMessage(read), path: read.path };
  const merged = progressSchemas().progressDocument.safeParse(
    mergeProgress(current, read.document),
  );
  if (!merged.success) {
    // Each side is valid, so this is a combination the schema refuses (say, a duplicate id).
    const issue = merged.error.issues[0];
    const path = issue === undefined ? null : formatPath(issue.path);
    return {
      ok: false,
      message: `This file could not be combined with the progress here${path === null ? '' : ` at ${path}`}: ${issue?.message ?? 'it breaks the schema'}. Nothing was imported.`,
      path,
    };
  }
  const document = merged.data;
  return {
    ok: true,
    document,
    leftOut: unkeepableKeyPath(text),
    added: {
      attempts: document.attempts.length - current.attempts.length,
      lessons: Object.keys(document.lessons).length - Object.keys(current.lessons).length,
      cards: Object.keys(document.cards).length - Object.keys(current.cards).length,
      reviewLogs: document.reviewLogs.length - current.reviewLogs.length,
    },
  };
}

/** A sentence for the learner about a file that could not be imported. */
export function importFailureMessage(failure: ProgressReadFailure): string {
  const nothing = 'Nothing was imported.';
  switch (failure.reason) {
    case 'unreadable':
      return `This file is not a progress export: it is ${failure.message}. ${nothing}`;
    case 'foreign':
      return `This file is not a progress export from this course (${failure.message}). ${nothing}`;
    case 'newer-version':
      return `This file was ${failure.message}. Keep it and import it once the site is updated. ${nothing}`;
    case 'invalid':
      return failure.path === null
        ? `This progress file is damaged: ${failure.message}. ${nothing}`
        : `This progress file is damaged at ${failure.path}: ${failure.message}. ${nothing}`;
  }
}
