import { lessonIdAt } from '../lib/lesson-id-at';
import { useLessonsPath } from '../lib/use-lessons-path';
// Sidebars are on every page: the progress store's code loads after the page, not with it.
import { useDeferredProgress } from './deferred-progress';

/**
 * Whether `href` points to a lesson the learner has completed. False on the server, until
 * hydration and until the progress store has loaded.
 */
export function useCompletedLesson(href: string | undefined): boolean {
  const progress = useDeferredProgress();
  const lessonsPath = useLessonsPath();
  if (href === undefined || progress === null) return false;
  const lessonId = lessonIdAt(href, lessonsPath);
  return lessonId !== undefined && progress.lessons[lessonId] !== undefined;
}
