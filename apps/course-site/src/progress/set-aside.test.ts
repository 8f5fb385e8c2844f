import { describe, expect, it } from 'vitest';
import { quizAttempt, result } from './__fixtures__/attempts';
import { emptyProgressDocument } from './document';
import { recordAttempt } from './record-attempt';
import { setAsideQuizSnapshot } from './set-aside';
import { saveQuizSnapshot } from './snapshots';
import { createProgressStore, type StorageLike } from './storage';

function memoryStorage(failWrites = false): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (failWrites && key.includes('.backup.')) throw new Error('full');
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

const NOW = new Date('2025-03-10T18:30:00.000Z');
const saved = { value: 'intro', context: { broken: true } };

function storeWithSnapshot(storage: StorageLike) {
  const store = createProgressStore({ storage, events: null, now: () => NOW });
  store.update((document) =>
    saveQuizSnapshot(
      recordAttempt(
        document,
        quizAttempt('a1', '2025-03-01T10:00:00.000Z', [result('q1', ['ukraine'], 1)]),
      ),
      'the-meeting',
      saved,
      new Date('2025-03-02T10:00:00.000Z'),
    ),
  );
  return store;
}

describe('setting a quiz’s saved snapshot aside', () => {
  it('backs it up, forgets it and keeps everything else', () => {
    const storage = memoryStorage();
    const store = storeWithSnapshot(storage);

    const kept = setAsideQuizSnapshot(store, 'the-meeting');

    expect(kept?.backupKey).toBe('tmm-course-progress.backup.2025-03-10T18:30:00.000Z');
    expect(JSON.parse(storage.items.get(kept?.backupKey ?? '') ?? 'null')).toEqual({
      setAside: 'quiz-snapshot',
      quizId: 'the-meeting',
      savedAt: '2025-03-02T10:00:00.000Z',
      snapshot: saved,
    });
    expect(store.getSnapshot().snapshots).toEqual({});
    expect(store.getSnapshot().attempts.map((attempt) => attempt.attemptId)).toEqual(['a1']);
  });

  it('hands back the text when it cannot be backed up, and still forgets it', () => {
    const store = storeWithSnapshot(memoryStorage(true));

    const kept = setAsideQuizSnapshot(store, 'the-meeting');

    expect(kept?.backupKey).toBeNull();
    expect(JSON.parse(kept?.raw ?? 'null')).toMatchObject({ snapshot: saved });
    expect(store.getSnapshot().snapshots).toEqual({});
  });

  it('does nothing for a quiz with nothing saved', () => {
    const store = createProgressStore({ storage: memoryStorage(), events: null });

    expect(setAsideQuizSnapshot(store, 'the-meeting')).toBeNull();
    expect(store.getSnapshot()).toEqual(emptyProgressDocument());
  });
});
