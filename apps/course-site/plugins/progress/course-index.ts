import type { Quiz } from '@tmm/quiz-engine';
// zod/mini: the progress page checks its course module with these in the browser.
import * as z from 'zod/mini';
import { lazily } from '../../shared/lazily';
import '../../shared/zod-english';

/** A lesson as the progress page lists it: a doc of the lessons sidebar with `key_points`. */
export interface IndexedLesson {
  /** The doc's slug without its slash (`the-meeting`): lesson completion is keyed to it. */
  readonly id: string;
  /** The doc id (`01-the-meeting`). */
  readonly docId: string;
  readonly title: string;
  /** The sidebar's short name, e.g. `1. The meeting`. */
  readonly label: string;
  readonly permalink: string;
  readonly keyPointIds: readonly string[];
}

/** A question of a course quiz, as mastery needs it (no answers, no text). */
export interface CourseQuestion {
  readonly quizId: string;
  readonly questionId: string;
  readonly questionHash: string;
  readonly keyPointIds: readonly string[];
}

/** What the progress page knows of the course: lessons in order and every live question. */
export interface CourseIndex {
  readonly lessons: readonly IndexedLesson[];
  readonly questions: readonly CourseQuestion[];
}

/** The course quizzes a review session draws its questions from, loaded on demand. */
export interface ReviewPool {
  readonly quizzes: readonly Quiz[];
}

// Every schema here is built on first use (`lazily`): the progress page's bundle holds this
// module, and needs only `courseIndexSchema`, and only once progress is shown.

// The parts of the docs plugin's content this plugin reads: parsed, since Docusaurus hands
// every plugin's content over as unknown.
const sidebarItemSchema = lazily(
  (): z.ZodMiniType<SidebarItem> =>
    z.lazy(() =>
      z.union([
        z.object({ type: z.enum(['doc', 'ref']), id: z.string(), label: z.optional(z.string()) }),
        z.object({ type: z.literal('category'), items: z.array(sidebarItemSchema()) }),
        z.looseObject({ type: z.enum(['link', 'html']) }),
      ]),
    ),
);

type SidebarItem =
  | { type: 'doc' | 'ref'; id: string; label?: string | undefined }
  | { type: 'category'; items: SidebarItem[] }
  | { type: 'link' | 'html'; [key: string]: unknown };

const docsContentSchema = lazily(() =>
  z.object({
    loadedVersions: z
      .array(
        z.object({
          docs: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              slug: z.string(),
              permalink: z.string(),
              frontMatter: z.looseObject({
                key_points: z.optional(z.array(z.string())),
                sidebar_label: z.optional(z.string()),
              }),
            }),
          ),
          sidebars: z.record(z.string(), z.array(sidebarItemSchema())),
        }),
      )
      .check(z.minLength(1)),
  }),
);

// A quiz as the quiz plugin built it (with the engine's parser). The fields read here are
// checked; the rest is the engine's own output and passes through as the engine typed it.
const builtQuizSchema = lazily(() => {
  const builtQuizShape = z.looseObject({
    id: z.string(),
    title: z.string(),
    questions: z.array(
      z.looseObject({ id: z.string(), hash: z.string(), keyPoints: z.array(z.string()) }),
    ),
  });
  return z.custom<Quiz>((value) => builtQuizShape.safeParse(value).success);
});

/** The progress page's course module, checked where the page reads it. */
export const courseIndexSchema = lazily(
  () =>
    z.object({
      lessons: z.array(
        z.object({
          id: z.string(),
          docId: z.string(),
          title: z.string(),
          label: z.string(),
          permalink: z.string(),
          keyPointIds: z.array(z.string()),
        }),
      ),
      questions: z.array(
        z.object({
          quizId: z.string(),
          questionId: z.string(),
          questionHash: z.string(),
          keyPointIds: z.array(z.string()),
        }),
      ),
    }) satisfies z.ZodMiniType<CourseIndex>,
);

/** The review pool module, checked where "Review now" loads it. */
export const reviewPoolSchema = lazily(
  () =>
    z.object({
      quizzes: z.array(builtQuizSchema()),
    }) satisfies z.ZodMiniType<ReviewPool>,
);

const quizContentSchema = lazily(() =>
  z.object({
    quizzes: z.array(
      z.object({
        id: z.string(),
        file: z.object({ role: z.enum(['course', 'example']) }),
        quiz: z.optional(builtQuizSchema()),
      }),
    ),
  }),
);

function docIdsIn(items: readonly SidebarItem[]): string[] {
  return items.flatMap((item) => {
    if (item.type === 'doc' || item.type === 'ref') return [item.id];
    if (item.type === 'category') return docIdsIn(item.items);
    return [];
  });
}

/**
 * The lessons, in the order of the `sidebarId` sidebar of the docs plugin's current version:
 * every doc there whose front matter lists `key_points` (the course introduction lists none).
 */
export function courseLessons(docsContent: unknown, sidebarId: string): IndexedLesson[] {
  const [version] = docsContentSchema().parse(docsContent).loadedVersions;
  if (version === undefined) return [];
  const sidebar = version.sidebars[sidebarId];
  if (sidebar === undefined) throw new Error(`The docs have no sidebar "${sidebarId}".`);
  const docs = new Map(version.docs.map((doc) => [doc.id, doc]));
  return docIdsIn(sidebar).flatMap((id) => {
    const doc = docs.get(id);
    const keyPointIds = doc?.frontMatter.key_points;
    if (doc === undefined || keyPointIds === undefined) return [];
    return [
      {
        id: doc.slug.replace(/^\/+/, ''),
        docId: id,
        title: doc.title,
        label: doc.frontMatter.sidebar_label ?? doc.title,
        permalink: doc.permalink,
        keyPointIds,
      },
    ];
  });
}

/**
 * The course quizzes (not the authoring guide's examples) from the quiz plugin's content;
 * a quiz file with errors has no quiz and is left out (the build fails on it anyway).
 */
export function courseQuizzes(quizContent: unknown): Quiz[] {
  const seen = new Set<string>();
  return quizContentSchema()
    .parse(quizContent)
    .quizzes.flatMap((checked) => {
      // As in the quiz plugin, the first file with an id owns it.
      if (seen.has(checked.id)) return [];
      seen.add(checked.id);
      return checked.file.role === 'course' && checked.quiz !== undefined ? [checked.quiz] : [];
    });
}

/** Every question of the given quizzes, with its content hash and key points. */
export function courseQuestions(quizzes: readonly Quiz[]): CourseQuestion[] {
  return quizzes.flatMap((quiz) =>
    quiz.questions.map((question) => ({
      quizId: quiz.id,
      questionId: question.id,
      questionHash: question.hash,
      keyPointIds: [...question.keyPoints],
    })),
  );
}
