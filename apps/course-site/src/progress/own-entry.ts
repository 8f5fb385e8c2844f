/**
 * A record's own entry. Stored and imported ids are untrusted: `constructor` or `toString` must
 * not read what every object inherits.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
