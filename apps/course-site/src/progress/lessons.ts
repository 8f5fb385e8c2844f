import type { ProgressDocument } from './document';
import { ownEntry } from './own-entry';
import { earlierTimestamp } from './timestamps';

/** Marks a lesson completed; a lesson completed before keeps its first completion time. */
export function completeLesson(
  document: ProgressDocument,
  lessonId: string,
  completedAt: Date,
): ProgressDocument {
  const at = completedAt.toISOString();
  const before = ownEntry(document.lessons, lessonId);
  if (before !== undefined && earlierTimestamp(before.completedAt, at) === before.completedAt) {
    return document;
  }
  return { ...document, lessons: { ...document.lessons, [lessonId]: { completedAt: at } } };
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
