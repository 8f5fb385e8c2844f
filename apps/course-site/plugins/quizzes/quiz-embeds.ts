import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/** The MDX components that name a quiz by id: the live quiz and its source. */
export const QUIZ_COMPONENTS = ['Quiz', 'QuizSource'] as const;

/** One of `QUIZ_COMPONENTS`. */
export type QuizComponent = (typeof QUIZ_COMPONENTS)[number];

/** A `<Quiz id="..." />` (or `<QuizSource id="..." />`) element of an MDX page. */
export interface QuizEmbed {
  readonly component: QuizComponent;
  readonly element: MdxJsxFlowElement | MdxJsxTextElement;
  /** The quiz id, or a sentence saying why the element names none. */
  readonly id:
    | { readonly ok: true; readonly value: string }
    | { readonly ok: false; readonly message: string };
}

const isQuizComponent = (name: string | null): name is QuizComponent =>
  QUIZ_COMPONENTS.some((component) => component === name);

function idOf(element: MdxJsxFlowElement | MdxJsxTextElement, component: string): QuizEmbed['id'] {
  const attribute = element.attributes.find(
    (candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === 'id',
  );
  if (attribute === undefined || attribute.type !== 'mdxJsxAttribute')
    return {
      ok: false,
      message: `<${component}> needs the quiz id, as in <${component} id="the-meeting" />`,
    };
  if (typeof attribute.value !== 'string' || attribute.value === '')
    return {
      ok: false,
      message: `<${component}> takes the quiz id as plain text in quotes, as in id="the-meeting", not an expression`,
    };
  return { ok: true, value: attribute.value };
}

/** Every quiz element of an MDX tree, in document order. */
export function quizEmbeds(tree: Root): QuizEmbed[] {
  const found: QuizEmbed[] = [];
  const walk = (node: Root | RootContent) => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      isQuizComponent(node.name)
    )
      found.push({ component: node.name, element: node, id: idOf(node, node.name) });
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return found;
}
