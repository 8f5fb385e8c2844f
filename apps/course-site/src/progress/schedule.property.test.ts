import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { result, reviewAttempt } from './__fixtures__/attempts';
import { emptyProgressDocument, type ProgressDocument, type QuestionRecord } from './document';
import { keyPointOutcomes, ratingFor } from './rating';
import { reviewCard, scheduleAttempt } from './schedule';

// Properties of the review scheduler over any history: a miss never brings a key point back
// later than a right answer from the same state, and a sure miss never later than an unsure one.

const KEY_POINTS = ['denuclearization', 'information-sharing', 'ukraine'] as const;
const START = Date.parse('2025-03-01T10:00:00.000Z');
const MINUTE = 60 * 1000;

type Confidence = 1 | 2 | 3 | undefined;
const confidence = fc.constantFrom<Confidence>(1, 2, 3, undefined);

/** One answer as the engine records it: correct on some try, or a miss with some credit. */
const answer = fc
  .record({
    keyPoint: fc.constantFrom(...KEY_POINTS),
    correct: fc.boolean(),
    credit: fc.constantFrom(0, 0.25, 0.5, 0.75),
    tries: fc.integer({ min: 1, max: 2 }),
    hints: fc.integer({ min: 0, max: 2 }),
    confidence,
  })
  .map(({ keyPoint, ...rest }) => record(`q-${keyPoint}`, keyPoint, rest));

function record(
  questionId: string,
  keyPoint: string,
  a: { correct: boolean; credit: number; tries: number; hints: number; confidence: Confidence },
): QuestionRecord {
  const accuracy = a.correct
    ? Math.max(0, 1 - (a.tries - 1) / 3 - 0.1 * a.hints)
    : Math.max(0, a.credit - 0.1 * a.hints);
  return result(questionId, [keyPoint], a.correct ? 1 : a.credit, {
    accuracy,
    earned: accuracy,
    correct: a.correct,
    tries: a.tries,
    hints: a.hints,
    ...(a.confidence === undefined ? {} : { confidence: a.confidence }),
  });
}

/** A history: attempts minutes to weeks apart, each with a few answers. */
const history = fc.array(
  fc.record({
    gapMinutes: fc.integer({ min: 1, max: 30 * 24 * 60 }),
    answers: fc.array(answer, { minLength: 1, maxLength: 4 }),
  }),
  { maxLength: 8 },
);

function play(steps: readonly { gapMinutes: number; answers: QuestionRecord[] }[]) {
  let document: ProgressDocument = emptyProgressDocument();
  let at = START;
  steps.forEach((step, index) => {
    at += step.gapMinutes * MINUTE;
    const attempt = reviewAttempt(
      `h${index}`,
      new Date(at).toISOString(),
      step.answers.map((question) => ({ quizId: 'lesson-1-quiz', ...question })),
    );
    document = scheduleAttempt(document, attempt);
  });
  return { document, at };
}

/** The due date of `keyPoint` after one more attempt with `answers`, `gapMinutes` later. */
function dueAfter(
  start: { document: ProgressDocument; at: number },
  gapMinutes: number,
  answers: readonly QuestionRecord[],
  keyPoint: string,
): number {
  const finishedAt = new Date(start.at + gapMinutes * MINUTE).toISOString();
  const attempt = reviewAttempt(
    'next',
    finishedAt,
    answers.map((question) => ({ quizId: 'lesson-1-quiz', ...question })),
  );
  const card = scheduleAttempt(start.document, attempt).cards[keyPoint];
  if (card === undefined) throw new Error(`no card for ${keyPoint}`);
  return Date.parse(card.due);
}

const RUNS = { numRuns: 300 };

