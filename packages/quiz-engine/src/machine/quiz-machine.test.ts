import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  EVERY_TYPE_YAML,
  PRACTICE_YAML,
  sampleQuiz,
  TEST_YAML,
} from '../__fixtures__/sample-quizzes';
import type { Quiz } from '../quiz';
import type { QuizEvent } from './quiz-events';
import { createQuizMachine } from './quiz-machine';
import { replay } from './replay';
import { resultsOf } from './results-of';

const practice = sampleQuiz(PRACTICE_YAML);
const test = sampleQuiz(TEST_YAML);
const practiceWithConfidence = sampleQuiz(
  PRACTICE_YAML.replace('hintCost: 0.25 }', 'hintCost: 0.25, confidence: true }'),
);

/** Starts an actor for `quiz` and sends `events` to it. */
function run(quiz: Quiz, events: QuizEvent[], seed = 1) {
  const actor = createActor(createQuizMachine(quiz), { input: { seed } }).start();
  for (const event of events) actor.send(event);
  return actor;
}

const start: QuizEvent = { type: 'quiz.start' };
const submit: QuizEvent = { type: 'answer.submit' };
const choose = (optionId: string): QuizEvent => ({ type: 'answer.change', answer: { optionId } });
const select = (...optionIds: string[]): QuizEvent => ({
  type: 'answer.change',
  answer: { optionIds },
});
const work = (actor: ReturnType<typeof run>, id: string) =>
  actor.getSnapshot().context.questions[id];

