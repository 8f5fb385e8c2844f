import type { LoadContext, Plugin } from '@docusaurus/types';
import { require as requireWithTsx } from 'tsx/cjs/api';
import type { default as createProgressPlugin } from './progress-plugin';

/**
 * The progress plugin as Docusaurus loads it: through tsx, as the quiz plugin is loaded, because
 * Docusaurus's jiti (interopDefault) would hand `import { z } from 'zod'` zod's default export.
 */
export default function progressPluginEntry(context: Pick<LoadContext, 'siteDir'>): Plugin<void> {
  const loaded: { default: typeof createProgressPlugin } = requireWithTsx(
    './progress-plugin.ts',
    __filename,
  );
  return loaded.default(context);
}
