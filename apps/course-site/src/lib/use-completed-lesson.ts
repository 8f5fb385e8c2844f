import { useActivePlugin } from '@docusaurus/plugin-content-docs/client';
// The hook alone, not the whole progress module: sidebars are on every lesson page.
import { useProgress } from '../progress/use-progress';
import { lessonIdAt } from './lesson-id-at';

/**
 * Whether `href`, on a page of the lessons (the default docs plugin), points to a lesson the
 * learner has completed. False on the server and until hydration, like the progress it reads.
 */
export function useCompletedLesson(href: string | undefined): boolean {
  const progress = useProgress();
  const plugin = useActivePlugin();
  if (href === undefined || plugin === undefined || plugin.pluginId !== 'default') return false;
  const lessonId = lessonIdAt(href, plugin.pluginData.path);
  return lessonId !== undefined && progress.lessons[lessonId] !== undefined;
}
