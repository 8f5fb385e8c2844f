import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import earlier from '../__fixtures__/earlier-persisted-snapshots.json';
import unbounded from '../__fixtures__/earlier-unbounded-logs.json';
import {
  EVERY_TYPE_YAML,
  PRACTICE_YAML,
  sampleQuiz,
  TEST_YAML,
} from '../__fixtures__/sample-quizzes';
import type { QuizContext } from '../attempt';
import type { Quiz } from '../quiz';
import { quizView } from '../react/quiz-view';
import type { QuizEvent } from './quiz-events';
import { createQuizMachine } from './quiz-machine';
import { replay } from './replay';
import { restoreQuizSnapshot } from './restore-quiz-snapshot';
import { resultsOf } from './results-of';

const practice = sampleQuiz(PRACTICE_YAML);
/** The same quiz with question `two` reworded: a new version. */
const practiceV2 = sampleQuiz(PRACTICE_YAML.replace('Pick epsilon and zeta.', 'Pick both.'));

/** Persists an attempt after `events`, through JSON as a site would store it. */
function persisted(quiz: Quiz, events: QuizEvent[]): unknown {
  const actor = createActor(createQuizMachine(quiz), { input: { seed: 3 } }).start();
  for (const event of events) actor.send(event);
  return JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
}

/** Starts an actor from a restored snapshot. */
function resume(quiz: Quiz, stored: unknown) {
  const { snapshot } = restoreQuizSnapshot(quiz, stored);
  return createActor(createQuizMachine(quiz), { snapshot, input: { seed: 3 } }).start();
}

const inProgress: QuizEvent[] = [
  { type: 'quiz.start' },
  { type: 'answer.change', answer: { optionId: 'b' } },
  { type: 'answer.submit' },
  { type: 'question.next' },
  { type: 'answer.change', answer: { optionIds: ['e'] } },
];

describe('restoreQuizSnapshot', () => {
  it('starts fresh when nothing was stored', () => {
    expect(restoreQuizSnapshot(practice, undefined)).toEqual({
      snapshot: undefined,
      outcome: 'fresh',
      kept: [],
      dropped: [],
    });
  });

  it('resumes an attempt of the same version exactly', () => {
    const stored = persisted(practice, inProgress);
    expect(restoreQuizSnapshot(practice, stored).outcome).toBe('resumed');
    const actor = resume(practice, stored);
    expect(actor.getSnapshot().value).toEqual({ practice: 'answering' });
    expect(actor.getSnapshot().context.current).toBe(1);
    actor.send({ type: 'answer.submit' });
    expect(actor.getSnapshot().context.questions.two?.tries).toEqual([0.5]);
  });

  it('keeps the work on unchanged questions when the quiz changed mid-attempt', () => {
    const result = restoreQuizSnapshot(practiceV2, persisted(practice, inProgress));
    expect(result).toMatchObject({ outcome: 'migrated', kept: ['one'], dropped: ['two'] });
    const actor = resume(practiceV2, persisted(practice, inProgress));
    const { context, value } = actor.getSnapshot();
    expect(value).toEqual({ practice: 'feedback' });
    expect(context).toMatchObject({ version: practiceV2.version, migratedFrom: practice.version });
    expect(context.questions.one).toMatchObject({ answer: { optionId: 'b' }, tries: [0] });
    expect(context.questions.two).toMatchObject({ tries: [], pending: false });
    expect(context.questions.two?.answer).toBeUndefined();
  });

  it('starts a new attempt when the quiz changed after the attempt finished', () => {
    const stored = persisted(practice, [...inProgress, { type: 'quiz.finish' }]);
    const result = restoreQuizSnapshot(practiceV2, stored);
    expect(result.outcome).toBe('restarted');
    const actor = resume(practiceV2, stored);
    expect(actor.getSnapshot().value).toBe('intro');
    expect(actor.getSnapshot().context).toMatchObject({ attempt: 2, finished: false });
  });

  it('starts a new attempt when the behaviour changed', () => {
    const asTest = sampleQuiz(PRACTICE_YAML.replace('behaviour: practice', 'behaviour: test'));
    expect(restoreQuizSnapshot(asTest, persisted(practice, inProgress)).outcome).toBe('restarted');
  });

  it('discards data of another quiz, another format or no meaning, without throwing', () => {
    const other = sampleQuiz(TEST_YAML);
    const stored = persisted(practice, inProgress) as { context: Record<string, unknown> };
    const cases: unknown[] = [
      persisted(other, [{ type: 'quiz.start' }]),
      { ...stored, context: { ...stored.context, format: 2 } },
      { ...stored, context: { ...stored.context, questions: { one: { tries: 'x' } } } },
      { ...stored, value: { practice: 'nowhere' } },
      { ...stored, context: { ...stored.context, current: 9 } },
      'not a snapshot',
      42,
      [],
      {},
    ];
    for (const [i, value] of cases.entries())
      expect(restoreQuizSnapshot(practice, value).outcome, `case ${i}`).toBe('discarded');
  });
});

