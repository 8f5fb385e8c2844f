import type { Question, QuestionType } from '@tmm/quiz-engine';
import {
  allSentenceIds,
  keyPoints,
  paragraphIds,
  paragraphOf,
  paragraphText,
  sentencesCovered,
} from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';
import { evidenceSentences } from '../apps/course-site/shared/statement-anchor';
import { courseQuizzes, lessons } from './support/course-quizzes';

// The course's quizzes parsed with the engine and checked against the statement, as the site
// builds them, and held to what the course promises its students.

const quizzes = courseQuizzes();

/** The quizzes a lesson embeds, as the build reads the page. */
const embedsOf = (lesson: (typeof lessons)[number]) =>
  lesson.page.quizIds.filter((embed) => embed.component === 'Quiz').map((embed) => embed.value);

const teaching = lessons.filter((lesson) => lesson.teaches);
const lessonQuizzes = teaching.map((lesson) => {
  const found = quizzes.find(({ quiz }) => quiz.id === lesson.id);
  if (!found) throw new Error(`No quiz file ${lesson.id}.quiz.yaml for the lesson ${lesson.id}`);
  return { lesson, quiz: found.quiz };
});
const selfAssessment = quizzes.find(({ quiz }) => quiz.id === 'self-assessment')?.quiz;

const typesOf = (questions: readonly Question[]) =>
  new Set<QuestionType>(questions.map((question) => question.type));

const allQuestions = quizzes.flatMap(({ quiz }) =>
  quiz.questions.map((question) => ({ quiz: quiz.id, question })),
);

/** The sentences a question's evidence touches. */
const citedBy = (question: Question) => new Set(evidenceSentences(question.evidence));

/** The sentences each key point rests on. */
const keyPointSentences = new Map(
  keyPoints().map((point) => [point.id, new Set(sentencesCovered(point.evidence))]),
);
const restsOnSomeKeyPoint = new Set([...keyPointSentences.values()].flatMap((ids) => [...ids]));

/** The statement's body, paragraph after paragraph. */
const body = paragraphIds.map((id) => paragraphText(id)).join('\n');

/** Whether `words` are the statement's, allowing a capital where a quotation starts mid-sentence. */
const inStatement = (words: string) =>
  body.includes(words) || body.includes(`${words.charAt(0).toLowerCase()}${words.slice(1)}`);

/** Every text of a question a learner reads: prompt, options, feedback, hints, explanation… */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value !== null && typeof value === 'object')
    return Object.entries(value)
      .filter(([key]) => !['id', 'hash', 'evidence', 'keyPoints', 'glossary'].includes(key))
      .flatMap(([, item]) => textsOf(item));
  return [];
}

/** The pieces of a quotation between the ellipses that mark its cuts. */
const piecesOf = (quotation: string) =>
  quotation
    .split('…')
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');

describe('the course quizzes', () => {
  it('are one practice quiz for each of the seven teaching lessons, and the self-assessment', () => {
    expect(teaching).toHaveLength(7);
    expect(quizzes.map(({ quiz }) => quiz.id).sort()).toEqual(
      [...teaching.map((lesson) => lesson.id), 'self-assessment'].sort(),
    );
  });

  it('each start with the schema line, so editors check them as they are written', () => {
    for (const { fileName, text } of quizzes)
      expect(text.split('\n')[0], fileName).toBe(
        '# yaml-language-server: $schema=../../../packages/quiz-engine/quiz.schema.json',
      );
  });

  it('test every key point with questions of at least two types', () => {
    const questions = quizzes.flatMap(({ quiz }) => quiz.questions);
    const thin = keyPoints()
      .map((point) => ({
        id: point.id,
        types: [...typesOf(questions.filter((q) => q.keyPoints.includes(point.id)))],
      }))
      .filter(({ types }) => types.length < 2);

    expect(thin).toEqual([]);
  });

  it('give every question evidence, feedback both ways and an explanation', () => {
    const lacking = allQuestions
      .filter(
        ({ question }) =>
          question.evidence.length === 0 ||
          !question.feedback.correct ||
          !question.feedback.incorrect ||
          !question.explanation,
      )
      .map(({ quiz, question }) => `${quiz}/${question.id}`);

    expect(lacking).toEqual([]);
  });

  it('give every select-the-evidence question the sentences its evidence covers as its answer key', () => {
    for (const { quiz, question } of allQuestions)
      if (question.type === 'select-evidence')
        expect(question.evidenceSentenceIds, `${quiz} ${question.id}`).toEqual(
          evidenceSentences(question.evidence),
        );
  });

  it('tag a question with a key point only where its evidence cites a sentence the key point rests on', () => {
    const unsupported = allQuestions.flatMap(({ quiz, question }) => {
      const cited = citedBy(question);
      return question.keyPoints
        .filter((id) => ![...(keyPointSentences.get(id) ?? [])].some((s) => cited.has(s)))
        .map((id) => `${quiz}/${question.id} → ${id}`);
    });

    expect(unsupported).toEqual([]);
  });

  it('leave a question without key points only when no key point rests on the sentences it cites', () => {
    const untagged = allQuestions
      .filter(({ question }) => question.keyPoints.length === 0)
      .filter(({ question }) => [...citedBy(question)].some((s) => restsOnSomeKeyPoint.has(s)))
      .map(({ quiz, question }) => `${quiz}/${question.id}`);

    expect(untagged).toEqual([]);
  });

  it('cite every sentence of the statement, p1.s1 to p8.s3, as evidence of some question', () => {
    const cited = evidenceSentences(allQuestions.flatMap(({ question }) => question.evidence));

    expect(allSentenceIds().filter((id) => !cited.includes(id))).toEqual([]);
  });

  it('quote the statement word for word wherever they put words in quotation marks, a cut marked with …', () => {
    const misquoted = allQuestions.flatMap(({ quiz, question }) =>
      textsOf(question).flatMap((text) =>
        [...text.matchAll(/“([^”]*)”/g)]
          .filter(([, quotation = '']) => !piecesOf(quotation).every(inStatement))
          .map(([quoted]) => `${quiz}/${question.id}: ${quoted}`),
      ),
    );

    expect(misquoted).toEqual([]);
  });

  it('give the statement\'s exact words, in order, in every blank introduced by "Complete the"', () => {
    const completions = allQuestions.flatMap(({ quiz, question }) =>
      question.type === 'fill-in-the-blank' && question.prompt.startsWith('Complete the')
        ? [{ where: `${quiz}/${question.id}`, question }]
        : [],
    );
    const inexact = completions.filter(({ question }) => {
      const filled = question.text.replace(
        /\{\{([^}]+)\}\}/g,
        (_, id: string) => question.blanks.find((blank) => blank.id === id)?.accept[0] ?? '',
      );
      let from = 0;
      return !piecesOf(filled).every((piece) => {
        const at = body.indexOf(piece, from);
        from = at + piece.length;
        return at !== -1;
      });
    });

    expect(completions.length).toBeGreaterThanOrEqual(9);
    expect(inexact.map(({ where }) => where)).toEqual([]);
  });
});

