import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Quiz } from '@tmm/quiz-engine';
import {
  didYouMean,
  parseQuiz,
  type QuizError,
  SourceLocator,
  type SourcePosition,
} from '@tmm/quiz-engine/parser';
import { keyPoints } from '@tmm/statement-content';
import { parse as parseYaml } from 'yaml';
import { RESERVED_QUIZ_IDS } from '../../shared/reserved-quiz-ids';
import { resolveCourseReference } from './content-resolver';
import {
  QUIZ_FILE_SUFFIX,
  QUIZ_FILE_SUFFIXES,
  type QuizFile,
  quizFileSuffix,
  quizIdOf,
} from './course-layout';
import { type LessonPage, unreadablePage } from './lesson-page';
import { readQuizFile } from './read-quiz-file';
import { shownPath } from './shown-path';

/** The line every quiz file starts with, so that editors validate and autocomplete it. */
export const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)\s*$/;

/** The `$schema` key of a quiz document (how a JSON file names its schema), if it has one. */
function schemaKey(text: string): string | undefined {
  const data: unknown = parseYaml(text);
  if (typeof data !== 'object' || data === null || !('$schema' in data)) return undefined;
  return typeof data.$schema === 'string' ? data.$schema : undefined;
}

/** One quiz file after checking. */
export interface CheckedQuiz {
  readonly file: QuizFile;
  /** The id the file name gives (`<id>.quiz.yaml`): lessons embed a quiz by it. */
  readonly id: string;
  /** The path as shown in messages. */
  readonly shownPath: string;
  /** The file's text, when it could be read and decoded. */
  readonly text?: string;
  /** The parsed quiz, when the file has no error. */
  readonly quiz?: Quiz;
  readonly errors: readonly QuizError[];
  readonly warnings: readonly QuizError[];
}

/** Counts for the checker's summary line. */
export interface CheckSummary {
  readonly quizzes: number;
  /** Quizzes with an error: their questions and key points are not counted. */
  readonly quizzesWithErrors: number;
  /** The questions of the quizzes without errors. */
  readonly questions: number;
  /** Whether the files were the whole course; otherwise coverage describes only them. */
  readonly wholeCourse: boolean;
  /** Key points some question of a course quiz (not an example) tests, of all key points. */
  readonly keyPointsTested: number;
  readonly keyPoints: number;
  readonly errors: number;
  readonly warnings: number;
}

/** Everything the checker found. */
export interface CheckReport {
  readonly quizzes: readonly CheckedQuiz[];
  /** Every error and warning, in file and line order. */
  readonly problems: readonly QuizError[];
  readonly summary: CheckSummary;
}

/** A page of the site that may embed quizzes (a lesson, or a page of the guide). */
export interface PageFile {
  readonly path: string;
  /** Lessons list their key points, for the coverage lint. */
  readonly role: 'lesson' | 'guide';
}

/** How to check. */
export interface CheckOptions {
  /** Shows a path in messages; by default relative to the folder the command was typed in (`shownPath`). */
  readonly show?: (path: string) => string;
  /**
   * Lesson and guide pages: lesson quizzes are linted against their lesson's key points, and
   * with `wholeCourse` every page is checked to embed only quizzes that exist.
   */
  readonly pages?: readonly PageFile[];
  /** Reads a page into what the checker needs (the MDX reader is loaded only when pages are). */
  readonly readPage?: (text: string) => LessonPage;
  /**
   * The files are the whole course: also report key points that no question tests, and
   * pages that embed a quiz that does not exist.
   */
  readonly wholeCourse?: boolean;
}

type Draft = {
  -readonly [K in keyof CheckedQuiz]: CheckedQuiz[K] extends readonly (infer T)[]
    ? T[]
    : CheckedQuiz[K];
};

const located = (
  severity: QuizError['severity'],
  file: string,
  position: SourcePosition | undefined,
  path: string,
  message: string,
): QuizError => ({ severity, file, ...(position ?? { line: 1, column: 1 }), path, message });

/** Where the value at `path` is written in a quiz file's text. */
const positionIn = (text: string, path: readonly (string | number)[]) =>
  SourceLocator.fromText(text).locate(path);

/**
 * Orders problems by file, then position, so a report reads top to bottom; the sort is
 * stable, so a file's errors stay before its warnings at the same place.
 */
