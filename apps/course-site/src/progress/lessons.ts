import type { ProgressDocument } from './document';
import { ownEntry, setOwnEntry } from './own-entry';
import { earlierTimestamp } from './timestamps';

/**
 * Marks a lesson completed; a lesson completed before keeps its first completion time. A lesson
 * is completed on its own page, so it is opened by then too (`openLesson`).
 */
export function completeLesson(
  document: ProgressDocument,
  lessonId: string,
  completedAt: Date,
): ProgressDocument {
  const opened = openLesson(document, lessonId, completedAt);
  const at = completedAt.toISOString();
  const before = ownEntry(opened.lessons, lessonId);
  if (before !== undefined && earlierTimestamp(before.completedAt, at) === before.completedAt) {
    return opened;
  }
  return { ...opened, lessons: setOwnEntry({ ...opened.lessons }, lessonId, { completedAt: at }) };
}

/**
 * Records that a lesson's page was opened (mastery's lesson gate reads it); a lesson opened
 * before keeps its first opening time, and the document is returned unchanged.
 */
export function openLesson(
  document: ProgressDocument,
  lessonId: string,
  openedAt: Date,
): ProgressDocument {
  const at = openedAt.toISOString();
  const before = ownEntry(document.lessonsOpened, lessonId);
  if (before !== undefined && earlierTimestamp(before.openedAt, at) === before.openedAt) {
    return document;
  }
  return {
    ...document,
    lessonsOpened: setOwnEntry({ ...document.lessonsOpened }, lessonId, { openedAt: at }),
  };
}

/** The first lesson, in course order, not yet completed; null when all are done. */
export function nextLesson(
  lessonOrder: readonly string[],
  document: ProgressDocument,
): string | null {
  return lessonOrder.find((lessonId) => ownEntry(document.lessons, lessonId) === undefined) ?? null;
}

/** Lessons completed out of the course's lessons now, and the next one to take. */
export interface LessonProgress {
  /** Completed lessons in course order; lessons no longer in the course are not listed. */
  readonly completed: readonly string[];
  readonly total: number;
  readonly next: string | null;
}

/** The learner's way through the lessons, given the course's lesson order. */
export function lessonProgress(
  lessonOrder: readonly string[],
  document: ProgressDocument,
): LessonProgress {
  return {
    completed: lessonOrder.filter((lessonId) => ownEntry(document.lessons, lessonId) !== undefined),
    total: lessonOrder.length,
    next: nextLesson(lessonOrder, document),
  };
}
