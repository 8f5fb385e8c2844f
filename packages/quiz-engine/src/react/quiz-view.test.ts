import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  EVERY_TYPE_YAML,
  PRACTICE_YAML,
  sampleQuiz,
  TEST_YAML,
} from '../__fixtures__/sample-quizzes';
import type { QuizEvent } from '../machine/quiz-events';
import { createQuizMachine } from '../machine/quiz-machine';
import type { Quiz } from '../quiz';
import { quizView } from './quiz-view';

const practice = sampleQuiz(PRACTICE_YAML);
const test = sampleQuiz(TEST_YAML);
const everyType = sampleQuiz(EVERY_TYPE_YAML);

function viewAfter(quiz: Quiz, events: QuizEvent[]) {
  const actor = createActor(createQuizMachine(quiz), { input: { seed: 2 } }).start();
  for (const event of events) actor.send(event);
  return quizView(quiz, actor.getSnapshot());
}

const start: QuizEvent = { type: 'quiz.start' };
const submit: QuizEvent = { type: 'answer.submit' };

describe('quizView', () => {
  it('shows the intro with no question', () => {
    const view = viewAfter(practice, []);
    expect(view).toMatchObject({ phase: 'intro', behaviour: 'practice', attempt: 1, answered: 0 });
    expect(view.question).toBeUndefined();
    expect(view.navigator.map((entry) => entry.status)).toEqual(['unanswered', 'unanswered']);
  });

  it('shows the question, its choice order and whether it can be submitted', () => {
    const view = viewAfter(practice, [start]);
    expect(view.phase).toBe('answering');
    expect(view.question).toMatchObject({
      index: 0,
      count: 2,
      canSubmit: false,
      complete: false,
      triesLeft: 2,
    });
    expect([...(view.question?.choiceOrder ?? [])].sort()).toEqual(['a', 'b']);
    const ready = viewAfter(practice, [
      start,
      { type: 'answer.change', answer: { optionId: 'a' } },
    ]);
    expect(ready.question).toMatchObject({ canSubmit: true, complete: true });
    expect(ready.navigator[0]?.status).toBe('answered');
  });

  it('reveals hints one by one', () => {
    const view = viewAfter(practice, [start, { type: 'hint.request' }]);
    expect(view.question).toMatchObject({ hints: ['It is the first.'], canRequestHint: false });
  });

  it('gives feedback after a wrong try without revealing the right answer', () => {
    const view = viewAfter(everyType, [
      start,
      { type: 'answer.change', answer: { optionId: 'b' } },
      submit,
    ]);
    expect(view.phase).toBe('feedback');
    expect(view.question?.feedback).toEqual({
      status: 'incorrect',
      message: 'Look at the first sentence.',
      notes: ['Beta comes second.'],
      parts: [{ id: 'b', status: 'incorrect' }],
      final: false,
      evidence: [],
    });
    expect(view.navigator[0]?.status).toBe('incorrect');
  });

  it('reveals the explanation, the evidence and the right answer once the question is closed', () => {
    const view = viewAfter(everyType, [
      start,
      { type: 'answer.change', answer: { optionId: 'a' } },
      submit,
    ]);
    expect(view.question?.feedback).toMatchObject({
      status: 'correct',
      message: 'Right.',
      notes: ['Yes.'],
      final: true,
      explanation: 'The first sentence names alpha.',
      evidence: [{ paragraph: 'p1', exact: 'Alpha opens' }],
    });
  });

  it('keeps marks hidden in a test until it is finished', () => {
    const events: QuizEvent[] = [start, { type: 'answer.change', answer: { value: false } }];
    const during = viewAfter(test, events);
    expect(during.question?.feedback).toBeUndefined();
    expect(during.navigator[0]?.status).toBe('answered');
    expect(during.results).toBeUndefined();
    const after = viewAfter(test, [...events, { type: 'quiz.finish' }]);
    expect(after.phase).toBe('finished');
    expect(after.navigator.map((entry) => entry.status)).toEqual(['incorrect', 'unanswered']);
    expect(after.question?.feedback).toMatchObject({ status: 'incorrect', final: true });
    expect(after.results).toMatchObject({ finished: true, total: 2 });
  });

  it('shows the results of a finished attempt, then a question reviewed with its final feedback', () => {
    const finished = [
      start,
      { type: 'answer.change', answer: { value: false } },
      { type: 'quiz.finish' },
    ] satisfies QuizEvent[];
    expect(viewAfter(test, finished).phase).toBe('finished');
    const reviewing = viewAfter(test, [...finished, { type: 'question.go', index: 1 }]);
    expect(reviewing.phase).toBe('reviewing');
    expect(reviewing.question).toMatchObject({
      index: 1,
      canChangeAnswer: false,
      canSubmit: false,
    });
    expect(reviewing.question?.feedback).toMatchObject({ status: 'unanswered', final: true });
    const back = viewAfter(test, [
      ...finished,
      { type: 'question.go', index: 1 },
      { type: 'results.show' },
    ]);
    expect(back.phase).toBe('finished');
  });

  it('lets an ordering left as shown be checked, though it is not yet answered', () => {
    const view = viewAfter(everyType, [start, { type: 'question.go', index: 4 }]);
    expect(view.question).toMatchObject({ canSubmit: true, complete: false });
    expect(view.navigator[4]?.status).toBe('unanswered');
  });

  it('shows no question on the test review page, and counts what is answered', () => {
    const view = viewAfter(test, [
      start,
      { type: 'answer.change', answer: { value: true } },
      { type: 'question.next' },
      { type: 'answer.change', answer: { blanks: { x: '' } } },
      { type: 'question.next' },
    ]);
    expect(view.phase).toBe('review');
    expect(view.question).toBeUndefined();
    expect(view.navigator.map((entry) => entry.status)).toEqual(['answered', 'incomplete']);
    expect(view.answered).toBe(1);
  });

  it('passes on the notice of a refused submission', () => {
    const view = viewAfter(practice, [start, submit]);
    expect(view.question?.notice).toBe('Choose an option.');
  });
});
