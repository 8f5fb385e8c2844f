import type { LoadContext, Plugin } from '@docusaurus/types';
import { require as requireWithTsx } from 'tsx/cjs/api';
import type { default as createScormPlugin } from './scorm-plugin';

/** The SCORM plugin as Docusaurus loads it: through tsx, as the quiz and progress plugins are. */
export default function scormPluginEntry(
  context: Pick<LoadContext, 'siteDir' | 'baseUrl'>,
): Plugin<void> {
  const loaded: { default: typeof createScormPlugin } = requireWithTsx(
    './scorm-plugin.ts',
    __filename,
  );
  return loaded.default(context);
}