describe('restoreQuizSnapshot on snapshots stored by the earlier machine', () => {
  const everyType = sampleQuiz(EVERY_TYPE_YAML);
  const small = sampleQuiz(TEST_YAML);
  const restore = (quiz: Quiz, stored: unknown) => {
    const restored = restoreQuizSnapshot(quiz, stored);
    const actor = createActor(createQuizMachine(quiz), {
      snapshot: restored.snapshot,
      input: {},
    }).start();
    return { outcome: restored.outcome, actor };
  };

  it('were stored for the same versions of the sample quizzes', () => {
    expect(earlier.quizVersions).toEqual({ practice: everyType.version, test: small.version });
  });

  it('resumes an attempt in progress exactly where it was', () => {
    const { outcome, actor } = restore(everyType, earlier.practiceInProgress);
    expect(outcome).toBe('resumed');
    expect(actor.getSnapshot().value).toEqual({ practice: 'answering' });
    expect(actor.getSnapshot().context).toEqual(earlier.practiceInProgress.context);
    actor.send({ type: 'answer.submit' });
    expect(actor.getSnapshot().context.questions.multiple?.tries).toEqual([0.5]);
  });

  it('resumes at an untouched ordering, which a check now grades as shown', () => {
    const { outcome, actor } = restore(everyType, earlier.practiceAtUntouchedOrdering);
    expect(outcome).toBe('resumed');
    actor.send({ type: 'answer.submit' });
    expect(actor.getSnapshot().context.questions.order).toMatchObject({
      answer: { order: earlier.practiceAtUntouchedOrdering.context.choiceOrder.order },
      pending: false,
    });
  });

  it('resumes a finished attempt at its results, with the same result', () => {
    const stored = earlier.practiceFinishedReviewingQuestion3;
    expect(stored.value).toBe('finished');
    const { outcome, actor } = restore(everyType, stored);
    expect(outcome).toBe('resumed');
    expect(actor.getSnapshot().value).toEqual({ finished: 'results' });
    expect(resultsOf(everyType, actor.getSnapshot().context)).toEqual(
      resultsOf(everyType, stored.context as QuizContext),
    );
    actor.send({ type: 'question.go', index: 2 });
    expect(actor.getSnapshot().value).toEqual({ finished: 'reviewing' });
  });

  it('resumes a test at its summary before finishing', () => {
    const { outcome, actor } = restore(small, earlier.testAtReview);
    expect(outcome).toBe('resumed');
    expect(actor.getSnapshot().value).toEqual({ test: 'review' });
    expect(actor.getSnapshot().context).toEqual(earlier.testAtReview.context);
  });

  it('starts a new attempt when the quiz changed since the attempt finished', () => {
    const changed = sampleQuiz(EVERY_TYPE_YAML.replace('Complete the sentence.', 'Fill it in.'));
    const { outcome, actor } = restore(changed, earlier.practiceFinishedReviewingQuestion3);
    expect(outcome).toBe('restarted');
    expect(actor.getSnapshot().value).toBe('intro');
  });
});

