import { readdirSync } from 'node:fs';
// The main entry, not the parser's: Docusaurus loads this file with jiti, which cannot load zod.
import { didYouMean, formatError } from '@tmm/quiz-engine';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { quizModuleName } from './contract';
import { QUIZ_FILE_SUFFIX, quizFileSuffix, quizIdOf } from './course-layout';
import { type QuizComponent, quizEmbeds } from './quiz-embeds';
import { shownPath } from './shown-path';

/** Options of the remark plugin. */
export interface RemarkQuizOptions {
  /** Absolute folders that hold `<id>.quiz.yaml` files. */
  readonly quizDirectories: readonly string[];
  /** Where the quiz plugin writes its modules, as the bundler imports it (`@generated/...`). */
  readonly moduleDirectory: string;
  /**
   * The module of each component, imported by the pages that use it, so that only those pages
   * carry it (a component registered for every MDX page would be in every page's bundle). A
   * page that imports the name itself keeps its own import.
   */
  readonly componentModules?: Partial<Record<QuizComponent, string>>;
}

/** The part of a VFile the plugin uses: its path and located failure. */
interface MdxFile {
  readonly path?: string;
  fail(reason: string, place?: Root['position']): never;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The prop each component receives its module as. */
const PROP: Record<QuizComponent, string> = { Quiz: 'quiz', QuizSource: 'source' };

const program = (body: Program['body']): Program => ({
  type: 'Program',
  sourceType: 'module',
  body,
});

/** An `import name from 'source'` statement for an MDX page's tree. */
export function importNode(name: string, source: string): MdxjsEsm {
  const estree = program([
    {
      type: 'ImportDeclaration',
      specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
      source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
      attributes: [],
    },
  ]);
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(source)};`,
    data: { estree },
  };
}

/** A JSX attribute `prop={name}` for an MDX page's tree. */
export function expressionAttribute(prop: string, name: string): MdxJsxAttribute {
  const estree = program([
    { type: 'ExpressionStatement', expression: { type: 'Identifier', name } },
  ]);
  return {
    type: 'mdxJsxAttribute',
    name: prop,
    value: { type: 'mdxJsxAttributeValueExpression', value: name, data: { estree } },
  };
}

/** Names a page's own `import` statements bind. */
function importedNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration') continue;
      for (const specifier of statement.specifiers) names.add(specifier.local.name);
    }
  }
  return names;
}

function knownQuizIds(directories: readonly string[]): string[] {
  return directories.flatMap((directory) => {
    try {
      return readdirSync(directory)
        .filter((name) => quizFileSuffix(name) !== undefined)
        .map(quizIdOf);
    } catch {
      return [];
    }
  });
}

/**
 * Turns `<Quiz id="x" />` into `<Quiz quiz={…} />` with an import of quiz x's module, and
 * `<QuizSource id="x" />` into `<QuizSource source={…} />`, so that a page ships only the quiz
 * data it uses, and imports the components themselves from `componentModules`. An element
 * naming no existing quiz fails with its `file:line:col`.
 */
export default function remarkQuiz(options: RemarkQuizOptions) {
  return (tree: Root, file: MdxFile): void => {
    const embeds = quizEmbeds(tree);
    if (embeds.length === 0) return;
    const ids = knownQuizIds(options.quizDirectories);
    const fail = (message: string, place: Root['position']): never => {
      const shown = file.path ? shownPath(file.path) : 'page';
      const at = place ? { line: place.start.line, column: place.start.column } : {};
      return file.fail(
        formatError({ severity: 'error', file: shown, ...at, path: '', message }),
        place,
      );
    };
    const imports = new Map<string, string>();
    for (const { component, element, id } of embeds) {
      if (!id.ok) fail(id.message, element.position);
      const quizId = id.ok ? id.value : '';
      if (!ID.test(quizId) || !ids.includes(quizId)) {
        const guess = didYouMean(quizId, ids);
        fail(
          `there is no quiz '${quizId}': no file ${quizId}${QUIZ_FILE_SUFFIX} in ${options.quizDirectories.map((d) => shownPath(d)).join(' or ')}${guess ? `; did you mean '${guess}'?` : ''}`,
          element.position,
        );
      }
      const source = `${options.moduleDirectory}/${quizModuleName(component === 'Quiz' ? 'quiz' : 'source', quizId)}`;
      const name = imports.get(source) ?? `__quiz${imports.size}`;
      imports.set(source, name);
      element.attributes = [
        ...element.attributes.filter(
          (attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === 'id'),
        ),
        expressionAttribute(PROP[component], name),
      ];
    }
    const bound = importedNames(tree);
    const components = [...new Set(embeds.map((embed) => embed.component))].flatMap((component) => {
      const source = options.componentModules?.[component];
      return source === undefined || bound.has(component) ? [] : [importNode(component, source)];
    });
    tree.children.unshift(
      ...components,
      ...[...imports].map(([source, name]) => importNode(name, source)),
    );
  };
}
