import { describe, expect, it, vi } from 'vitest';
import { quizAttempt, result } from './__fixtures__/attempts';
import { emptyProgressDocument, type ProgressDocument, progressSchemas } from './document';
import { recordAttempt } from './record-attempt';
import {
  createProgressStore,
  type ProgressNotice,
  type ProgressStoreOptions,
  type StorageEventLike,
  type StorageEventSource,
  type StorageLike,
} from './storage';

const KEY = 'tmm-course-progress';
const NOW = new Date('2025-03-10T18:30:00.000Z');
const BACKUP = `${KEY}.backup.2025-03-10T18:30:00.000Z`;

/** An in-memory Web Storage whose reads or writes can be made to throw. */
class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  failReads: Error | null = null;
  failWrites: Error | null = null;

  constructor(entries: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(entries)) this.items.set(key, value);
  }
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failReads) throw this.failReads;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw this.failWrites;
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failWrites) throw this.failWrites;
    this.items.delete(key);
  }
}

/** A window of another tab: only its `storage` listeners. */
class FakeWindow implements StorageEventSource {
  readonly listeners = new Set<(event: StorageEventLike) => void>();
  addEventListener(_type: 'storage', listener: (event: StorageEventLike) => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'storage', listener: (event: StorageEventLike) => void): void {
    this.listeners.delete(listener);
  }
  dispatch(event: StorageEventLike): void {
    for (const listener of this.listeners) listener(event);
  }
}

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const securityError = () =>
  new DOMException('Access is denied for this document.', 'SecurityError');

const a1 = quizAttempt('a1', '2025-03-01T10:00:00.000Z', [result('q1', ['ukraine'], 1)]);
const b1 = quizAttempt(
  'b1',
  '2025-03-01T10:00:05.000Z',
  [result('q2', ['rule-of-law'], 0)],
  'lesson-2-quiz',
);

function open(storage: StorageLike | null, options: Partial<ProgressStoreOptions> = {}) {
  const notices: ProgressNotice[] = [];
  const store = createProgressStore({
    storage,
    key: KEY,
    now: () => NOW,
    events: null,
    onNotice: (notice) => notices.push(notice),
    ...options,
  });
  return { store, notices };
}

function stored(storage: FakeStorage): ProgressDocument {
  return progressSchemas().progressDocument.parse(JSON.parse(storage.items.get(KEY) ?? 'null'));
}

function ids(document: ProgressDocument): string[] {
  return document.attempts.map((attempt) => attempt.attemptId);
}

describe('the progress store', () => {
  it('starts a first visit with an empty document and nothing to report', () => {
    const { store, notices } = open(new FakeStorage());

    expect(store.getSnapshot()).toEqual(emptyProgressDocument());
    expect(notices).toEqual([]);
    expect(store.isMemoryOnly()).toBe(false);
  });

  it('saves progress that a later visit reads back the same', () => {
    const storage = new FakeStorage();
    const { store } = open(storage);

    const saved = store.update((document) => recordAttempt(document, a1));
    const { store: later } = open(storage);

    expect(later.getSnapshot()).toEqual(saved);
    expect(stored(storage)).toEqual(saved);
  });

  it('gives the same document object until something changes', () => {
    const { store } = open(new FakeStorage());
    const before = store.getSnapshot();

    store.update((document) => document);

    expect(store.getSnapshot()).toBe(before);
  });

  it('migrates an older stored version on read and saves it as the current one on the next write', () => {
    const storage = new FakeStorage({
      [KEY]: JSON.stringify({
        version: 1,
        quizzes: { 'lesson-1-quiz': { bestScore: 0.9, completedAt: '2025-01-05T09:00:00.000Z' } },
      }),
    });
    const { store, notices } = open(storage);

    store.update((document) => recordAttempt(document, a1));

    expect(notices).toEqual([]);
    expect(ids(stored(storage))).toEqual(['v1:lesson-1-quiz', 'a1']);
  });

  it('refuses to save a document that would not read back, and keeps what was stored', () => {
    const storage = new FakeStorage();
    const { store } = open(storage);
    store.update((document) => recordAttempt(document, a1));
    const before = storage.items.get(KEY);

    const breakIt = () =>
      store.update((document) => ({ ...document, lessons: { '': { completedAt: 'now' } } }));

    expect(breakIt).toThrow(/Refusing to save an invalid progress document at lessons/);
    expect(storage.items.get(KEY)).toBe(before);
  });

  it('starts afresh on reset and keeps backups', () => {
    const storage = new FakeStorage({ [KEY]: 'not json' });
    const { store } = open(storage);
    store.update((document) => recordAttempt(document, a1));

    store.reset();

    expect(stored(storage)).toEqual(emptyProgressDocument());
    expect(store.listBackups()).toEqual([BACKUP]);
  });
});

