import { useActivePlugin } from '@docusaurus/plugin-content-docs/client';
// Sidebars are on every page: the progress store's code loads after the page, not with it.
import { useDeferredProgress } from '../progress/deferred-progress';
import { lessonIdAt } from './lesson-id-at';

/**
 * Whether `href`, on a page of the lessons (the default docs plugin), points to a lesson the
 * learner has completed. False on the server, until hydration and until the progress store has loaded.
 */
export function useCompletedLesson(href: string | undefined): boolean {
  const progress = useDeferredProgress();
  const plugin = useActivePlugin();
  if (href === undefined || plugin === undefined || plugin.pluginId !== 'default') return false;
  const lessonId = lessonIdAt(href, plugin.pluginData.path);
  return lessonId !== undefined && progress?.lessons[lessonId] !== undefined;
}