describe('the review scheduler, over any history', () => {
  it('never schedules a miss later than a right answer from the same state', () => {
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 1, max: 60 * 24 * 60 }),
        fc.constantFrom(...KEY_POINTS),
        fc.record({ tries: fc.integer({ min: 1, max: 2 }), hints: fc.integer({ min: 0, max: 2 }) }),
        confidence,
        fc.record({ credit: fc.constantFrom(0, 0.25, 0.5, 0.75), confidence }),
        (steps, gap, keyPoint, rightWork, rightConfidence, miss) => {
          const start = play(steps);
          const right = record('q-next', keyPoint, {
            correct: true,
            credit: 1,
            ...rightWork,
            confidence: rightConfidence,
          });
          const wrong = record('q-next', keyPoint, {
            correct: false,
            credit: miss.credit,
            tries: 2,
            hints: 0,
            confidence: miss.confidence,
          });
          expect(dueAfter(start, gap, [wrong], keyPoint)).toBeLessThanOrEqual(
            dueAfter(start, gap, [right], keyPoint),
          );
        },
      ),
      RUNS,
    );
  });

  it('never schedules an attempt with a miss later than the same attempt all right', () => {
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 1, max: 60 * 24 * 60 }),
        fc.array(answer, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.record({ credit: fc.constantFrom(0, 0.25, 0.5, 0.75), confidence }),
        (steps, gap, answers, pick, miss) => {
          const start = play(steps);
          const allRight = answers.map((question) => ({
            ...question,
            correct: true,
            earned: 1,
            accuracy: 1,
          }));
          const index = pick % allRight.length;
          const missed = allRight.map((question, i) =>
            i === index
              ? record(question.questionId, question.keyPointIds[0] ?? '', {
                  correct: false,
                  credit: miss.credit,
                  tries: 1,
                  hints: 0,
                  confidence: miss.confidence,
                })
              : question,
          );
          const keyPoint = missed[index]?.keyPointIds[0] ?? '';
          expect(dueAfter(start, gap, missed, keyPoint)).toBeLessThanOrEqual(
            dueAfter(start, gap, allRight, keyPoint),
          );
        },
      ),
      RUNS,
    );
  });

  it('never schedules a sure miss later than an unsure miss with the same credit', () => {
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 1, max: 60 * 24 * 60 }),
        fc.constantFrom(...KEY_POINTS),
        fc.constantFrom(0, 0.25, 0.5, 0.75),
        fc.constantFrom<Confidence>(1, 2, undefined),
        (steps, gap, keyPoint, credit, unsure) => {
          const start = play(steps);
          const miss = (level: Confidence) =>
            record('q-next', keyPoint, {
              correct: false,
              credit,
              tries: 1,
              hints: 0,
              confidence: level,
            });
          expect(dueAfter(start, gap, [miss(3)], keyPoint)).toBeLessThanOrEqual(
            dueAfter(start, gap, [miss(unsure)], keyPoint),
          );
        },
      ),
      RUNS,
    );
  });

  it('rates a miss no higher than hard, and a sure miss again', () => {
    fc.assert(
      fc.property(fc.array(answer, { minLength: 1, maxLength: 6 }), (answers) => {
        const attempt = reviewAttempt(
          'r',
          new Date(START).toISOString(),
          answers.map((question) => ({ quizId: 'lesson-1-quiz', ...question })),
        );
        for (const outcome of keyPointOutcomes(attempt)) {
          const rating = ratingFor(outcome);
          if (outcome.sureMiss) expect(rating).toBe('again');
          else if (outcome.missed) expect(['again', 'hard']).toContain(rating);
        }
      }),
      RUNS,
    );
  });

  it('orders FSRS due dates by rating from any card state: again ≤ hard ≤ good ≤ easy', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 60 * 24 * 60 }), (steps, gap) => {
        const start = play(steps);
        const at = new Date(start.at + gap * MINUTE);
        for (const card of Object.values(start.document.cards)) {
          const due = (['again', 'hard', 'good', 'easy'] as const).map((rating) =>
            Date.parse(reviewCard(card, rating, at).card.due),
          );
          expect([...due].sort((a, b) => a - b)).toEqual(due);
        }
      }),
      RUNS,
    );
  });
});
