// The layering of the repository, checked by `npm test` (`npm run deps`). See the root README,
// "Layering". Paths are relative to the repository root.
const { builtinModules } = require('node:module');

/** Node's own modules as dependency-cruiser names them once resolved (`fs/promises`, `path`). */
const NODE_MODULES = `^(${builtinModules.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`;

/** Code that runs in the browser: the site's pages and components, the floor below the site and
 * its plugins, the plugins' contract modules and the two packages (tests and scripts aside). */
const BROWSER_CODE = [
  '^apps/course-site/src/',
  '^apps/course-site/shared/',
  '^apps/course-site/plugins/[^/]+/contract\\.ts$',
  '^packages/[^/]+/src/',
];
/** Tests and what only tests use, which run in Node. */
const TEST_CODE = ['\\.test\\.tsx?$', '/__fixtures__/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import cycle anywhere, type-only imports included: each module can be understood (and tested) from the ones below it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'packages-import-no-app',
      severity: 'error',
      comment: 'The packages know nothing of the site: the site composes them.',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'content-imports-no-engine',
      severity: 'error',
      comment: 'The statement content knows nothing of quizzes.',
      from: { path: '^packages/statement-content/' },
      to: { path: '^packages/quiz-engine/' },
    },
    {
      name: 'engine-imports-no-content',
      severity: 'error',
      comment: 'The quiz engine knows no statement: references are resolved by the caller.',
      from: { path: '^packages/quiz-engine/' },
      to: { path: '^packages/statement-content/' },
    },
    {
      name: 'interop-imports-engine-only',
      severity: 'error',
      comment:
        "Quiz interchange (GIFT, Moodle XML, QTI) works on the engine's quiz model alone: the statement reaches it through the caller, and it knows nothing of the site.",
      from: { path: '^packages/quiz-interop/' },
      to: { path: '^packages/statement-content/' },
    },
    {
      name: 'packages-import-no-interop',
      severity: 'error',
      comment:
        'The engine and the content know nothing of the formats their quizzes are exchanged in.',
      from: { path: '^packages/(quiz-engine|statement-content)/' },
      to: { path: '^packages/quiz-interop/' },
    },
    {
      name: 'plugins-import-no-src',
      severity: 'error',
      comment:
        'Plugins run at build time below the site: what both need lives in apps/course-site/shared/.',
      from: { path: '^apps/course-site/plugins/' },
      to: { path: '^apps/course-site/src/' },
    },
    {
      name: 'shared-imports-no-site',
      severity: 'error',
      comment: 'The floor imports nothing from the site or its plugins.',
      from: { path: '^apps/course-site/shared/' },
      to: { path: '^apps/course-site/(src|plugins)/' },
    },
    {
      name: 'src-imports-plugin-contracts-only',
      severity: 'error',
      comment:
        "The site reads a plugin's output through its browser-safe contract module, never its node side.",
      from: { path: '^apps/course-site/src/', pathNot: TEST_CODE },
      to: {
        path: '^apps/course-site/plugins/',
        pathNot: '^apps/course-site/plugins/[^/]+/contract\\.ts$',
      },
    },
    {
      name: 'lib-imports-no-progress',
      severity: 'error',
      comment: 'src/lib holds small helpers below everything else in src.',
      from: { path: '^apps/course-site/src/lib/' },
      to: { path: '^apps/course-site/src/(progress|components|theme|pages)/' },
    },
    {
      name: 'browser-code-imports-no-node',
      severity: 'error',
      comment: 'Browser code imports no Node module (node:fs, node:path…).',
      from: { path: BROWSER_CODE, pathNot: TEST_CODE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'browser-code-reaches-no-node',
      severity: 'error',
      comment:
        'Nor does anything browser code imports, however indirectly: a contract module may use a pure module of its plugin, never one that reads files.',
      from: { path: BROWSER_CODE, pathNot: TEST_CODE },
      to: { path: NODE_MODULES, reachable: true },
    },
  ],
  options: {
    // Type-only imports are dependencies too: a cycle of types is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: {
      path: ['(^|/)node_modules/', '(^|/)build/', '(^|/)\\.docusaurus/', '(^|/)\\.turbo/'],
    },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types'],
    },
    moduleSystems: ['es6', 'cjs'],
    reporterOptions: { text: { highlightFocused: true } },
  },
};