describe('restoring a malformed snapshot', () => {
  // An attempt with one question graded and the next one answered, then each damaged one way.
  // biome-ignore lint/suspicious/noExplicitAny: the test damages stored JSON at will
  type Mutable = { value: unknown; context: Record<string, any> };
  const graded = () =>
    persisted(practice, [...inProgress, { type: 'answer.submit' }]) as unknown as Mutable;
  const damage: [string, (stored: Mutable) => void][] = [
    ['a score whose parts are not a list', (s) => (s.context.questions.one.score.parts = 'all')],
    [
      'a score part with an unknown status',
      (s) => (s.context.questions.one.score.parts[0].status = 'maybe'),
    ],
    ['a score that is not a number', (s) => (s.context.questions.one.score.earned = 'one')],
    ['a score of another type', (s) => (s.context.questions.one.score = { type: 'invalid' })],
    [
      'an answer of another question type',
      (s) => (s.context.questions.two.answer = { optionId: 'e' }),
    ],
    ['an answer that is a string', (s) => (s.context.questions.one.answer = 'b')],
    ['a notice that is not text', (s) => (s.context.questions.one.notice = { html: '<b>' })],
    ['a choice order that is missing', (s) => delete s.context.choiceOrder.two],
    ['a choice order that is not a list', (s) => (s.context.choiceOrder.two = 'ezh')],
    ['a choice order missing a choice', (s) => s.context.choiceOrder.two.pop()],
    ['a choice order naming a choice twice', (s) => (s.context.choiceOrder.two = ['e', 'e', 'z'])],
    ['a choice order naming another choice', (s) => (s.context.choiceOrder.two = ['e', 'z', 'x'])],
    ['an order naming a question twice', (s) => (s.context.order = ['one', 'one'])],
    ['an order that is not text', (s) => (s.context.order = [1, 2])],
    ['a log entry that is not an event', (s) => s.context.log.push({ type: '*' })],
    ['a log entry that is not an object', (s) => s.context.log.push(null)],
    ['work named constructor', (s) => (s.context.order = ['constructor', 'two'])],
    ['a try that is not a fraction', (s) => (s.context.questions.one.tries = [Number.NaN])],
    ['a current question past the end', (s) => (s.context.current = 2)],
  ];

  it.each(damage)('discards one with %s, never throwing, and the quiz starts afresh', (_, harm) => {
    const stored = graded();
    expect(restoreQuizSnapshot(practice, stored).outcome).toBe('resumed');
    harm(stored);

    const restored = restoreQuizSnapshot(practice, stored);

    expect(restored.outcome).toBe('discarded');
    const actor = resume(practice, stored);
    expect(quizView(practice, actor.getSnapshot()).phase).toBe('intro');
  });

  it('drops damaged work on a kept question when the quiz changed mid-attempt', () => {
    const stored = graded();
    stored.context.questions.one.score.parts = 'all';

    const restored = restoreQuizSnapshot(practiceV2, stored);

    expect(restored).toMatchObject({ outcome: 'migrated', kept: [], dropped: ['one', 'two'] });
    expect(() => quizView(practiceV2, resume(practiceV2, stored).getSnapshot())).not.toThrow();
  });
});

describe('restoreQuizSnapshot on snapshots whose log was stored unbounded', () => {
  const quizzes = {
    everyType: sampleQuiz(EVERY_TYPE_YAML),
    small: sampleQuiz(PRACTICE_YAML),
    test: sampleQuiz(TEST_YAML),
  };
  const next: QuizEvent = { type: 'question.next' };
  const go = (index: number): QuizEvent => ({ type: 'question.go', index });
  const cases = [
    {
      name: 'a practice attempt paged back and forth, with refused submissions repeated',
      quiz: quizzes.everyType,
      stored: unbounded.practicePaging,
      // the 60 moves become one; the three refusals one; the last five moves one
      tail: [
        { type: 'answer.change', answer: { optionIds: [] } },
        { type: 'answer.submit' },
        { type: 'answer.change', answer: { optionIds: ['e'] } },
        { type: 'answer.submit' },
        go(2),
      ],
      length: 9,
    },
    {
      name: 'a test at its summary, rated three times',
      quiz: quizzes.test,
      stored: unbounded.testAtSummary,
      tail: [
        { type: 'answer.change', answer: { value: true } },
        { type: 'confidence.set', level: 2 },
        go(1),
        next,
      ],
      length: 5,
    },
    {
      name: 'a finished attempt back at its results after reviewing questions',
      quiz: quizzes.small,
      stored: unbounded.finishedAtResults,
      tail: [{ type: 'quiz.finish' }, go(1), { type: 'results.show' }],
      length: 7,
    },
  ];

  it('were stored for the same versions of the sample quizzes', () => {
    expect(unbounded.quizVersions).toEqual({
      everyType: quizzes.everyType.version,
      small: quizzes.small.version,
      test: quizzes.test.version,
    });
  });

  it.each(cases)(
    'resumes $name exactly; its log replays to it, and later moves add two events at most',
    ({ quiz, stored, tail, length }) => {
      const restored = restoreQuizSnapshot(quiz, structuredClone(stored));
      expect(restored.outcome).toBe('resumed');
      const actor = createActor(createQuizMachine(quiz), {
        snapshot: restored.snapshot,
        input: {},
      }).start();
      const { value, context } = actor.getSnapshot();

      expect(value).toEqual(stored.value);
      expect(context).toEqual(stored.context);
      // The stored log replays to the same attempt, and the replay's own log is bounded.
      const again = replay(quiz, context.log, { seed: context.seed, attempt: context.attempt });
      expect(again.value).toEqual(value);
      expect({ ...again.context, log: [] }).toEqual({ ...context, log: [] });
      expect(again.context.log.length).toBe(length);
      expect(again.context.log.slice(-tail.length)).toEqual(tail);
      expect(resultsOf(quiz, again.context)).toEqual(resultsOf(quiz, context));
      // From here on the log is bounded: a thousand moves add two events at most.
      const before = context.log.length;
      const moves: QuizEvent[] = [go(0), next];
      for (let i = 0; i < 1_000; i++) actor.send(moves[i % 2] as QuizEvent);
      expect(actor.getSnapshot().context.log.length).toBeLessThanOrEqual(before + 2);
    },
  );
});
