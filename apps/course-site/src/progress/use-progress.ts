import { useSyncExternalStore } from 'react';
import { EMPTY_PROGRESS_DOCUMENT, type ProgressDocument } from './document';
import { createProgressStore, type ProgressNotice, type ProgressStore } from './storage';

let browserStore: ProgressStore | null = null;

/** The page's one progress store, made on first use in a browser; null on the server. */
export function browserProgressStore(): ProgressStore | null {
  if (typeof window === 'undefined') return null;
  browserStore ??= createProgressStore();
  return browserStore;
}

const NO_NOTICES: readonly ProgressNotice[] = Object.freeze([]);
const unsubscribed = () => {};

// React calls these only after hydration on the client, so server HTML and the first client
// render agree (both empty) and storage is never touched on the server.
function subscribe(listener: () => void): () => void {
  return browserProgressStore()?.subscribe(listener) ?? unsubscribed;
}
function clientDocument(): ProgressDocument {
  return browserProgressStore()?.getSnapshot() ?? EMPTY_PROGRESS_DOCUMENT;
}
function serverDocument(): ProgressDocument {
  return EMPTY_PROGRESS_DOCUMENT;
}
function clientNotices(): readonly ProgressNotice[] {
  return browserProgressStore()?.getNotices() ?? NO_NOTICES;
}
function serverNotices(): readonly ProgressNotice[] {
  return NO_NOTICES;
}
function noSubscription(): () => void {
  return unsubscribed;
}
function serverStore(): ProgressStore | null {
  return null;
}

/** The learner's progress document; empty on the server and until hydration. */
export function useProgress(): ProgressDocument {
  return useSyncExternalStore(subscribe, clientDocument, serverDocument);
}

/** Notices about saved progress to show the learner (backups, memory-only mode). */
export function useProgressNotices(): readonly ProgressNotice[] {
  return useSyncExternalStore(subscribe, clientNotices, serverNotices);
}

/** The store, to change progress (`update`, `reset`); null on the server and until hydration. */
export function useProgressStore(): ProgressStore | null {
  return useSyncExternalStore(noSubscription, browserProgressStore, serverStore);
}
