import { useDocsData } from '@docusaurus/plugin-content-docs/client';
// Sidebars are on every page: the progress store's code loads after the page, not with it.
import { useDeferredProgress } from '../progress/deferred-progress';
import { lessonIdAt } from './lesson-id-at';

/** The docs plugin that holds the lessons (Docusaurus's default docs plugin). */
export const LESSONS_PLUGIN_ID = 'default';

/**
 * The lessons' base path (`/lessons`), read from the docs plugin's global data: a context read,
 * where matching the page's path against every docs plugin (`useActivePlugin`) costs each of the
 * many links that ask.
 */
export function useLessonsPath(): string {
  return useDocsData(LESSONS_PLUGIN_ID).path;
}

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