describe('the quiz machine in practice behaviour', () => {
  it('starts at the intro and moves to answering the first question', () => {
    const actor = run(practice, []);
    expect(actor.getSnapshot().value).toBe('intro');
    actor.send(start);
    expect(actor.getSnapshot().value).toEqual({ practice: 'answering' });
    expect(actor.getSnapshot().context.order).toEqual(['one', 'two']);
  });

  it('refuses an incomplete answer without costing a try', () => {
    const actor = run(practice, [start, submit]);
    expect(actor.getSnapshot().value).toEqual({ practice: 'answering' });
    expect(work(actor, 'one')).toMatchObject({ tries: [], notice: 'Choose an option.' });
  });

  it('clears the notice when the answer changes', () => {
    const actor = run(practice, [start, submit, choose('b')]);
    expect(work(actor, 'one')?.notice).toBeUndefined();
  });

  it('gives feedback after a wrong try and lets the learner try again', () => {
    const actor = run(practice, [start, choose('b'), submit]);
    expect(actor.getSnapshot().value).toEqual({ practice: 'feedback' });
    expect(work(actor, 'one')).toMatchObject({ tries: [0], closed: false, pending: false });
    actor.send(choose('a'));
    expect(actor.getSnapshot().value).toEqual({ practice: 'answering' });
    actor.send(submit);
    expect(work(actor, 'one')).toMatchObject({ tries: [0, 1], closed: true });
  });

  it('takes the penalty for the second try off the marks', () => {
    const actor = run(practice, [start, choose('b'), submit, choose('a'), submit]);
    const [one] = resultsOf(practice, actor.getSnapshot().context).questions;
    expect(one).toMatchObject({
      earned: 0.5,
      total: 1,
      tries: 2,
      correct: true,
      status: 'correct',
    });
  });

  it('closes a question when its tries run out', () => {
    const actor = run(practice, [start, choose('b'), submit, choose('b'), submit]);
    expect(work(actor, 'one')).toMatchObject({ tries: [0, 0], closed: true });
    actor.send(choose('a'));
    expect(work(actor, 'one')?.answer).toEqual({ optionId: 'b' });
  });

  it('counts hints and takes their cost off the marks', () => {
    const actor = run(practice, [start, { type: 'hint.request' }, { type: 'hint.request' }]);
    expect(work(actor, 'one')?.hintsUsed).toBe(1);
    actor.send(choose('a'));
    actor.send(submit);
    expect(resultsOf(practice, actor.getSnapshot().context).questions[0]).toMatchObject({
      earned: 0.75,
      hintsUsed: 1,
    });
  });

  it('ignores an answer of the wrong shape', () => {
    const actor = run(practice, [start, { type: 'answer.change', answer: { value: true } }]);
    expect(work(actor, 'one')?.answer).toBeUndefined();
  });

  it('navigates between questions and shows feedback again on return', () => {
    const actor = run(practice, [start, choose('b'), submit, { type: 'question.next' }]);
    expect(actor.getSnapshot().value).toEqual({ practice: 'answering' });
    expect(actor.getSnapshot().context.current).toBe(1);
    actor.send({ type: 'question.next' });
    expect(actor.getSnapshot().context.current).toBe(1);
    actor.send({ type: 'question.previous' });
    expect(actor.getSnapshot().value).toEqual({ practice: 'feedback' });
    actor.send({ type: 'question.go', index: 7 });
    expect(actor.getSnapshot().context.current).toBe(0);
  });

  it('grades pending answers when the quiz is finished', () => {
    const actor = run(practice, [
      start,
      choose('a'),
      submit,
      { type: 'question.next' },
      select('e', 'h'),
      { type: 'quiz.finish' },
    ]);
    expect(actor.getSnapshot().value).toEqual({ finished: 'results' });
    const results = resultsOf(practice, actor.getSnapshot().context);
    expect(results).toMatchObject({
      finished: true,
      earned: 1,
      total: 2,
      score: 0.5,
      passed: false,
    });
    expect(results.questions[1]).toMatchObject({ earned: 0, status: 'incorrect', tries: 1 });
  });

  it('grades an ordering left as shown as the order shown, when the learner checks it', () => {
    const everyType = sampleQuiz(EVERY_TYPE_YAML);
    const actor = run(everyType, [start, { type: 'question.go', index: 4 }]);
    const shown = actor.getSnapshot().context.choiceOrder.order;
    expect(work(actor, 'order')?.answer).toBeUndefined();
    actor.send(submit);
    expect(actor.getSnapshot().value).toEqual({ practice: 'feedback' });
    expect(work(actor, 'order')).toMatchObject({ answer: { order: shown }, pending: false });
    expect(work(actor, 'order')?.tries).toHaveLength(1);
    // The log holds the learner's events only: the answer as shown is the machine's to give.
    expect(actor.getSnapshot().context.log.at(-1)).toEqual(submit);
  });

  it('leaves an untouched ordering unanswered when the attempt finishes without a check', () => {
    const everyType = sampleQuiz(EVERY_TYPE_YAML);
    const actor = run(everyType, [
      start,
      { type: 'question.go', index: 4 },
      { type: 'quiz.finish' },
    ]);
    expect(work(actor, 'order')).toMatchObject({ tries: [], closed: true });
    expect(resultsOf(everyType, actor.getSnapshot().context).questions[4]?.status).toBe(
      'unanswered',
    );
  });

  it('shows the results of a finished attempt, a question of it on review, and the results again', () => {
    const actor = run(practice, [start, choose('a'), submit, { type: 'quiz.finish' }]);
    expect(actor.getSnapshot().value).toEqual({ finished: 'results' });
    actor.send({ type: 'question.go', index: 1 });
    expect(actor.getSnapshot().value).toEqual({ finished: 'reviewing' });
    expect(actor.getSnapshot().context.current).toBe(1);
    actor.send({ type: 'question.previous' });
    expect(actor.getSnapshot().value).toEqual({ finished: 'reviewing' });
    expect(actor.getSnapshot().context.current).toBe(0);
    actor.send({ type: 'results.show' });
    expect(actor.getSnapshot().value).toEqual({ finished: 'results' });
    actor.send({ type: 'quiz.restart' });
    expect(actor.getSnapshot().value).toBe('intro');
  });

  it('asks for a confidence rating before submitting when confidence is on', () => {
    const actor = run(practiceWithConfidence, [start, choose('a'), submit]);
    expect(work(actor, 'one')).toMatchObject({
      tries: [],
      notice: 'Say how sure you are before submitting.',
    });
    actor.send({ type: 'confidence.set', level: 2 });
    actor.send(submit);
    expect(
      resultsOf(practiceWithConfidence, actor.getSnapshot().context).questions[0],
    ).toMatchObject({
      earned: 1,
      certaintyMark: 2,
      confidence: 2,
    });
  });
});

