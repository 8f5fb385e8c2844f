import { describe, expect, it } from 'vitest';
import { questionKey } from '../../shared/question-ref';
import { REVIEW_QUIZ_ID } from '../../shared/reserved-quiz-ids';
import { oldDocuments } from './__fixtures__/documents';
import { answersIn } from './answers';
import { CURRENT_PROGRESS_VERSION } from './document';
import { openLesson } from './lessons';
import { masteryByKeyPoint } from './mastery';
import { parseProgressText } from './parse-document';
import { createProgressStore, type StorageLike } from './storage';

/**
 * The course's questions as they were when these documents were stored: the questions their
 * answers name, with the hashes and key points they had then. (The course's questions have
 * changed since; answers to a changed question stop counting, which is the mastery rule's
 * business, not the migration's.)
 */
const questionsWhenStored = (document: Parameters<typeof answersIn>[0]) => [
  ...new Map(
    answersIn(document).map(({ quizId, result }) => [
      questionKey({ quizId, questionId: result.questionId }),
      {
        quizId,
        questionId: result.questionId,
        ...(result.questionHash === undefined ? {} : { questionHash: result.questionHash }),
        keyPointIds: result.keyPointIds,
      },
    ]),
  ).values(),
];

/** A stored answer as version 4 reads it: naming its main key point, the first it lists. */
const withMain = <R extends { keyPointIds: string[] }>(record: R) =>
  record.keyPointIds.length === 0 ? record : { ...record, mainKeyPointId: record.keyPointIds[0] };

/** A stored attempt as version 4 reads it: every answer naming its main key point. */
const inV4 = (attempt: { questions?: { keyPointIds: string[] }[] }) =>
  attempt.questions === undefined
    ? attempt
    : { ...attempt, questions: attempt.questions.map(withMain) };

/** Reads stored text as the store does; fails the test if it cannot. */
function read(text: string) {
  const result = parseProgressText(text);
  if (!result.ok) throw new Error(`${result.reason}: ${result.message} at ${result.path}`);
  return result;
}

describe('a version 2 document holding a "Review now" session, as the site stored it', () => {
  const stored = JSON.parse(oldDocuments.v2LessonAndReview);
  const oldReview = stored.attempts.find(
    (attempt: { quizId?: string }) => attempt.quizId === REVIEW_QUIZ_ID,
  );

  it('is read as the current version, from version 2', () => {
    const { document, fromVersion } = read(oldDocuments.v2LessonAndReview);

    expect(fromVersion).toBe(2);
    expect(document.version).toBe(CURRENT_PROGRESS_VERSION);
  });

  it('has its review session become a review attempt with the same id and finish time', () => {
    const { document } = read(oldDocuments.v2LessonAndReview);

    const review = document.attempts.find((attempt) => attempt.attemptId === oldReview.attemptId);

    expect(review).toMatchObject({ kind: 'review', finishedAt: oldReview.finishedAt });
    expect(document.attempts.some((a) => a.kind === 'quiz' && a.quizId === REVIEW_QUIZ_ID)).toBe(
      false,
    );
  });

  it('keeps every answer of the session, each naming the real quiz and question', () => {
    const { document } = read(oldDocuments.v2LessonAndReview);
    const review = document.attempts.find((attempt) => attempt.attemptId === oldReview.attemptId);

    expect(review?.kind === 'review' && review.questions).toEqual(
      oldReview.questions.map(({ questionId, ...result }: { questionId: string }) => {
        const [quizId, id] = questionId.split('--');
        return withMain({ quizId, questionId: id, ...(result as { keyPointIds: string[] }) });
      }),
    );
    expect(oldReview.questions).toHaveLength(6);
  });

  it('keeps the lesson quiz, the lessons, the cards, the review logs and the snapshots as they were', () => {
    const { document } = read(oldDocuments.v2LessonAndReview);

    expect(document.attempts.filter((attempt) => attempt.kind === 'quiz')).toEqual(
      stored.attempts
        .filter((attempt: { quizId: string }) => attempt.quizId !== REVIEW_QUIZ_ID)
        .map(inV4),
    );
    expect(document.lessons).toEqual(stored.lessons);
    expect(document.cards).toEqual(stored.cards);
    expect(document.reviewLogs).toEqual(stored.reviewLogs);
    expect(document.snapshots).toEqual(stored.snapshots);
  });

  it('counts the review’s answers toward mastery of the course questions they were to', () => {
    const { document } = read(oldDocuments.v2LessonAndReview);

    const answers = answersIn(document);
    const fromReview = answers.filter((answer) => answer.attemptKind === 'review');
    const mastery = masteryByKeyPoint(document, {
      live: questionsWhenStored(document),
      keyPointIds: ['denuclearization'],
    });

    expect(answers).toHaveLength(5 + 6);
    expect(fromReview.map((answer) => [answer.quizId, answer.result.questionId])).toEqual(
      oldReview.questions.map(({ questionId }: { questionId: string }) => questionId.split('--')),
    );
    // Lesson 1 asked two questions on it; the review asked both again (one missed though sure)
    // and one of lesson 2's.
    expect(mastery[0]?.answers).toBe(2 + 3);
  });
});

