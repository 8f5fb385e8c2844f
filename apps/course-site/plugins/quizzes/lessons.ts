import { readFile } from 'node:fs/promises';
import type { QuizError } from '@tmm/quiz-engine';
import type { Lesson } from './contract';
import { type CourseLayout, pagesIn } from './course-layout';
import { type LessonPage, readLessonPage, unreadablePage } from './lesson-page';
import { shownPath } from './shown-path';

/** The docs plugin's route base path of the lessons (`docusaurus.config.ts` uses it). */
export const LESSONS_ROUTE_BASE_PATH = 'lessons';

/** A lesson with what was read of its page: where it is and the quizzes it embeds. */
export interface LessonFile extends Lesson {
  /** The page's absolute path. */
  readonly path: string;
  /** Everything read from the page: front matter with places, embeds, id lists. */
  readonly page: LessonPage;
}

/** The lessons of the course, in order, and what stands in the way of reading them. */
export interface LessonsRead {
  readonly lessons: readonly LessonFile[];
  readonly problems: readonly QuizError[];
}

/** How to read the lessons. */
export interface ReadLessonsOptions {
  /** The site's `baseUrl`, which permalinks start with; `/` by default. */
  readonly baseUrl?: string;
  /** Shows a path in messages; by default relative to the folder the command was typed in (`shownPath`). */
  readonly show?: (path: string) => string;
}

/**
 * Reads the lessons once, from their front matter, the one place they are described: each
 * page of the lessons folder whose front matter lists `key_points` is a lesson, known by its
 * `slug`, placed by its `sidebar_position` (the order of the sidebar), titled by its `title`;
 * it teaches its key points unless it is an `assessment`. A lesson missing one of these, or a
 * page that is not valid MDX, is a located problem (the build fails on it), never a guess.
 */
export async function readLessons(
  layout: CourseLayout,
  options: ReadLessonsOptions = {},
): Promise<LessonsRead> {
  const show = options.show ?? ((path: string) => shownPath(path));
  const base = `${(options.baseUrl ?? '/').replace(/\/+$/, '')}/${LESSONS_ROUTE_BASE_PATH}`;
  const lessons: LessonFile[] = [];
  const problems: QuizError[] = [];
  const problem = (
    path: string,
    message: string,
    at: { line: number; column: number } = { line: 1, column: 1 },
  ) => problems.push({ severity: 'error', file: show(path), ...at, path: '', message });

  for (const path of await pagesIn(layout.lessons)) {
    let page: LessonPage;
    try {
      page = readLessonPage(await readFile(path, 'utf8'));
    } catch (error) {
      const { message, position } = unreadablePage(error);
      problem(path, message, position);
      continue;
    }
    if (page.keyPoints === undefined) continue;
    const { title, slug, sidebarPosition } = page;
    const missing = [
      title === undefined && "'title'",
      slug === undefined && "'slug'",
      sidebarPosition === undefined && "'sidebar_position'",
    ].filter((name) => name !== false);
    if (title === undefined || slug === undefined || sidebarPosition === undefined) {
      problem(
        path,
        `a lesson (a page whose front matter lists 'key_points') needs ${missing.join(' and ')} in its front matter`,
        { line: 1, column: 1 },
      );
      continue;
    }
    const id = slug.replace(/^\/+/, '');
    lessons.push({
      id,
      number: sidebarPosition,
      title,
      permalink: `${base}/${id}`,
      keyPointIds: page.keyPoints.map((point) => point.value),
      teaches: !page.assessment,
      quizIds: page.quizIds.flatMap((embed) => (embed.component === 'Quiz' ? [embed.value] : [])),
      path,
      page,
    });
  }
  lessons.sort((a, b) => a.number - b.number || a.path.localeCompare(b.path));
  return { lessons, problems };
}

/** A lesson as the site receives it: without what only the build needs. */
export function lessonOf({ path: _path, page: _page, ...lesson }: LessonFile): Lesson {
  return lesson;
}
