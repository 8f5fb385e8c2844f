import { formatPath } from './parse-document';

/**
 * A key JSON may hold but an object cannot keep as its own: `JSON.parse` makes `__proto__` an
 * ordinary property, which the document's checks leave out (it would set a prototype anywhere
 * else). A record stored under it is dropped on reading, so the learner is told where.
 */
const UNKEEPABLE_KEY = '__proto__';

/**
 * Where the first `__proto__` key of stored JSON text is, as a path (`lessons.__proto__`), or
 * null when there is none. Cheap for the text of any real document: only text that holds the
 * key is parsed again, and the walk is iterative.
 */
export function unkeepableKeyPath(text: string): string | null {
  if (!text.includes(`"${UNKEEPABLE_KEY}"`)) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  for (let place = stack.pop(); place !== undefined; place = stack.pop()) {
    const item = place.value;
    if (typeof item !== 'object' || item === null) continue;
    if (!Array.isArray(item) && Object.hasOwn(item, UNKEEPABLE_KEY))
      return formatPath([...place.path, UNKEEPABLE_KEY]);
    const entries: [PropertyKey, unknown][] = Array.isArray(item)
      ? item.map((child, index) => [index, child])
      : Object.entries(item);
    for (const [key, child] of entries.reverse())
      stack.push({ value: child, path: [...place.path, key] });
  }
  return null;
}

/** What the learner is told about a record left out under `path`. */
export function unkeepableKeyMessage(path: string, backupKey: string | null): string {
  const kept =
    backupKey === null
      ? 'The saved data was left where it was and the course keeps new progress in this tab only.'
      : 'The saved data as it was is set aside.';
  return `Saved progress held a record named "${UNKEEPABLE_KEY}" (at ${path}), a name the course cannot keep safely, so that record was left out and everything else was read. ${kept} Download the backup to keep it.`;
}

/** What an import says of a record of the file left out under `path`. */
export function unkeepableKeyImportNote(path: string): string {
  return `A record named "${UNKEEPABLE_KEY}" in the file (at ${path}) was left out: the course cannot keep that name safely.`;
}