describe('unreadable stored progress', () => {
  it('is set aside when it is not JSON, with a notice that carries it for download', () => {
    const raw = '{"format":"tmm-course-progress","version":2,"attem';
    const storage = new FakeStorage({ [KEY]: raw });

    const { store, notices } = open(storage);

    expect(storage.items.get(BACKUP)).toBe(raw);
    expect(notices).toEqual([
      {
        kind: 'recovered',
        reason: 'unreadable',
        message: expect.stringMatching(
          /^Saved progress could not be read \(not valid JSON .*\)\. It was set aside/,
        ),
        backupKey: BACKUP,
        raw,
      },
    ]);
    expect(store.getNotices()).toEqual(notices);
    expect(store.getSnapshot()).toEqual(emptyProgressDocument());
    expect(stored(storage)).toEqual(emptyProgressDocument());
  });

  it('is set aside when it is some other shape', () => {
    const storage = new FakeStorage({ [KEY]: '{"theme":"dark"}' });

    const { notices } = open(storage);

    expect(notices[0]).toMatchObject({ kind: 'recovered', reason: 'foreign', backupKey: BACKUP });
    expect(storage.items.get(BACKUP)).toBe('{"theme":"dark"}');
  });

  it('is left in place when a newer version of the course wrote it, and this tab keeps to memory', () => {
    const newer = JSON.stringify({ ...emptyProgressDocument(), version: 5, streaks: [] });
    const storage = new FakeStorage({ [KEY]: newer });

    const { store, notices } = open(storage);
    store.update((document) => recordAttempt(document, a1));

    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'recovered',
      reason: 'newer-version',
      backupKey: null,
      raw: newer,
    });
    expect(notices[0]?.message).toContain('progress version 5');
    expect(storage.items.get(KEY)).toBe(newer);
    expect(store.listBackups()).toEqual([]);
    expect(store.isMemoryOnly()).toBe(true);
    expect(ids(store.getSnapshot())).toEqual(['a1']);
  });

  it('is set aside when nested thousands of levels deep, with a notice, never a crash', () => {
    const deep = `{"format":"tmm-course-progress","version":3,"attempts":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const storage = new FakeStorage({ [KEY]: deep });

    const { store, notices } = open(storage);

    expect(notices[0]).toMatchObject({ kind: 'recovered', reason: 'invalid', backupKey: BACKUP });
    expect(notices[0]?.message).toContain('nested more than 64 levels deep');
    expect(storage.items.get(BACKUP)).toBe(deep);
    expect(store.getSnapshot()).toEqual(emptyProgressDocument());
  });

  it('is set aside when damaged, the notice naming where', () => {
    const damaged = {
      ...emptyProgressDocument(),
      lessons: { 'the-meeting': { completedAt: 'Tuesday' } },
    };
    const storage = new FakeStorage({ [KEY]: JSON.stringify(damaged) });

    const { notices } = open(storage);

    expect(notices[0]).toMatchObject({ reason: 'invalid', backupKey: BACKUP });
    expect(notices[0]?.message).toContain('at lessons["the-meeting"].completedAt');
  });

  it('never overwrites an earlier backup', () => {
    const storage = new FakeStorage({ [KEY]: 'first', [BACKUP]: 'an older backup' });

    open(storage);
    storage.items.set(KEY, 'second');
    const { store } = open(storage);

    expect(storage.items.get(BACKUP)).toBe('an older backup');
    expect(storage.items.get(`${BACKUP}.2`)).toBe('first');
    expect(storage.items.get(`${BACKUP}.3`)).toBe('second');
    expect(store.listBackups()).toEqual([BACKUP, `${BACKUP}.2`, `${BACKUP}.3`]);
  });

  it('is left where it is when it cannot be backed up, and the store keeps to memory', () => {
    const storage = new FakeStorage({ [KEY]: 'not json' });
    storage.failWrites = quotaExceeded();

    const { store, notices } = open(storage);
    storage.failWrites = null;
    store.update((document) => recordAttempt(document, a1));

    expect(
      notices.map((notice) => [
        notice.kind,
        notice.kind === 'recovered' ? notice.backupKey : notice.reason,
      ]),
    ).toEqual([
      ['recovered', null],
      ['memory-only', 'quota-exceeded'],
    ]);
    expect(storage.items.get(KEY)).toBe('not json');
    expect(ids(store.getSnapshot())).toEqual(['a1']);
  });

  it('can be read back, downloaded and removed through the store', () => {
    const storage = new FakeStorage({ [KEY]: 'not json', 'another-site-key': 'x' });
    const { store } = open(storage);

    expect(store.readBackup(BACKUP)).toBe('not json');
    expect(store.readBackup('another-site-key')).toBeNull();
    store.removeBackup(BACKUP);
    store.removeBackup('another-site-key');

    expect(store.listBackups()).toEqual([]);
    expect(storage.items.get('another-site-key')).toBe('x');
  });

  it('raises a notice that can be dismissed', () => {
    const { store } = open(new FakeStorage({ [KEY]: 'not json' }));
    const listener = vi.fn();
    store.subscribe(listener);
    const [notice] = store.getNotices();

    if (notice) store.dismissNotice(notice);

    expect(store.getNotices()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('storage that is unavailable', () => {
  it('keeps progress in memory with a notice when reading is refused', () => {
    const storage = new FakeStorage();
    storage.failReads = securityError();

    const { store, notices } = open(storage);
    store.update((document) => recordAttempt(document, a1));

    expect(notices).toEqual([
      {
        kind: 'memory-only',
        reason: 'unavailable',
        message: expect.stringContaining('kept only while this tab is open'),
      },
    ]);
    expect(store.isMemoryOnly()).toBe(true);
    expect(ids(store.getSnapshot())).toEqual(['a1']);
    expect(storage.items.size).toBe(0);
  });

  it('keeps progress in memory with a notice when there is no storage at all', () => {
    const { store, notices } = open(null);

    store.update((document) => recordAttempt(document, a1));

    expect(notices.map((notice) => notice.kind)).toEqual(['memory-only']);
    expect(ids(store.getSnapshot())).toEqual(['a1']);
  });

  it('keeps the new progress in memory when a write hits the quota, leaving what was stored', () => {
    const storage = new FakeStorage();
    const { store, notices } = open(storage);
    store.update((document) => recordAttempt(document, a1));
    const before = storage.items.get(KEY);
    storage.failWrites = quotaExceeded();

    store.update((document) => recordAttempt(document, b1));
    storage.failWrites = null;
    store.update((document) => document);

    expect(notices).toEqual([
      {
        kind: 'memory-only',
        reason: 'quota-exceeded',
        message: expect.stringContaining('storage for the site is full'),
      },
    ]);
    expect(ids(store.getSnapshot())).toEqual(['a1', 'b1']);
    expect(storage.items.get(KEY)).toBe(before);
  });

  it('shows what was stored even when storage is too full to write', () => {
    const storage = new FakeStorage();
    open(storage).store.update((document) => recordAttempt(document, a1));
    storage.failWrites = quotaExceeded();

    const { store, notices } = open(storage);

    expect(notices.map((notice) => notice.kind)).toEqual(['memory-only']);
    expect(ids(store.getSnapshot())).toEqual(['a1']);
  });
});

describe('several tabs', () => {
  it('stay in sync through storage events', () => {
    const storage = new FakeStorage();
    const otherWindow = new FakeWindow();
    const { store: here } = open(storage);
    const { store: there } = open(storage, { events: otherWindow });
    const listener = vi.fn();
    there.subscribe(listener);

    here.update((document) => recordAttempt(document, a1));
    otherWindow.dispatch({
      key: KEY,
      newValue: storage.items.get(KEY) ?? null,
      storageArea: storage,
    });

    expect(ids(there.getSnapshot())).toEqual(['a1']);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignore events for other keys and other storage areas', () => {
    const storage = new FakeStorage();
    const otherWindow = new FakeWindow();
    const { store: here } = open(storage);
    const { store: there } = open(storage, { events: otherWindow });
    const listener = vi.fn();
    there.subscribe(listener);
    here.update((document) => recordAttempt(document, a1));

    otherWindow.dispatch({ key: 'theme', newValue: 'dark', storageArea: storage });
    otherWindow.dispatch({
      key: KEY,
      newValue: storage.items.get(KEY) ?? null,
      storageArea: new FakeStorage(),
    });

    expect(listener).not.toHaveBeenCalled();
    expect(there.getSnapshot()).toEqual(emptyProgressDocument());
  });

  it('lose nothing when two finish quizzes at once', () => {
    const storage = new FakeStorage();
    const { store: first } = open(storage);
    const { store: second } = open(storage);

    first.update((document) => recordAttempt(document, a1));
    second.update((document) => recordAttempt(document, b1));

    expect(ids(stored(storage))).toEqual(['a1', 'b1']);
    expect(Object.keys(stored(storage).cards).sort()).toEqual(['rule-of-law', 'ukraine']);
  });

  it('lose nothing when another tab writes between this one’s read and write', () => {
    const storage = new FakeStorage();
    const { store: first } = open(storage);
    const { store: second } = open(storage);

    second.update((document) => {
      first.update((theirs) => recordAttempt(theirs, a1));
      return recordAttempt(document, b1);
    });

    expect(ids(stored(storage))).toEqual(['a1', 'b1']);
  });

  it('still take in another tab’s progress once this one keeps to memory', () => {
    const storage = new FakeStorage();
    const otherWindow = new FakeWindow();
    const { store: here } = open(storage, { events: otherWindow });
    storage.failWrites = quotaExceeded();
    here.update((document) => recordAttempt(document, b1));
    storage.failWrites = null;

    const theirs = JSON.stringify(recordAttempt(emptyProgressDocument(), a1));
    otherWindow.dispatch({ key: KEY, newValue: theirs, storageArea: storage });

    expect(ids(here.getSnapshot())).toEqual(['a1', 'b1']);
  });

  it('never roll back what a newer version wrote in another tab, nor back it up on each write', () => {
    const storage = new FakeStorage();
    const otherWindow = new FakeWindow();
    const { store: older, notices } = open(storage, { events: otherWindow });
    older.update((document) => recordAttempt(document, a1));
    const newerWrites = [1, 2, 3].map((n) =>
      JSON.stringify({ ...emptyProgressDocument(), version: 5, streaks: [n] }),
    );

    for (const newer of newerWrites) {
      storage.items.set(KEY, newer);
      otherWindow.dispatch({ key: KEY, newValue: newer, storageArea: storage });
      older.update((document) => recordAttempt(document, b1));
    }

    expect(storage.items.get(KEY)).toBe(newerWrites[2]);
    expect(older.listBackups()).toEqual([]);
    expect(storage.items.size).toBe(1);
    expect(notices.map((notice) => notice.reason)).toEqual(['newer-version']);
    // What this tab did is still here, to export.
    expect(ids(older.getSnapshot())).toEqual(['a1', 'b1']);
  });

  it('stop listening once disposed', () => {
    const otherWindow = new FakeWindow();
    const { store } = open(new FakeStorage(), { events: otherWindow });

    store.dispose();

    expect(otherWindow.listeners.size).toBe(0);
  });
});
