import { useDocsData } from '@docusaurus/plugin-content-docs/client';

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