describe('a near miss in a blank', () => {
  const blanks = sampleQuiz(`id: spelling
title: Spelling
settings: { tries: 2 }
questions:
  - id: launch
    type: fill-in-the-blank
    prompt: Complete.
    text: "North Korea launched a {{kind}}."
    blanks: [{ id: kind, accept: [ballistic missile] }]
`);

  it('asks to check the spelling and costs no try; the corrected answer earns full marks', () => {
    const actor = run(blanks, [
      start,
      { type: 'answer.change', answer: { blanks: { kind: 'balistic missile' } } },
      submit,
    ]);
    expect(work(actor, 'launch')).toMatchObject({
      tries: [],
      notice: expect.stringMatching(/^Check your spelling: blank 1/),
    });
    actor.send({ type: 'answer.change', answer: { blanks: { kind: 'ballistic missile' } } });
    actor.send(submit);
    expect(resultsOf(blanks, actor.getSnapshot().context).questions[0]).toMatchObject({
      tries: 1,
      earned: 1,
      status: 'correct',
    });
  });
});

describe('the quiz machine in test behaviour', () => {
  const answerBoth: QuizEvent[] = [
    start,
    { type: 'answer.change', answer: { value: true } },
    { type: 'confidence.set', level: 3 },
    { type: 'question.next' },
    { type: 'answer.change', answer: { blanks: { x: 'Gamma' } } },
    { type: 'confidence.set', level: 2 },
  ];

  it('lets the learner answer freely without feedback, then review before finishing', () => {
    const actor = run(test, answerBoth);
    expect(actor.getSnapshot().value).toEqual({ test: 'navigating' });
    expect(work(actor, 'one')).toMatchObject({ tries: [], pending: true });
    actor.send(submit);
    expect(work(actor, 'one')?.tries).toEqual([]);
    actor.send({ type: 'question.next' });
    expect(actor.getSnapshot().value).toEqual({ test: 'review' });
    actor.send({ type: 'question.previous' });
    expect(actor.getSnapshot().value).toEqual({ test: 'navigating' });
    actor.send({ type: 'question.go', index: 0 });
    expect(actor.getSnapshot().context.current).toBe(0);
  });

  it('grades everything at the end, accuracy and certainty-based marks apart', () => {
    const actor = run(test, [...answerBoth, { type: 'quiz.finish' }]);
    const results = resultsOf(test, actor.getSnapshot().context);
    expect(results.questions).toMatchObject([
      { questionId: 'one', earned: 1, accuracy: 1, confidence: 3, certaintyMark: 3 },
      { questionId: 'two', earned: 0, accuracy: 0, confidence: 2, certaintyMark: -2 },
    ]);
    // The headline is accuracy; the sure-enough miss costs the confidence result only.
    expect(results).toMatchObject({
      earned: 1,
      total: 2,
      accuracy: 0.5,
      score: 0.5,
      certainty: { average: 0.5, rated: 2 },
    });
    expect(results.keyPoints).toEqual([
      {
        keyPoint: 'kp-alpha',
        earned: 1,
        total: 2,
        questions: 2,
        correct: 1,
        status: 'partial',
      },
      // Question two lists kp-alpha then kp-beta: it counts for its main key point only.
    ]);
  });

  it('counts an unanswered question as zero', () => {
    const actor = run(test, [start, { type: 'quiz.finish' }]);
    const results = resultsOf(test, actor.getSnapshot().context);
    expect(results.questions.map((q) => q.status)).toEqual(['unanswered', 'unanswered']);
    expect(results.earned).toBe(0);
  });

  it('changes nothing in the result after finishing', () => {
    const actor = run(test, [...answerBoth, { type: 'quiz.finish' }]);
    const before = resultsOf(test, actor.getSnapshot().context);
    for (const event of [
      { type: 'answer.change', answer: { value: false } },
      { type: 'confidence.set', level: 1 },
      { type: 'hint.request' },
      { type: 'quiz.finish' },
      { type: 'quiz.start' },
      { type: 'question.previous' },
      { type: 'results.show' },
    ] satisfies QuizEvent[])
      actor.send(event);
    expect(actor.getSnapshot().value).toEqual({ finished: 'results' });
    expect(resultsOf(test, actor.getSnapshot().context)).toEqual(before);
  });

  it('starts a new attempt with a new seed on restart', () => {
    const actor = run(test, [...answerBoth, { type: 'quiz.finish' }, { type: 'quiz.restart' }]);
    const { context, value } = actor.getSnapshot();
    expect(value).toBe('intro');
    expect(context).toMatchObject({ attempt: 2, finished: false, log: [], current: 0 });
    expect(context.seed).not.toBe(1);
    expect(resultsOf(test, context).earned).toBe(0);
  });
});