describe('a version 2 document with two lessons done and a quiz unfinished, as the site stored it', () => {
  const stored = JSON.parse(oldDocuments.v2TwoLessonsAndUnfinishedQuiz);

  it('is read with every attempt, lesson, card, review log and the unfinished quiz unchanged', () => {
    const { document, fromVersion } = read(oldDocuments.v2TwoLessonsAndUnfinishedQuiz);

    expect(fromVersion).toBe(2);
    expect(document).toEqual({
      ...stored,
      version: CURRENT_PROGRESS_VERSION,
      attempts: stored.attempts.map(inV4),
      // Each lesson completed counts as opened then; nothing was compacted.
      lessonsOpened: Object.fromEntries(
        Object.entries(stored.lessons as Record<string, { completedAt: string }>).map(
          ([lessonId, { completedAt }]) => [lessonId, { openedAt: completedAt }],
        ),
      ),
      summary: { through: null, attempts: 0, totalAnswers: 0, attemptIds: [], keyPoints: {} },
    });
    expect(Object.keys(document.lessonsOpened)).toHaveLength(2);
    expect(Object.keys(document.snapshots)).toEqual(['missile-warning-data']);
  });
});

describe('a version 3 document with three lessons and a review, as the site stored it', () => {
  const stored = JSON.parse(oldDocuments.v3ThreeLessonsAndReview);

  it('is read as the current version, every answer naming the main key point it counted for', () => {
    const { document, fromVersion } = read(oldDocuments.v3ThreeLessonsAndReview);

    expect(fromVersion).toBe(3);
    expect(document).toEqual({
      ...stored,
      version: CURRENT_PROGRESS_VERSION,
      attempts: stored.attempts.map(inV4),
      lessonsOpened: {
        'the-meeting': { openedAt: stored.lessons['the-meeting'].completedAt },
        'dprk-threat': { openedAt: stored.lessons['dprk-threat'].completedAt },
        'missile-warning-data': { openedAt: stored.lessons['missile-warning-data'].completedAt },
      },
      summary: { through: null, attempts: 0, totalAnswers: 0, attemptIds: [], keyPoints: {} },
    });
    expect(answersIn(document)).toHaveLength(6 * 3 + 10);
    expect(
      answersIn(document).every(({ result }) => result.mainKeyPointId === result.keyPointIds[0]),
    ).toBe(true);
  });

  it('keeps every figure version 3 showed for the course as it was then', () => {
    const { document } = read(oldDocuments.v3ThreeLessonsAndReview);
    const live = questionsWhenStored(document);
    const taughtBy = new Map([
      ['denuclearization', ['the-meeting', 'dprk-threat']],
      ['free-open-indo-pacific', ['exercises-and-cooperation']],
    ]);

    const mastery = masteryByKeyPoint(document, { live, taughtBy });

    // Version 3 counted an answer for its live question's first key point: with the course as
    // it was, that is the main key point each answer now records, so the counts are the same.
    const firstKeyPoints = answersIn(document).map(({ result }) => result.keyPointIds[0]);
    for (const entry of mastery)
      expect(entry.answers, entry.keyPointId).toBe(
        firstKeyPoints.filter((id) => id === entry.keyPointId).length,
      );
    // Its lessons were completed, so opened: the lesson gate holds back only the unopened one.
    expect(mastery.find((entry) => entry.keyPointId === 'denuclearization')?.lessonsOpened).toBe(
      true,
    );
    expect(
      mastery.find((entry) => entry.keyPointId === 'free-open-indo-pacific')?.lessonsOpened,
    ).toBe(false);
  });

  it('is written back by the store as version 4, nothing lost', () => {
    const items = new Map([['tmm-course-progress', oldDocuments.v3ThreeLessonsAndReview]]);
    const storage: StorageLike = {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
      key: (index) => [...items.keys()][index] ?? null,
      get length() {
        return items.size;
      },
    };
    // A day after the review: nothing is old enough to summarize yet.
    const store = createProgressStore({
      storage,
      events: null,
      now: () => new Date('2030-05-11T09:00:00.000Z'),
    });

    store.update((document) => ({ ...document, lessonsOpened: { ...document.lessonsOpened } }));
    store.update((document) =>
      openLesson(document, 'information-sharing', new Date('2030-05-11T09:00:00.000Z')),
    );

    expect(store.getNotices()).toEqual([]);
    const written = JSON.parse(items.get('tmm-course-progress') ?? '');
    expect(written.version).toBe(4);
    expect(written.attempts).toEqual(stored.attempts.map(inV4));
    expect(written.cards).toEqual(stored.cards);
    expect(written.reviewLogs).toEqual(stored.reviewLogs);
    expect(Object.keys(written.lessonsOpened)).toHaveLength(4);
  });
});

