import { createQuizMachine, type QuizEvent, resultsOf } from '@tmm/quiz-engine';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { courseQuiz } from '../__fixtures__/course';
import { attemptIdOf, attemptRecord } from './attempt-record';
import { emptyProgressDocument, progressSchemas } from './document';
import { recordAttempt } from './record-attempt';

const quiz = courseQuiz('the-meeting');
const finishedAt = new Date('2026-01-05T10:00:00.000Z');

/** Plays lesson 1's quiz: the first question right after a hint, then finishes. */
function playedAttempt(seed: number) {
  const actor = createActor(createQuizMachine(quiz), { input: { seed } }).start();
  const send = (event: QuizEvent) => actor.send(event);
  send({ type: 'quiz.start' });
  send({ type: 'hint.request' });
  send({ type: 'answer.change', answer: { optionId: 'nuclear-and-missile' } });
  send({ type: 'answer.submit' });
  send({ type: 'quiz.finish' });
  const { context } = actor.getSnapshot();
  return { context, results: resultsOf(quiz, context) };
}

describe('the record of a finished attempt', () => {
  it('is an attempt the progress store accepts, with one result per question of the attempt', () => {
    const { context, results } = playedAttempt(7);

    const record = attemptRecord(quiz, context, results, finishedAt);

    expect(progressSchemas().attempt.safeParse(record).success).toBe(true);
    expect(record.questions.map((question) => question.questionId)).toEqual(context.order);
    expect(recordAttempt(emptyProgressDocument(), record).attempts).toEqual([record]);
  });

  it('keeps the engine result, the key points and the content hash of each question', () => {
    const { context, results } = playedAttempt(7);

    const [first, second] = attemptRecord(quiz, context, results, finishedAt).questions;

    expect(first).toEqual({
      questionId: 'dprk-threats',
      questionHash: quiz.questions[0]?.hash,
      keyPointIds: ['denuclearization'],
      mainKeyPointId: 'denuclearization',
      earned: 0.9,
      total: 1,
      accuracy: 0.9,
      correct: true,
      tries: 1,
      hints: 1,
    });
    expect(second).toMatchObject({ questionId: 'three-subjects', earned: 0, tries: 0 });
  });

  it('names an attempt by its quiz, seed and number, so recording it twice adds nothing', () => {
    const { context, results } = playedAttempt(7);
    const record = attemptRecord(quiz, context, results, finishedAt);

    const twice = recordAttempt(recordAttempt(emptyProgressDocument(), record), record);

    expect(attemptIdOf(context)).toBe('the-meeting:7:1');
    expect(twice.attempts).toHaveLength(1);
    expect(attemptIdOf(playedAttempt(8).context)).not.toBe(attemptIdOf(context));
  });
});
