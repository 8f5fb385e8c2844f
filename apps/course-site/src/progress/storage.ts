import { compactionCutoff, compactionDue, compactProgress } from './compaction';
import { emptyProgressDocument, type ProgressDocument, progressSchemas } from './document';
import { unkeepableKeyMessage, unkeepableKeyPath } from './dropped-keys';
import { mergeProgress } from './merge';
import {
  formatPath,
  type ProgressReadFailure,
  type ProgressReadFailureReason,
  parseProgressText,
} from './parse-document';

import { PROGRESS_STORAGE_KEY } from './storage-key';

export { PROGRESS_STORAGE_KEY };

/** The part of the Web Storage API the store uses (localStorage, or a fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

/** The part of a `storage` event the store reads. */
export interface StorageEventLike {
  readonly key: string | null;
  readonly newValue?: string | null;
  readonly storageArea?: unknown;
}

/** Where `storage` events come from: `window` in a browser. */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEventLike) => void): void;
}

/** Something the learner must be told about their saved progress. */
export type ProgressNotice =
  | {
      readonly kind: 'recovered';
      readonly reason: ProgressReadFailureReason;
      readonly message: string;
      /** Where the unreadable data was set aside; null if it could not be (then it was left in place). */
      readonly backupKey: string | null;
      /** The unreadable data itself, for the learner to download. */
      readonly raw: string;
    }
  | {
      readonly kind: 'memory-only';
      readonly reason: 'unavailable' | 'quota-exceeded';
      readonly message: string;
    };

/** How to make a progress store; every part has a browser default. */
export interface ProgressStoreOptions {
  /** Defaults to `localStorage`; null (or a storage that throws) keeps progress in memory. */
  readonly storage?: StorageLike | null;
  readonly key?: string;
  readonly now?: () => Date;
  readonly onNotice?: (notice: ProgressNotice) => void;
  /** Defaults to `window`; null listens to no other tab. */
  readonly events?: StorageEventSource | null;
}

/** The learner's progress document, kept in storage and in step with other tabs. */
export interface ProgressStore {
  /** The current document; the same object until something changes. */
  getSnapshot(): ProgressDocument;
  /** Notices not yet dismissed; the same array until one is added or dismissed. */
  getNotices(): readonly ProgressNotice[];
  /** True once progress lives only in this tab's memory. */
  isMemoryOnly(): boolean;
  /** Calls `listener` after every change of document or notices; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Applies `change` to the latest stored document and saves the result. */
  update(change: (document: ProgressDocument) => ProgressDocument): ProgressDocument;
  /** Starts a fresh, empty document (backups are kept). */
  reset(): void;
  /** Removes a notice the learner has dealt with. */
  dismissNotice(notice: ProgressNotice): void;
  /**
   * Sets `raw` aside under a new backup key (a record the learner chose to set aside); returns
   * the key, or null if storage could not take it (the caller then offers `raw` for download).
   */
  keepBackup(raw: string): string | null;
  /** Keys of backups of unreadable progress, oldest first. */
  listBackups(): string[];
  /** The text of a backup, for download; null if there is none under that key. */
  readBackup(backupKey: string): string | null;
  /** Deletes a backup (only keys under this store's backup prefix). */
  removeBackup(backupKey: string): void;
  /** Stops listening to other tabs and to subscribers. */
  dispose(): void;
}

/**
 * Creates the progress store.
 * - Reads validate (and migrate); unreadable, foreign or damaged data is copied to a new backup
 *   key `${key}.backup.<ISO time>` (never over an existing one), replaced by a fresh document,
 *   and reported as a `recovered` notice carrying the data for download. Data a newer version
 *   of the site wrote is left in place, never backed up nor overwritten: this tab keeps to
 *   memory from then on (one notice, however often the newer tab writes).
 * - Storage that throws on read or write (disabled, private mode, full) turns the store
 *   memory-only for the rest of the session, with a `memory-only` notice; nothing stored is
 *   touched after that.
 * - `update` re-reads the stored document, applies the change, and, if another writer stored
 *   in between, merges with that (see `mergeProgress`) before writing; attempts older than the
 *   compaction cutoff are then summarized (`compactProgress`).
 * - `storage` events for the key refresh the document, so other tabs stay in sync.
 */
