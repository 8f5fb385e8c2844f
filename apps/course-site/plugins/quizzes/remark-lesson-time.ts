import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { lessonTimeModuleName } from './contract';
import { expressionAttribute, importNode } from './remark-quiz';

/** Options of the remark plugin. */
export interface RemarkLessonTimeOptions {
  /** Where the quiz plugin writes its modules, as the bundler imports it (`@generated/...`). */
  readonly moduleDirectory: string;
  /** The module of the component that shows the time. */
  readonly componentModule: string;
}

/** The part of a VFile the plugin uses: the front matter Docusaurus read. */
interface MdxFile {
  readonly data: { readonly frontMatter?: Record<string, unknown> };
}

const COMPONENT = '__LessonTime';
const MODULE = '__lessonTime';

/**
 * Puts a lesson's time estimate at the top of the lesson, under its title: the page imports the
 * module the quiz plugin wrote for it (`lesson-time-<slug>.json`) and shows it with the
 * component. A lesson is a page whose front matter lists `key_points`, as the quiz plugin reads
 * it (`plugins/quizzes/lessons.ts`); other pages are left alone.
 */
export default function remarkLessonTime(options: RemarkLessonTimeOptions) {
  return (tree: Root, file: MdxFile): void => {
    const { key_points: keyPoints, slug } = file.data.frontMatter ?? {};
    if (!Array.isArray(keyPoints) || typeof slug !== 'string') return;
    const lessonId = slug.replace(/^\/+/, '');
    const element: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: COMPONENT,
      attributes: [expressionAttribute('time', MODULE)],
      children: [],
    };
    tree.children.unshift(
      importNode(COMPONENT, options.componentModule),
      importNode(MODULE, `${options.moduleDirectory}/${lessonTimeModuleName(lessonId)}`),
      element,
    );
  };
}
