import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { formatError, type Quiz, type QuizError } from '@tmm/quiz-engine';
import type { CheckedQuiz } from './check-quiz-files';
import {
  type Lesson,
  type LessonTime,
  lessonsTeaching,
  lessonTimeModuleName,
  PREVIEW_PATH,
  type PreviewEntry,
  QUIZ_PLUGIN_NAME,
  type QuizModule,
  type QuizSourceModule,
  quizModuleName,
} from './contract';
import { courseLayout, QUIZ_FILE_SUFFIXES } from './course-layout';
import { isDevServer } from './dev-server';
import { lessonTime } from './lesson-time';
import { lessonOf } from './lessons';
import { loadCourse } from './load-course';

/** Options of the quiz plugin. */
export interface QuizPluginOptions {
  /** Report errors on the page instead of failing, and add the previews; detected by default. */
  readonly devServer?: boolean;
}

/** Reads the plugin's options (Docusaurus passes them untyped). */
function parseOptions(options: unknown): QuizPluginOptions {
  if (typeof options !== 'object' || options === null || !('devServer' in options)) return {};
  if (typeof options.devServer !== 'boolean')
    throw new TypeError('The quiz plugin option devServer must be true or false.');
  return { devServer: options.devServer };
}

/** What the plugin loads: every quiz file, checked, and the lessons that embed them. */
export interface QuizPluginContent {
  readonly quizzes: readonly CheckedQuiz[];
  /** The lessons in course order, read once from their front matter (`readLessons`). */
  readonly lessons: readonly Lesson[];
  /** Each lesson's time estimate by the course's rule, in course order. */
  readonly times: readonly { readonly lessonId: string; readonly time: LessonTime }[];
}

/** One line for each problem, then a summary: what the terminal shows. */
function report(problems: readonly QuizError[]): string {
  return problems.map(formatError).join('\n');
}

/** The lessons that teach what a quiz tests, for its results to link back to. */
function lessonsFor(quiz: Quiz, lessons: readonly Lesson[]): Lesson[] {
  const tested = new Set(quiz.questions.flatMap((question) => question.keyPoints));
  const teaching = new Set(
    [...tested].flatMap((keyPointId) => lessonsTeaching(lessons, keyPointId)),
  );
  return lessons.filter((lesson) => teaching.has(lesson));
}

/**
 * Deletes the modules of quizzes that no longer exist, so that a page still naming one fails
 * to build instead of showing an old copy (the bundler's cache may skip the remark check).
 */
async function removeStaleModules(current: ReadonlySet<string>): Promise<void> {
  const [first] = current;
  if (first === undefined) return;
  const directory = dirname(first);
  const names = await readdir(directory).catch(() => []);
  const stale = names
    .filter((name) => /^(quiz|source|lesson-time)-.+\.json$/.test(name))
    .map((name) => join(directory, name))
    .filter((path) => !current.has(path));
  await Promise.all(stale.map((path) => rm(path, { force: true })));
}

/**
 * Loads every quiz file of the course at build time with the quiz engine and the course
 * content; writes one module per quiz for the pages that embed it (no global data). A broken
 * quiz fails `docusaurus build`; in `docusaurus start` its errors are logged and shown where
 * it is embedded, and the dev server adds an answer-key preview of each quiz.
 */
export default function quizPlugin(
  context: Pick<LoadContext, 'siteDir' | 'baseUrl'>,
  options?: unknown,
): Plugin<QuizPluginContent> {
  const layout = courseLayout(context.siteDir);
  const devServer = parseOptions(options).devServer ?? isDevServer();
  return {
    name: QUIZ_PLUGIN_NAME,

    getPathsToWatch() {
      // The examples folder is inside the quizzes folder.
      return [
        ...QUIZ_FILE_SUFFIXES.map((suffix) => `${layout.courseQuizzes}/**/*${suffix}`),
        `${layout.lessons}/*.{md,mdx}`,
      ];
    },

    async loadContent() {
      const course = await loadCourse(layout, { baseUrl: context.baseUrl });
      const warnings = report(course.warnings);
      if (warnings) console.warn(warnings);
      const { errors } = course;
      if (errors.length > 0) {
        const heading = `${errors.length} error${errors.length === 1 ? '' : 's'} in the course's quiz files and lessons (run npm run check:quizzes to check them without building):`;
        // A build must never ship a broken quiz; the dev server keeps running and shows them.
        if (!devServer) throw new Error(`${heading}\n${report(errors)}`);
        console.error(`${heading}\n${report(errors)}`);
      }
      const quizzes = course.quizzes.flatMap((checked) => (checked.quiz ? [checked.quiz] : []));
      return {
        quizzes: course.quizzes,
        lessons: course.lessons.map(lessonOf),
        times: course.lessons.map((lesson) => ({
          lessonId: lesson.id,
          time: lessonTime(lesson, quizzes),
        })),
      };
    },

    async contentLoaded({ content, actions }) {
      const written = new Set<string>();
      const modules = new Set<string>();
      const previews: PreviewEntry[] = [];
      // Each lesson's time, imported by its page (remark-lesson-time) for its header.
      for (const { lessonId, time } of content.times) {
        modules.add(await actions.createData(lessonTimeModuleName(lessonId), JSON.stringify(time)));
      }
      for (const checked of content.quizzes) {
        // The first file with an id owns it; a later one only has a duplicate-id error.
        if (written.has(checked.id)) continue;
        written.add(checked.id);
        const quizModule: QuizModule = checked.quiz
          ? { quiz: checked.quiz, lessons: lessonsFor(checked.quiz, content.lessons) }
          : { errors: checked.errors };
        const quizPath = await actions.createData(
          quizModuleName('quiz', checked.id),
          JSON.stringify(quizModule),
        );
        modules.add(quizPath);
        const source: QuizSourceModule = {
          fileName: basename(checked.file.path),
          text: checked.text ?? '',
        };
        modules.add(
          await actions.createData(quizModuleName('source', checked.id), JSON.stringify(source)),
        );
        if (!devServer) continue;
        const path = `${PREVIEW_PATH}/${checked.id}`;
        previews.push({
          id: checked.id,
          ...(checked.quiz && { title: checked.quiz.title }),
          file: checked.shownPath,
          errors: checked.errors.length,
          path,
        });
        actions.addRoute({
          path,
          component: '@site/src/components/QuizAnswerKeyPage',
          modules: { quiz: quizPath },
          exact: true,
        });
      }
      await removeStaleModules(modules);
      if (!devServer) return;
      actions.addRoute({
        path: PREVIEW_PATH,
        component: '@site/src/components/QuizPreviewIndexPage',
        modules: { previews: await actions.createData('previews.json', JSON.stringify(previews)) },
        exact: true,
      });
    },
  };
}