export function createProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
  const key = options.key ?? PROGRESS_STORAGE_KEY;
  const now = options.now ?? (() => new Date());
  const backupPrefix = `${key}.backup.`;
  const area = options.storage === undefined ? browserStorage() : options.storage;
  let storage = area;
  let document = emptyProgressDocument();
  let lastRaw: string | null = null;
  let notices: readonly ProgressNotice[] = [];
  const listeners = new Set<() => void>();

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  const addNotice = (notice: ProgressNotice) => {
    notices = [...notices, notice];
    options.onNotice?.(notice);
  };

  const goMemoryOnly = (reason: 'unavailable' | 'quota-exceeded') => {
    storage = null;
    addNotice({ kind: 'memory-only', reason, message: MEMORY_ONLY_MESSAGES[reason] });
  };

  const write = (next: ProgressDocument) => {
    document = next;
    if (storage === null) return;
    const raw = JSON.stringify(document);
    try {
      storage.setItem(key, raw);
      lastRaw = raw;
    } catch (error) {
      goMemoryOnly(storageFailure(error));
    }
  };

  const backup = (target: StorageLike, raw: string): string | null => {
    const stamp = `${backupPrefix}${now().toISOString()}`;
    let backupKey = stamp;
    for (let n = 2; target.getItem(backupKey) !== null; n += 1) backupKey = `${stamp}.${n}`;
    target.setItem(backupKey, raw);
    return backupKey;
  };

  /**
   * Backs up stored text the store cannot keep as it is, and says so (`message` is told the
   * backup's key, or null). Returns the key; when the backup fails, this tab goes memory-only,
   * so that the text is never overwritten.
   */
  const setAside = (
    target: StorageLike,
    raw: string,
    reason: ProgressReadFailureReason,
    message: (backupKey: string | null) => string,
  ): string | null => {
    let backupKey: string | null = null;
    let backupError: unknown = null;
    try {
      backupKey = backup(target, raw);
    } catch (error) {
      backupError = error;
    }
    addNotice({ kind: 'recovered', reason, message: message(backupKey), backupKey, raw });
    if (backupKey === null) goMemoryOnly(storageFailure(backupError));
    return backupKey;
  };

  const recover = (target: StorageLike, raw: string, failure: ProgressReadFailure) => {
    if (failure.reason === 'newer-version') {
      // A newer site wrote it (this tab is an old one left open): it is not damaged, so it is
      // neither backed up nor replaced. This tab stops writing, and says so once.
      lastRaw = raw;
      storage = null;
      if (
        !notices.some((notice) => notice.kind === 'recovered' && notice.reason === failure.reason)
      )
        addNotice({
          kind: 'recovered',
          reason: failure.reason,
          message: newerVersionMessage(failure),
          backupKey: null,
          raw,
        });
      return;
    }
    const backupKey = setAside(target, raw, failure.reason, (key) =>
      recoveredMessage(failure, key),
    );
    if (backupKey === null) {
      // Not set aside, so it must not be overwritten: storage is left alone from now on.
      lastRaw = raw;
      return;
    }
    // Safe in the backup: carry on with what this tab already had (empty on first read).
    write(document);
  };

  /** Reads the stored document into `document`; true if anything visible changed. */
  const refresh = (): boolean => {
    if (storage === null) return false;
    const target = storage;
    let raw: string | null;
    try {
      raw = target.getItem(key);
    } catch (error) {
      goMemoryOnly(storageFailure(error));
      return true;
    }
    if (raw === lastRaw) return false;
    if (raw === null) {
      lastRaw = null;
      document = emptyProgressDocument();
      return true;
    }
    const read = parseProgressText(raw);
    if (read.ok) {
      lastRaw = raw;
      document = read.document;
      const dropped = unkeepableKeyPath(raw);
      if (dropped !== null) setAsideDropped(target, raw, dropped);
    } else {
      recover(target, raw, read);
    }
    return true;
  };

  /** Read, but with a record left out (`unkeepableKeyPath`): backed up, said, then rewritten. */
  const setAsideDropped = (target: StorageLike, raw: string, path: string) => {
    const backupKey = setAside(target, raw, 'invalid', (key) => unkeepableKeyMessage(path, key));
    // Set aside: store what was read, so the notice and the backup are not made again. (Not set
    // aside, it must not be overwritten: storage is left alone from now on.)
    if (backupKey !== null) write(document);
  };

  const onStorage = (event: StorageEventLike) => {
    if (event.storageArea != null && event.storageArea !== area) return;
    if (event.key !== null && event.key !== key) return;
    if (storage !== null) {
      if (refresh()) notify();
      return;
    }
    // Memory-only here, yet another tab saved: take its progress in without dropping ours.
    if (typeof event.newValue !== 'string') return;
    const read = parseProgressText(event.newValue);
    if (!read.ok) return;
    document = mergeProgress(document, read.document);
    notify();
  };

  if (storage === null) {
    goMemoryOnly('unavailable');
  } else {
    refresh();
    probeWrite();
  }
  const events = options.events === undefined ? browserEvents() : options.events;
  events?.addEventListener('storage', onStorage);

  function probeWrite() {
    if (storage === null) return;
    const probeKey = `${key}.probe`;
    try {
      storage.setItem(probeKey, '1');
      storage.removeItem(probeKey);
    } catch (error) {
      goMemoryOnly(storageFailure(error));
    }
  }

  return {
    getSnapshot: () => document,
    getNotices: () => notices,
    isMemoryOnly: () => storage === null,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    update(change) {
      const refreshed = refresh();
      const changed = change(document);
      if (changed === document) {
        if (refreshed) notify();
        return document;
      }
      let next = checked(changed);
      if (storage !== null) {
        const target = storage;
        // Another writer may have stored since the read above: merge instead of overwriting.
        const stored = readQuietly(target, key);
        if (stored !== null && stored !== lastRaw) {
          const read = parseProgressText(stored);
          if (read.ok) next = checked(mergeProgress(next, read.document));
        }
      }
      write(compacted(next, now()));
      notify();
      return document;
    },
    reset() {
      write(emptyProgressDocument());
      notify();
    },
    dismissNotice(notice) {
      notices = notices.filter((kept) => kept !== notice);
      notify();
    },
    keepBackup(raw) {
      if (storage === null) return null;
      try {
        return backup(storage, raw);
      } catch {
        return null;
      }
    },
    listBackups() {
      if (area === null) return [];
      try {
        const keys: string[] = [];
        for (let index = 0; index < area.length; index += 1) {
          const found = area.key(index);
          if (found?.startsWith(backupPrefix)) keys.push(found);
        }
        return keys.sort();
      } catch {
        return [];
      }
    },
    readBackup(backupKey) {
      if (area === null || !backupKey.startsWith(backupPrefix)) return null;
      return readQuietly(area, backupKey);
    },
    removeBackup(backupKey) {
      if (area === null || !backupKey.startsWith(backupPrefix)) return;
      try {
        area.removeItem(backupKey);
      } catch {
        // Unreachable storage keeps its backup; nothing else to do.
      }
    },
    dispose() {
      events?.removeEventListener('storage', onStorage);
      listeners.clear();
    },
  };
}

