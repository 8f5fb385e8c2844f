import type { Lesson } from '../../../plugins/quizzes/contract';
import type { ProgressDocument } from '../../progress';

/** Whether the learner has done anything here: a lesson, an attempt or a quiz begun. */
export function hasStarted(progress: ProgressDocument): boolean {
  return (
    Object.keys(progress.lessons).length > 0 ||
    progress.attempts.length > 0 ||
    Object.keys(progress.snapshots).length > 0
  );
}

/** The unfinished quizzes of the course's lessons, the most recently saved first. */
export function quizzesToResume(
  progress: ProgressDocument,
  lessons: readonly Lesson[],
): { readonly quizId: string; readonly lesson: Lesson; readonly savedAt: string }[] {
  return Object.entries(progress.snapshots)
    .flatMap(([quizId, saved]) => {
      const lesson = lessons.find((candidate) => candidate.quizIds.includes(quizId));
      return lesson === undefined ? [] : [{ quizId, lesson, savedAt: saved.savedAt }];
    })
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
