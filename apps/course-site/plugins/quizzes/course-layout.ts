import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The suffix quiz files have; the name before it is the quiz id. */
export const QUIZ_FILE_SUFFIX = '.quiz.yaml';

/** The suffixes a quiz file may have: YAML, or JSON (which YAML also reads). */
export const QUIZ_FILE_SUFFIXES = [QUIZ_FILE_SUFFIX, '.quiz.json'] as const;

/** The quiz file suffix a name ends with, if any. */
export function quizFileSuffix(fileName: string): string | undefined {
  return QUIZ_FILE_SUFFIXES.find((suffix) => fileName.endsWith(suffix));
}

/** Where the course keeps its quizzes and the pages that embed them, as absolute paths. */
export interface CourseLayout {
  /** The quizzes learners take in lessons: `quizzes/<id>.quiz.yaml`. */
  readonly courseQuizzes: string;
  /** The authoring guide's examples: `quizzes/examples/<id>.quiz.yaml`. */
  readonly exampleQuizzes: string;
  /** The lessons, whose front matter lists their key points (`key_points`). */
  readonly lessons: string;
  /** The authoring guide, which embeds the examples. */
  readonly guide: string;
}

/** The course's layout inside the site folder. */
export function courseLayout(siteDir: string): CourseLayout {
  return {
    courseQuizzes: join(siteDir, 'quizzes'),
    exampleQuizzes: join(siteDir, 'quizzes', 'examples'),
    lessons: join(siteDir, 'docs'),
    guide: join(siteDir, 'instructors'),
  };
}

/** Whether quizzes of this role count towards the course's key point coverage. */
export type QuizRole = 'course' | 'example';

/** A quiz file to check, by absolute path. */
export interface QuizFile {
  readonly path: string;
  readonly role: QuizRole;
}

/** The quiz id a file name stands for (`the-meeting.quiz.yaml` or `.quiz.json` → `the-meeting`). */
export function quizIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  const suffix = quizFileSuffix(base);
  return suffix ? base.slice(0, -suffix.length) : base;
}

async function quizFilesIn(directory: string, role: QuizRole): Promise<QuizFile[]> {
  const names = await readdir(directory).catch(() => []);
  return names
    .filter((name) => quizFileSuffix(name) !== undefined)
    .sort()
    .map((name) => ({ path: join(directory, name), role }));
}

/** Every quiz file of the course: the lesson quizzes, then the guide's examples. */
export async function courseQuizFiles(layout: CourseLayout): Promise<QuizFile[]> {
  return [
    ...(await quizFilesIn(layout.courseQuizzes, 'course')),
    ...(await quizFilesIn(layout.exampleQuizzes, 'example')),
  ];
}

/** The MDX and Markdown pages of a folder (not its subfolders), sorted. */
export async function pagesIn(directory: string): Promise<string[]> {
  const names = await readdir(directory).catch(() => []);
  return names
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => join(directory, name));
}
