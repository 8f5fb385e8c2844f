import { downloadText } from '../../lib/download-text';
import { setAsideQuizSnapshot } from '../../progress/set-aside';
import { saveQuizSnapshot } from '../../progress/snapshots';
import type { ProgressStore } from '../../progress/storage';

/**
 * "Keep this tab's answers": sets the stored snapshot of the quiz aside (backed up; handed to the
 * learner as a file if storage cannot take the backup), then saves this tab's. Returns when it
 * was saved. Loaded only when a learner chooses it, so a quiz does not carry it.
 */
export function keepThisTabsSnapshot(
  store: ProgressStore,
  quizId: string,
  persisted: unknown,
): string {
  const setAside = setAsideQuizSnapshot(store, quizId);
  if (setAside && setAside.backupKey === null)
    downloadText(setAside.raw, 'tmm-course-set-aside-record.json');
  const savedAt = new Date();
  store.update((current) => saveQuizSnapshot(current, quizId, persisted, savedAt));
  return savedAt.toISOString();
}