describe('a version 1 document', () => {
  it('is read through every migration, each best score kept as a legacy attempt', () => {
    const { document, fromVersion } = read(oldDocuments.v1BestScores);

    expect(fromVersion).toBe(1);
    expect(document.version).toBe(CURRENT_PROGRESS_VERSION);
    expect(document.attempts).toEqual([
      {
        kind: 'legacy',
        attemptId: 'v1:the-meeting',
        quizId: 'the-meeting',
        finishedAt: '2025-02-01T09:00:00.000Z',
        bestScore: 0.8,
      },
      {
        kind: 'legacy',
        attemptId: 'v1:dprk-threat',
        quizId: 'dprk-threat',
        finishedAt: '2025-02-03T18:30:00.000+09:00',
        bestScore: 0.5,
      },
    ]);
  });
});

describe('a damaged version 2 document', () => {
  const damaged = JSON.parse(oldDocuments.v2LessonAndReview);
  damaged.attempts[1].questions[2].tries = -1;
  const text = JSON.stringify(damaged);

  it('is refused as version 2, naming where it is damaged', () => {
    expect(parseProgressText(text)).toMatchObject({
      ok: false,
      reason: 'invalid',
      version: 2,
      path: 'attempts[1].questions[2].tries',
    });
  });

  it('is set aside by the store as a backup, never dropped', () => {
    const items = new Map([['tmm-course-progress', text]]);
    const storage: StorageLike = {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
      key: (index) => [...items.keys()][index] ?? null,
      get length() {
        return items.size;
      },
    };

    const store = createProgressStore({ storage, events: null, now: () => new Date(0) });

    expect(store.getNotices()[0]).toMatchObject({
      kind: 'recovered',
      reason: 'invalid',
      raw: text,
    });
    expect(items.get('tmm-course-progress.backup.1970-01-01T00:00:00.000Z')).toBe(text);
  });
});

describe('a version 2 attempt at the review quiz whose question ids name no quiz', () => {
  it('is kept as it was: it counted for nothing and still counts for nothing', () => {
    const stored = JSON.parse(oldDocuments.v2LessonAndReview);
    const odd = {
      ...stored.attempts[1],
      attemptId: 'odd',
      questions: [stored.attempts[0].questions[0]],
    };
    stored.attempts.push(odd);

    const { document } = read(JSON.stringify(stored));

    expect(document.attempts.find((attempt) => attempt.attemptId === 'odd')).toEqual(inV4(odd));
  });
});
