import { normaliseAnswerText } from '../questions/fill-in-the-blank/normalise-answer-text';
import type { DocumentPath } from './source-locator';

/** Records a problem at a path. */
export type Report = (path: DocumentPath, message: string, severity?: 'error' | 'warning') => void;

/** Writes a document path as messages quote it: `questions[0].options[1]`. */
export const at = (path: DocumentPath) =>
  path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');

/** Reports the second and later uses of the same key among `entries`. */
export function unique(
  entries: readonly { key: string; path: DocumentPath }[],
  describe: (key: string, first: DocumentPath) => string,
  report: Report,
): void {
  const seen = new Map<string, DocumentPath>();
  for (const { key, path } of entries) {
    const first = seen.get(key);
    if (first) report(path, describe(key, first));
    else seen.set(key, path);
  }
}

/**
 * Reports ids used twice inside one question: its options, blanks, items, pairs and
 * distractors share a namespace. `lists` name the question's lists of entries with ids.
 */
export function uniqueInnerIds(
  path: DocumentPath,
  lists: Readonly<Record<string, readonly { id: string }[]>>,
  report: Report,
): void {
  const entries = Object.entries(lists).flatMap(([key, list]) =>
    list.map((entry, index) => ({ key: entry.id, path: [...path, key, index, 'id'] })),
  );
  unique(
    entries,
    (id, first) =>
      `duplicate id '${id}' in this question; ${at(first.slice(2, -1))} already uses it`,
    report,
  );
}

/** Reports entries whose texts are the same once normalised: the learner could not tell them apart. */
export function distinctTexts(
  texts: readonly { text: string; path: DocumentPath }[],
  what: string,
  report: Report,
): void {
  unique(
    texts.map(({ text, path }) => ({ key: normaliseAnswerText(text), path })),
    (_, first) =>
      `this ${what} has the same text as ${at(first.slice(0, -1))}; ${what}s must differ`,
    report,
  );
}