const MEMORY_ONLY_MESSAGES = {
  unavailable:
    'This browser is not letting the course save progress (storage is disabled or private). Your progress is kept only while this tab is open: export it to keep it.',
  'quota-exceeded':
    "This browser's storage for the site is full, so new progress is kept only while this tab is open: export it to keep it.",
} as const;

function newerVersionMessage(failure: ProgressReadFailure): string {
  return `Your progress was saved by a newer version of the course (${failure.message}), perhaps in another tab. It is left as it is, and this tab keeps new progress only while it is open: reload the page to carry on with the newer version.`;
}

function recoveredMessage(failure: ProgressReadFailure, backupKey: string | null): string {
  const where = failure.path === null ? '' : ` at ${failure.path}`;
  const kept =
    backupKey === null
      ? 'It was left where it was and the course keeps new progress in this tab only.'
      : 'It was set aside and the course started a fresh record.';
  return `Saved progress could not be read (${failure.message}${where}). ${kept} Download the backup to keep it.`;
}

/**
 * The document to save: compacted (README: "Compaction") once the cutoff has moved past its
 * oldest attempt kept in full, so the record stays small; else as it is. Compaction changes no
 * figure, so it is done on every write that needs it, in memory too: if the write then fails
 * (quota), the tab keeps the same progress in memory.
 */
function compacted(document: ProgressDocument, now: Date): ProgressDocument {
  const before = compactionCutoff(now);
  return compactionDue(document, before)
    ? checked(compactProgress(document, { before }))
    : document;
}

function checked(document: ProgressDocument): ProgressDocument {
  const parsed = progressSchemas().progressDocument.safeParse(document);
  if (parsed.success) return parsed.data;
  // A programming error: saving it would make the learner's progress unreadable.
  const issue = parsed.error.issues[0];
  throw new Error(
    `Refusing to save an invalid progress document${issue ? ` at ${formatPath(issue.path) ?? '(root)'}: ${issue.message}` : ''}`,
  );
}

function storageFailure(error: unknown): 'unavailable' | 'quota-exceeded' {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : null;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
    ? 'quota-exceeded'
    : 'unavailable';
}

function readQuietly(target: StorageLike, key: string): string | null {
  try {
    return target.getItem(key);
  } catch {
    return null;
  }
}

function browserStorage(): StorageLike | null {
  try {
    // Reading `localStorage` itself throws a SecurityError when storage is disabled.
    return typeof globalThis.localStorage === 'undefined' ? null : globalThis.localStorage;
  } catch {
    return null;
  }
}

function browserEvents(): StorageEventSource | null {
  return typeof window === 'undefined' ? null : window;
}
