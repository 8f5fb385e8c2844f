import type { LoadContext, Plugin } from '@docusaurus/types';
import { require as requireWithTsx } from 'tsx/cjs/api';
import type { default as createQuizPlugin, QuizPluginContent } from './quiz-plugin';

/**
 * The quiz plugin as Docusaurus loads it. Docusaurus loads plugins with jiti, whose default
 * export interop hands the quiz engine's `import { z } from 'zod'` zod's default export instead
 * of the module; tsx loads the plugin with Node's own module semantics.
 */
export default function quizPluginEntry(
  context: Pick<LoadContext, 'siteDir' | 'baseUrl'>,
  options?: unknown,
): Plugin<QuizPluginContent> {
  const loaded: { default: typeof createQuizPlugin } = requireWithTsx(
    './quiz-plugin.ts',
    __filename,
  );
  return loaded.default(context, options);
}