export function byFileAndPosition(a: QuizError, b: QuizError): number {
  return (
    a.file.localeCompare(b.file, 'en') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}

/** Reads, parses and checks one quiz file on its own. */
async function checkOne(file: QuizFile, show: (path: string) => string): Promise<Draft> {
  const shownPath = show(file.path);
  const draft: Draft = { file, id: quizIdOf(file.path), shownPath, errors: [], warnings: [] };
  const read = await readQuizFile(file.path);
  if (!read.ok) {
    draft.errors.push(located('error', shownPath, undefined, '', read.message));
    return draft;
  }
  const suffix = quizFileSuffix(basename(file.path));
  if (suffix === undefined)
    draft.errors.push(
      located(
        'error',
        shownPath,
        undefined,
        '',
        `quiz files are named <quiz id>${QUIZ_FILE_SUFFIXES.join(' or <quiz id>')}; rename this file`,
      ),
    );
  const result = parseQuiz(read.bytes, { fileName: shownPath, resolve: resolveCourseReference });
  draft.warnings.push(...result.warnings);
  if (!result.ok) {
    draft.errors.push(...result.errors);
    return draft;
  }
  // Valid UTF-8 here: the parser refuses anything else. The decoder drops a BOM as it does.
  const text = new TextDecoder().decode(read.bytes);
  draft.text = text;
  const quiz = result.quiz;
  if (quiz.id !== draft.id)
    draft.errors.push(
      located(
        'error',
        shownPath,
        positionIn(text, ['id']),
        'id',
        `the quiz id '${quiz.id}' does not match the file name '${basename(file.path)}'; lessons embed a quiz by its file name, so rename the file to '${quiz.id}${suffix ?? QUIZ_FILE_SUFFIX}' or change the id to '${draft.id}'`,
      ),
    );
  if (RESERVED_QUIZ_IDS.includes(quiz.id))
    draft.errors.push(
      located(
        'error',
        shownPath,
        positionIn(text, ['id']),
        'id',
        `the quiz id '${quiz.id}' is kept for the course's own use (the progress page's "Review now" plays under it); choose another id and rename the file to match`,
      ),
    );
  quiz.questions.forEach((question, index) => {
    if (question.evidence.length === 0)
      draft.warnings.push(
        located(
          'warning',
          shownPath,
          positionIn(text, ['questions', index]),
          `questions[${index}]`,
          `question '${question.id}' has no evidence anchors; add 'evidence' so that its feedback points to the sentences of the statement that support the answer`,
        ),
      );
  });
  // JSON has no comments: a JSON file names its schema with a "$schema" key, as editors expect.
  const schemaPath =
    SCHEMA_LINE.exec(text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '')?.[1] ?? schemaKey(text);
  if (schemaPath === undefined)
    draft.warnings.push(
      located(
        'warning',
        shownPath,
        undefined,
        '',
        suffix === '.quiz.json'
          ? 'the file has no "$schema" key naming quiz.schema.json, so editors cannot check it as you type; add "$schema": "<path to quiz.schema.json>" as its first key'
          : "the file does not start with the schema line '# yaml-language-server: $schema=<path to quiz.schema.json>', so editors cannot check it as you type",
      ),
    );
  else if (!existsSync(resolve(dirname(file.path), schemaPath)))
    draft.warnings.push(
      located(
        'warning',
        shownPath,
        undefined,
        '',
        `the schema line names '${schemaPath}', which does not exist next to this file; point it at packages/quiz-engine/quiz.schema.json`,
      ),
    );
  if (draft.errors.length === 0) draft.quiz = quiz;
  return draft;
}

/** Reports the second and later quizzes that use an id already taken. */
function checkUniqueIds(drafts: readonly Draft[]): void {
  const first = new Map<string, Draft>();
  for (const draft of drafts) {
    const id = draft.quiz?.id ?? (draft.text === undefined ? undefined : draft.id);
    if (id === undefined) continue;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, draft);
    else {
      draft.errors.push(
        located(
          'error',
          draft.shownPath,
          draft.text === undefined ? undefined : positionIn(draft.text, ['id']),
          'id',
          `the quiz id '${id}' is already used by ${earlier.shownPath}; quiz ids must be unique across the course`,
        ),
      );
      delete draft.quiz;
    }
  }
}