describe('the event log', () => {
  it('keeps only the latest of consecutive answer changes', () => {
    const actor = run(practice, [start, choose('b'), choose('a'), choose('b'), submit]);
    expect(actor.getSnapshot().context.log).toEqual([start, choose('b'), submit]);
  });

  const next: QuizEvent = { type: 'question.next' };
  const previous: QuizEvent = { type: 'question.previous' };
  const go = (index: number): QuizEvent => ({ type: 'question.go', index });
  const finish: QuizEvent = { type: 'quiz.finish' };
  const results: QuizEvent = { type: 'results.show' };
  const rate = (level: 1 | 2 | 3): QuizEvent => ({ type: 'confidence.set', level });

  /** Whether replaying `actor`'s log reaches its state, log included. */
  const replaysExactly = (quiz: Quiz, actor: ReturnType<typeof run>) => {
    const { context, value } = actor.getSnapshot();
    const again = replay(quiz, context.log, { seed: context.seed, attempt: context.attempt });
    expect(again.value).toEqual(value);
    expect(again.context).toEqual(context);
  };

  it('keeps a single move as it came', () => {
    const actor = run(practice, [start, next]);
    expect(actor.getSnapshot().context.log).toEqual([start, next]);
  });

  it('keeps moves in a row as one move to where they ended', () => {
    const actor = run(practice, [start, choose('a'), next, previous, next, go(0), next]);
    expect(actor.getSnapshot().context.log).toEqual([start, choose('a'), go(1)]);
    replaysExactly(practice, actor);
  });

  it("keeps the step to a test's summary after the move that leads to it", () => {
    const actor = run(test, [start, next, previous, next, next]);
    expect(actor.getSnapshot().value).toEqual({ test: 'review' });
    expect(actor.getSnapshot().context.log).toEqual([start, go(1), next]);
    const back = run(test, [start, next, previous, next, next, previous]);
    expect(back.getSnapshot().value).toEqual({ test: 'navigating' });
    expect(back.getSnapshot().context.log).toEqual([start, go(1)]);
    replaysExactly(test, actor);
    replaysExactly(test, back);
  });

  it('keeps the step back to the results after reviewing questions', () => {
    const actor = run(practice, [start, finish, go(1), previous, results, go(1), results]);
    expect(actor.getSnapshot().value).toEqual({ finished: 'results' });
    expect(actor.getSnapshot().context.log).toEqual([start, finish, go(1), results]);
    replaysExactly(practice, actor);
  });

  it('keeps only the latest of ratings in a row, and one of refusals in a row', () => {
    const rated = run(practiceWithConfidence, [start, choose('a'), rate(1), rate(3), rate(2)]);
    expect(rated.getSnapshot().context.log).toEqual([start, choose('a'), rate(2)]);
    replaysExactly(practiceWithConfidence, rated);
    const refused = run(practice, [start, submit, submit, submit]);
    expect(refused.getSnapshot().context.questions.one?.notice).toBeDefined();
    expect(refused.getSnapshot().context.log).toEqual([start, submit]);
    replaysExactly(practice, refused);
  });

  it('stays small after 100,000 moves, and replays them exactly', () => {
    const moves = [next, next, previous, go(0), next, previous];
    const actor = run(practice, [start, choose('a'), submit]);
    for (let i = 0; i < 100_000; i++) actor.send(moves[i % moves.length] as QuizEvent);
    const { context, value } = actor.getSnapshot();
    // 100,000 % 6 = 4 moves into the cycle: next, next (refused at the end), previous, go 0.
    expect(context.current).toBe(0);
    expect(value).toEqual({ practice: 'feedback' });
    expect(context.log).toEqual([start, choose('a'), submit, go(0)]);
    const bytes = new TextEncoder().encode(JSON.stringify(actor.getPersistedSnapshot())).length;
    expect(bytes).toBeLessThan(2_000);
    replaysExactly(practice, actor);
  });

  it('replays an attempt to the same state and result', () => {
    const actor = run(
      practice,
      [
        start,
        choose('b'),
        submit,
        choose('a'),
        submit,
        { type: 'quiz.finish' },
        { type: 'question.go', index: 1 },
        { type: 'results.show' },
        { type: 'question.go', index: 0 },
      ],
      99,
    );
    const { context, value } = actor.getSnapshot();
    const again = replay(practice, context.log, { seed: context.seed, attempt: context.attempt });
    expect(again.value).toEqual(value);
    expect(again.context).toEqual(context);
    expect(resultsOf(practice, again.context)).toEqual(resultsOf(practice, context));
  });
});
