/**
 * A record's own entry. Stored and imported ids are untrusted: `constructor` or `toString` must
 * not read what every object inherits.
 */
export function ownEntry<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/**
 * Sets `id` as `record`'s own entry, in place, and returns `record`: an untrusted id such as
 * `__proto__` becomes a plain entry, where assigning it would change the object's prototype.
 */
export function setOwnEntry<T>(record: Record<string, T>, id: string, value: T): Record<string, T> {
  Object.defineProperty(record, id, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return record;
}