/** The key points a quiz's questions test. */
const keyPointsTestedBy = (quiz: Quiz) => new Set(quiz.questions.flatMap((q) => q.keyPoints));

interface ReadPage {
  readonly page: PageFile;
  readonly shownPath: string;
  readonly content?: LessonPage;
  readonly problems: QuizError[];
}

async function readPages(
  options: CheckOptions,
  show: (path: string) => string,
): Promise<ReadPage[]> {
  const { pages = [], readPage } = options;
  if (readPage === undefined) return [];
  return Promise.all(
    pages.map(async (page): Promise<ReadPage> => {
      const shownPath = show(page.path);
      try {
        const content = readPage(await readFile(page.path, 'utf8'));
        const problems = content.problems.map((problem) =>
          located('error', shownPath, problem.position, '', problem.value),
        );
        if (page.role === 'lesson')
          for (const keyPoint of content.keyPoints ?? []) {
            const resolved = resolveCourseReference({ kind: 'keyPoint', id: keyPoint.value });
            if (!resolved.ok)
              problems.push(
                located('error', shownPath, keyPoint.position, 'key_points', resolved.message),
              );
          }
        return { page, shownPath, content, problems };
      } catch (error) {
        const { message, position } = unreadablePage(error);
        return { page, shownPath, problems: [located('error', shownPath, position, '', message)] };
      }
    }),
  );
}

/** Warns about lesson quizzes that test none of their lesson's key points. */
function lintLessonQuizzes(pages: readonly ReadPage[], drafts: readonly Draft[]): void {
  const byId = new Map(drafts.map((draft) => [draft.id, draft]));
  for (const { page, shownPath, content } of pages) {
    const lessonPoints = content?.keyPoints?.map((point) => point.value) ?? [];
    if (page.role !== 'lesson' || lessonPoints.length === 0) continue;
    for (const embed of content?.quizIds ?? []) {
      const draft = embed.component === 'Quiz' ? byId.get(embed.value) : undefined;
      if (draft?.quiz === undefined || draft.text === undefined) continue;
      const tested = keyPointsTestedBy(draft.quiz);
      if (lessonPoints.some((point) => tested.has(point))) continue;
      draft.warnings.push(
        located(
          'warning',
          draft.shownPath,
          positionIn(draft.text, ['id']),
          'id',
          `the lesson ${shownPath} embeds this quiz, but no question tests the lesson's key points (${lessonPoints.join(', ')}); list one in a question's 'keyPoints'`,
        ),
      );
    }
  }
}

/**
 * Warns about quizzes no page embeds, at their id: a course quiz that no lesson embeds is never
 * seen by learners, a guide example that no page of the guide embeds is never seen by anyone.
 */
function lintUnembedded(
  pages: readonly ReadPage[],
  drafts: readonly Draft[],
  show: (path: string) => string,
): void {
  // A page that cannot be read embeds nothing we know of: say nothing rather than guess.
  if (pages.length === 0 || pages.some((page) => page.content === undefined)) return;
  const embedded = (role: PageFile['role']) =>
    new Set(
      pages
        .filter((page) => page.page.role === role)
        .flatMap((page) => page.content?.quizIds ?? [])
        .filter((embed) => embed.component === 'Quiz')
        .map((embed) => embed.value),
    );
  const byLessons = embedded('lesson');
  const byGuide = embedded('guide');
  const folder = (role: PageFile['role']) => {
    const page = pages.find((candidate) => candidate.page.role === role);
    return page ? show(dirname(page.page.path)) : undefined;
  };
  for (const draft of drafts) {
    if (draft.text === undefined) continue;
    const lesson = draft.file.role === 'course';
    if ((lesson ? byLessons : byGuide).has(draft.id)) continue;
    const where = folder(lesson ? 'lesson' : 'guide');
    draft.warnings.push(
      located(
        'warning',
        draft.shownPath,
        positionIn(draft.text, ['id']),
        'id',
        lesson
          ? `no lesson embeds this quiz, so learners never see it; add <Quiz id="${draft.id}" /> to the lesson it belongs to${where ? ` (in ${where})` : ''}`
          : `no page of the instructors' guide embeds this example; add <Quiz id="${draft.id}" /> to a page${where ? ` of ${where}` : ''}`,
      ),
    );
  }
}

