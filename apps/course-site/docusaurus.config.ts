import type * as Preset from '@docusaurus/preset-classic';
import type { Config } from '@docusaurus/types';
import { themes as prismThemes } from 'prism-react-renderer';
import { QUIZ_MODULE_DIRECTORY } from './plugins/quizzes/contract';
import { courseLayout } from './plugins/quizzes/course-layout';
import { LESSONS_ROUTE_BASE_PATH } from './plugins/quizzes/lessons';
import remarkLessonTime from './plugins/quizzes/remark-lesson-time';
import remarkQuiz from './plugins/quizzes/remark-quiz';
import { COURSE_TITLE } from './shared/course-title';
import { withContrast } from './src/lib/accessible-prism-theme';

// `<Quiz id="…" />` in lessons and in the instructors' guide imports just that quiz's module,
// and the player itself: pages without a quiz carry neither.
const quizzes = courseLayout(__dirname);
const remarkQuizOptions = {
  quizDirectories: [quizzes.courseQuizzes, quizzes.exampleQuizzes],
  moduleDirectory: QUIZ_MODULE_DIRECTORY,
  componentModules: {
    Quiz: '@site/src/components/Quiz',
    QuizSource: '@site/src/components/QuizSource',
  },
} as const;
// The options are closed over, not passed as `[plugin, options]`: Docusaurus writes a plugin's
// options into the site's client bundle, and these hold this machine's absolute paths.
const remarkQuizPlugin = () => remarkQuiz(remarkQuizOptions);
// Each lesson's header says how long it takes to read and how long its quiz takes.
const remarkLessonTimePlugin = () =>
  remarkLessonTime({
    moduleDirectory: QUIZ_MODULE_DIRECTORY,
    componentModule: '@site/src/components/LessonTime',
  });

// `COURSE_TARGET=scorm` builds the course to run from files inside a learning management system's
// frame (`npm run package:scorm`): one index.html, relative asset paths, routes after `#`, and the
// SCORM runtime adapter as a client module. The normal site carries none of it.
const scorm = process.env.COURSE_TARGET === 'scorm';

const config = {
  title: COURSE_TITLE,
  tagline:
    'Learn the June 3, 2023 joint press statement of the U.S., Japanese and ROK defense chiefs, word by word.',
  url: 'http://localhost',
  favicon: 'img/favicon.svg',
  baseUrl: '/',
  trailingSlash: false,
  onBrokenLinks: 'throw',
  // What the pages may link to that only one build has: the SCORM build has no search page.
  customFields: { search: !scorm },
  onBrokenAnchors: 'throw',
  markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } },
  // NOTE: v4 turns on @docusaurus/faster (Rspack + SWC + Lightning CSS).
  future: scorm ? { v4: true, experimental_router: 'hash' } : { v4: true },
  // Every page: linked pages' code fetched once per route, in idle time; then the SCORM runtime
  // adapter, or (the web build) the offline copy's service worker, registered once the page has
  // settled.
  clientModules: [
    './src/prefetch/client-module.ts',
    scorm ? './src/scorm/client-module.ts' : './src/pwa/register-when-settled.ts',
  ],
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: LESSONS_ROUTE_BASE_PATH,
          sidebarPath: './sidebars.ts',
          remarkPlugins: [remarkQuizPlugin, remarkLessonTimePlugin],
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    // Keeps the code highlighter out of the pages that show no code.
    './plugins/bundle/index.ts',
    './plugins/quizzes/index.ts',
    // After the quizzes and lessons are loaded: the progress page and its course module.
    './plugins/progress/index.ts',
    // The SCORM build's course facts for the runtime adapter (lessons, self-assessment).
    ...(scorm ? ['./plugins/scorm/index.ts'] : []),
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'instructors',
        path: 'instructors',
        routeBasePath: 'instructors',
        sidebarPath: './sidebars-instructors.ts',
        remarkPlugins: [remarkQuizPlugin],
      },
    ],
    // Offline study: after one visit a service worker has precached the whole build (86 files,
    // 3.4 MB, 0.9 MB gzipped: every page, the lazily loaded quiz, reader and progress chunks,
    // the search index, a third of it), and answers from it first. `always`: a student need not
    // install the site. Not in the SCORM build: there the LMS serves the files and keeps the
    // learner's record, and a worker would cache the LMS's pages under the LMS's origin.
    ...(scorm
      ? []
      : [
          [
            '@docusaurus/plugin-pwa',
            {
              offlineModeActivationStrategies: ['always'],
              // Named through the workspace package, not by this machine's absolute path, which
              // would be written into the client bundle with the plugin's options.
              swCustom: '@tmm/course-site/src/pwa/service-worker.js',
              // Registered by the course's own client module once the page has settled, not
              // at `load` (src/pwa/register-when-settled.ts).
              swRegister: false,
              pwaHead: [
                { tagName: 'link', rel: 'manifest', href: '/manifest.json' },
                { tagName: 'meta', name: 'theme-color', content: '#1f5fa8' },
              ],
            },
          ],
        ]),
  ],
  themes: [
    // Search in the browser over a static index built with the site: no outside service, and
    // it works offline (the index is precached with the rest).
    // Not in the SCORM build: its index is built from each route's own HTML file, and the
    // hash router writes one index.html.
    ...(scorm
      ? []
      : [
          [
            '@easyops-cn/docusaurus-search-local',
            {
              hashed: true,
              language: ['en'],
              indexDocs: true,
              docsRouteBasePath: [LESSONS_ROUTE_BASE_PATH, 'instructors'],
              docsDir: ['docs', 'instructors'],
              indexBlog: false,
              indexPages: true,
              explicitSearchResultPath: true,
              highlightSearchTermsOnTargetPage: false,
              searchBarShortcutHint: true,
            },
          ],
        ]),
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'June 3, 2023 TMM course',
      items: [
        { type: 'docSidebar', sidebarId: 'lessons', position: 'left', label: 'Lessons' },
        { to: '/statement', label: 'Statement', position: 'left' },
        { to: '/glossary', label: 'Glossary', position: 'left' },
        { to: '/timeline', label: 'Timeline', position: 'left' },
        { to: '/progress', label: 'Progress', position: 'left' },
        {
          type: 'docSidebar',
          sidebarId: 'instructors',
          docsPluginId: 'instructors',
          position: 'right',
          label: 'Instructors',
        },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Course',
          items: [
            { label: 'Lessons', to: '/lessons' },
            { label: 'The statement, annotated', to: '/statement' },
          ],
        },
        {
          title: 'Reference',
          items: [
            { label: 'Glossary', to: '/glossary' },
            { label: 'Timeline', to: '/timeline' },
            { label: 'Official publications', to: '/statement#publications' },
          ],
        },
      ],
      copyright:
        'An open-source course. The statement is quoted from its official publications; see the reader for its provenance.',
    },
    // Token colours raised to WCAG AA contrast: the stock themes fall below it for YAML.
    prism: {
      theme: withContrast(prismThemes.github),
      darkTheme: withContrast(prismThemes.dracula),
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