describe('each lesson quiz', () => {
  it.each(lessonQuizzes.map(({ lesson, quiz }) => [lesson.id, quiz] as const))(
    'in %s is a practice quiz of 4 to 6 questions in 3 or more types, select-the-evidence among them, with a hint ladder',
    (_, quiz) => {
      const types = typesOf(quiz.questions);

      expect(quiz.behaviour).toBe('practice');
      expect(quiz.questions.length).toBeGreaterThanOrEqual(4);
      expect(quiz.questions.length).toBeLessThanOrEqual(6);
      expect(types.size).toBeGreaterThanOrEqual(3);
      expect(types).toContain('select-evidence');
      expect(quiz.questions.some((question) => question.hints.length >= 2)).toBe(true);
    },
  );

  it.each(lessonQuizzes.map(({ lesson, quiz }) => [lesson.id, lesson, quiz] as const))(
    'in %s is embedded in its lesson and tests only the key points the lesson lists',
    (_, lesson, quiz) => {
      const tested = [...new Set(quiz.questions.flatMap((question) => question.keyPoints))];

      expect(embedsOf(lesson)).toEqual([quiz.id]);
      expect(tested.filter((id) => !lesson.keyPointIds.includes(id))).toEqual([]);
    },
  );
});

describe('the self-assessment', () => {
  const cited = new Set(
    evidenceSentences((selfAssessment?.questions ?? []).flatMap((q) => q.evidence)),
  );

  it('cites every paragraph of the statement', () => {
    const paragraphs = new Set([...cited].map((id) => paragraphOf(id)));

    expect([...paragraphIds].filter((id) => !paragraphs.has(id))).toEqual([]);
  });

  it('cites every sentence a key point rests on, p2.s5 and p2.s6 among them', () => {
    const missing = [...restsOnSomeKeyPoint].filter((id) => !cited.has(id));

    expect(cited).toContain('p2.s5');
    expect(cited).toContain('p2.s6');
    expect(missing).toEqual([]);
  });

  it('is a test that draws questions per key point from a pool over every key point', () => {
    const firstKeyPoints = new Set(selfAssessment?.questions.map((q) => q.keyPoints[0]));

    expect(selfAssessment?.behaviour).toBe('test');
    expect(selfAssessment?.settings.pool?.perKeyPoint).toBe(true);
    expect([...firstKeyPoints].sort()).toEqual(
      keyPoints()
        .map((point) => point.id)
        .sort(),
    );
  });

  it('offers each key point more questions than an attempt draws, in at least two types', () => {
    const draw = selfAssessment?.settings.pool?.draw ?? 0;
    const pools = keyPoints().map((point) => {
      const pool = selfAssessment?.questions.filter((q) => q.keyPoints[0] === point.id) ?? [];
      return { id: point.id, size: pool.length, types: typesOf(pool).size };
    });

    expect(pools.filter(({ size, types }) => size <= draw || types < 2)).toEqual([]);
  });

  it('is embedded on the self-assessment page', () => {
    const page = lessons.find((lesson) => lesson.id === 'self-assessment');

    expect(page?.teaches).toBe(false);
    expect(page && embedsOf(page)).toEqual(['self-assessment']);
  });
});