/** Errors for pages that embed quizzes the course does not have. */
function checkEmbeds(
  pages: readonly ReadPage[],
  drafts: readonly Draft[],
  show: (path: string) => string,
): void {
  const ids = drafts.map((draft) => draft.id);
  const known = new Set(ids);
  const folders = [...new Set(drafts.map((draft) => show(dirname(draft.file.path))))];
  for (const { shownPath, content, problems } of pages)
    for (const embed of content?.quizIds ?? []) {
      if (known.has(embed.value)) continue;
      const guess = didYouMean(embed.value, ids);
      const where = folders
        .map((folder) => `${folder}/${embed.value}${QUIZ_FILE_SUFFIX}`)
        .join(' or ');
      problems.push(
        located(
          'error',
          shownPath,
          embed.position,
          '',
          `there is no quiz '${embed.value}' (no file ${where || `${embed.value}${QUIZ_FILE_SUFFIX}`})${guess ? `; did you mean '${guess}'?` : ''}`,
        ),
      );
    }
}

/** Warnings for key points that no question of a course quiz tests. */
function lintCoverage(
  tested: ReadonlySet<string>,
  pages: readonly ReadPage[],
  lessonsFolder: string | undefined,
): QuizError[] {
  return keyPoints()
    .filter((point) => !tested.has(point.id))
    .map((point) => {
      const message = `key point '${point.id}' (${point.title}) is tested by no question of the course's quizzes; add a question with keyPoints: [${point.id}]`;
      for (const { shownPath, content } of pages) {
        const listed = content?.keyPoints?.find((entry) => entry.value === point.id);
        if (listed) return located('warning', shownPath, listed.position, 'key_points', message);
      }
      return {
        severity: 'warning',
        file: lessonsFolder ?? '.',
        path: '',
        message,
      } satisfies QuizError;
    });
}

/**
 * Checks quiz files as the build does: each is read as bytes, parsed by the quiz engine with
 * references resolved against the course content, and must be named after its id, with ids
 * unique among the files. Adds the coverage lint as warnings: questions without evidence,
 * lesson quizzes that test none of their lesson's key points and, for the whole course, key
 * points no question tests. Pure apart from reading the files.
 */
export async function checkQuizFiles(
  files: readonly QuizFile[],
  options: CheckOptions = {},
): Promise<CheckReport> {
  const show = options.show ?? ((path: string) => shownPath(path));
  const drafts = await Promise.all(files.map((file) => checkOne(file, show)));
  checkUniqueIds(drafts);
  const pages = await readPages(options, show);
  lintLessonQuizzes(pages, drafts);
  lintUnembedded(pages, drafts, show);
  const tested = new Set(
    drafts.flatMap((draft) =>
      draft.file.role === 'course' && draft.quiz ? [...keyPointsTestedBy(draft.quiz)] : [],
    ),
  );
  const courseProblems: QuizError[] = [];
  if (options.wholeCourse) {
    checkEmbeds(pages, drafts, show);
    const lessons = pages.filter((page) => page.page.role === 'lesson');
    const lessonsFolder = lessons[0] && show(dirname(lessons[0].page.path));
    courseProblems.push(
      ...pages.flatMap((page) => page.problems),
      ...lintCoverage(tested, lessons, lessonsFolder),
    );
  }
  const problems = [
    ...drafts.flatMap((draft) => [...draft.errors, ...draft.warnings]),
    ...courseProblems,
  ].sort(byFileAndPosition);
  return {
    quizzes: drafts,
    problems,
    summary: {
      quizzes: drafts.length,
      quizzesWithErrors: drafts.filter((draft) => draft.errors.length > 0).length,
      wholeCourse: options.wholeCourse ?? false,
      questions: drafts.reduce((sum, draft) => sum + (draft.quiz?.questions.length ?? 0), 0),
      keyPointsTested: keyPoints().filter((point) => tested.has(point.id)).length,
      keyPoints: keyPoints().length,
      errors: problems.filter((problem) => problem.severity === 'error').length,
      warnings: problems.filter((problem) => problem.severity === 'warning').length,
    },
  };
}
