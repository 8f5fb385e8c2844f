import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { invariantViolations } from '../__fixtures__/machine-invariants';
import { EVERY_TYPE_YAML, sampleQuiz } from '../__fixtures__/sample-quizzes';
import type { Answer } from '../answer';
import type { Question } from '../question';
import type { Quiz } from '../quiz';
import { currentWork } from './attempt-rules';
import type { QuizEvent } from './quiz-events';
import { isQuizEvent } from './quiz-events';
import { createQuizMachine, isNavigation } from './quiz-machine';
import { replay } from './replay';
import { restoreQuizSnapshot } from './restore-quiz-snapshot';
import { resultsOf } from './results-of';

const practice = sampleQuiz(EVERY_TYPE_YAML);
const test = sampleQuiz(
  EVERY_TYPE_YAML.replace('behaviour: practice', 'behaviour: test').replace(
    '  tries: 3\n  penaltyPerTry: 0.25\n',
    '  confidence: true\n',
  ),
);
const rated = sampleQuiz(
  EVERY_TYPE_YAML.replace('  tries: 3\n', '  tries: 2\n  confidence: true\n'),
);

/** An event as untrusted storage or a buggy view might send it: shape not guaranteed. */
const untrusted = (event: { type: string } & Record<string, unknown>) =>
  event as unknown as QuizEvent;

const ids = (...values: string[]) => fc.constantFrom(...values);

/** The right answer to each question of the sample. */
const rightAnswer = fc.constantFrom(
  { optionId: 'a' },
  { optionIds: ['e', 'z'] },
  { value: true },
  { blanks: { first: 'Alpha', second: 'beta' } },
  { order: ['alpha', 'beta', 'gamma'] },
  { pairs: { 'm-alpha': 'm-alpha', 'm-delta': 'm-delta', 'm-theta': 'm-theta' } },
  { sentenceIds: ['p2.s2', 'p2.s3'] },
);

/** Right answers, answers that fit some sample question, answers that fit none, and garbage. */
const answer = fc.oneof(
  rightAnswer,
  rightAnswer,
  ids('a', 'b', 'c', 'zz').map((optionId) => ({ optionId })),
  fc.subarray(['e', 'z', 'h', 'd', 'zz']).map((optionIds) => ({ optionIds })),
  fc.boolean().map((value) => ({ value })),
  fc
    .record(
      { first: fc.constantFrom('Alpha', 'alpha.', ' ', 'Gamma'), second: fc.string() },
      { requiredKeys: [] },
    )
    .map((blanks) => ({ blanks })),
  fc.shuffledSubarray(['alpha', 'beta', 'gamma'], { minLength: 2 }).map((order) => ({ order })),
  fc
    .dictionary(
      ids('m-alpha', 'm-delta', 'm-theta'),
      ids('m-alpha', 'm-delta', 'm-theta', 'fourth', 'x'),
    )
    .map((pairs) => ({ pairs })),
  fc
    .subarray(['p2.s1', 'p2.s2', 'p2.s3', 'p2.s4', 'p9.s9'])
    .map((sentenceIds) => ({ sentenceIds })),
  fc.anything(),
);

const event: fc.Arbitrary<QuizEvent> = fc.oneof(
  { weight: 1, arbitrary: fc.constant<QuizEvent>({ type: 'quiz.start' }) },
  { weight: 5, arbitrary: answer.map((a) => untrusted({ type: 'answer.change', answer: a })) },
  { weight: 4, arbitrary: fc.constant<QuizEvent>({ type: 'answer.submit' }) },
  { weight: 1, arbitrary: fc.constant<QuizEvent>({ type: 'hint.request' }) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.constantFrom(1, 2, 3), fc.anything())
      .map((level) => untrusted({ type: 'confidence.set', level })),
  },
  { weight: 2, arbitrary: fc.constant<QuizEvent>({ type: 'question.next' }) },
  { weight: 1, arbitrary: fc.constant<QuizEvent>({ type: 'question.previous' }) },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.integer({ min: -1, max: 8 }), fc.double(), fc.string())
      .map((index) => untrusted({ type: 'question.go', index })),
  },
  { weight: 1, arbitrary: fc.constant<QuizEvent>({ type: 'quiz.finish' }) },
  { weight: 1, arbitrary: fc.constant<QuizEvent>({ type: 'results.show' }) },
  { weight: 1, arbitrary: fc.constant<QuizEvent>({ type: 'quiz.restart' }) },
  // Unknown types are ignored; xstate's reserved `*` and `xstate.*` types never reach the
  // machine from the engine's callers (`isQuizEvent` filters them), so they are left out.
  {
    weight: 1,
    arbitrary: fc
      .string()
      .filter((type) => type !== '*' && !type.startsWith('xstate.'))
      .map((type) => untrusted({ type })),
  },
);

/** A fully right, or a wrong but complete, answer to `question`. */
function fittingAnswer(question: Question, right: boolean): Answer {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select': {
      const chosen = question.options.filter((o) => o.correct === right).map((o) => o.id);
      return question.type === 'single-choice'
        ? { optionId: chosen[0] ?? '' }
        : { optionIds: chosen };
    }
    case 'true-false':
      return { value: right ? question.answer : !question.answer };
    case 'fill-in-the-blank':
      return {
        blanks: Object.fromEntries(
          question.blanks.map((b) => [b.id, right ? (b.accept[0] ?? '') : 'wrong']),
        ),
      };
    case 'ordering': {
      const order = question.items.map((item) => item.id);
      return { order: right ? order : [...order].reverse() };
    }
    case 'matching': {
      const ids = question.pairs.map((pair) => pair.id);
      const shifted = [...ids.slice(1), ...ids.slice(0, 1)];
      return {
        pairs: Object.fromEntries(ids.map((id, i) => [id, right ? id : (shifted[i] ?? id)])),
      };
    }
    case 'select-evidence':
      return {
        sentenceIds: right ? question.evidenceSentenceIds : question.sentenceIds.slice(0, 1),
      };
  }
}

/** A step of a random run: an event, or "answer the question shown, rightly or not". */
type Command = QuizEvent | { readonly type: 'fit'; readonly right: boolean };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: event },
  { weight: 1, arbitrary: fc.boolean().map((right) => ({ type: 'fit', right }) as const) },
);

const runs = { numRuns: 150 };
// Most sequences start the quiz first, so that they go somewhere; some do not.
const sequence = fc
  .tuple(fc.boolean(), fc.array(command, { maxLength: 40, size: 'max' }))
  .map(([started, commands]): Command[] =>
    started ? [{ type: 'quiz.start' }, ...commands] : commands,
  );
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** Mostly moves (as a learner paging back and forth), with answers, ratings and checks between. */
const move: fc.Arbitrary<QuizEvent> = fc.oneof(
  fc.constant<QuizEvent>({ type: 'question.next' }),
  fc.constant<QuizEvent>({ type: 'question.previous' }),
  fc.integer({ min: -1, max: 8 }).map((index): QuizEvent => ({ type: 'question.go', index })),
  fc.constant<QuizEvent>({ type: 'results.show' }),
);
const paging = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: move },
      { weight: 2, arbitrary: command },
      { weight: 1, arbitrary: fc.constant<Command>({ type: 'answer.submit' }) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(1, 2, 3)
          .map((level) => untrusted({ type: 'confidence.set', level })),
      },
    ),
    { maxLength: 80, size: 'max' },
  )
  .map((commands): Command[] => [{ type: 'quiz.start' }, ...commands]);

/** The longest run of navigation events in a log. */
function longestNavigationRun(log: readonly QuizEvent[]): number {
  let run = 0;
  let longest = 0;
  for (const event of log) {
    run = isNavigation(event.type) ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Runs commands through a fresh actor, collecting invariant violations at every step. */
function drive(quiz: Quiz, commands: readonly Command[], firstSeed: number) {
  const actor = createActor(createQuizMachine(quiz), { input: { seed: firstSeed } }).start();
  const violations: string[] = [];
  /** Every event the machine took since the attempt began: the log as it was with no bound. */
  const taken: QuizEvent[] = [];
  for (const step of commands) {
    const before = actor.getSnapshot();
    const shown = currentWork(quiz, before.context);
    const next: QuizEvent =
      step.type !== 'fit'
        ? step
        : {
            type: 'answer.change',
            answer: shown ? fittingAnswer(shown.question, step.right) : { value: true },
          };
    actor.send(next);
    violations.push(...invariantViolations(quiz, before, next.type, actor.getSnapshot()));
    // xstate keeps the same snapshot object when no transition was taken.
    if (actor.getSnapshot() === before) continue;
    if (next.type === 'quiz.restart') taken.length = 0;
    else taken.push(next);
  }
  return { actor, violations, taken };
}

describe('the random event sequences', () => {
  it('reach finished attempts with marks, so the properties test real attempts', () => {
    const outcomes = fc
      .sample(fc.tuple(sequence, seed), { numRuns: 300, seed: 42 })
      .map(([events, s]) => {
        const { context } = drive(practice, events, s).actor.getSnapshot();
        const results = resultsOf(practice, context);
        const tries = results.questions.reduce((sum, q) => sum + q.tries, 0);
        return { finished: context.finished, earned: results.earned, tries };
      });
    console.info(
      `finished ${outcomes.filter((o) => o.finished).length}, graded ${outcomes.filter((o) => o.tries > 0).length}, earned ${outcomes.filter((o) => o.earned > 0).length} of 300`,
    );
    expect(outcomes.filter((o) => o.finished).length).toBeGreaterThan(20);
    expect(outcomes.filter((o) => o.tries > 0).length).toBeGreaterThan(60);
    expect(outcomes.filter((o) => o.earned > 0).length).toBeGreaterThan(2);
  });
});

describe.each([
  ['practice', practice],
  ['test with confidence', test],
  ['practice with confidence', rated],
])('random event sequences in a %s quiz', (_, quiz) => {
  it('never throw, never produce NaN and keep every invariant', () => {
    fc.assert(
      fc.property(sequence, seed, (events, firstSeed) => {
        const { actor, violations } = drive(quiz, events, firstSeed);
        expect(actor.getSnapshot().status).toBe('active');
        expect(violations).toEqual([]);
      }),
      runs,
    );
  });

  it('replay from the log to the same state and result', () => {
    fc.assert(
      fc.property(sequence, seed, (events, firstSeed) => {
        const { actor } = drive(quiz, events, firstSeed);
        const { context, value } = actor.getSnapshot();
        const again = replay(quiz, context.log, { seed: context.seed, attempt: context.attempt });
        expect(again.value).toEqual(value);
        expect(again.context).toEqual(context);
        expect(resultsOf(quiz, again.context)).toEqual(resultsOf(quiz, context));
      }),
      runs,
    );
  });

  it('bound the log: moves in a row leave at most two events, and replaying the bounded log reaches the state the whole sequence reached', () => {
    fc.assert(
      fc.property(paging, seed, (events, firstSeed) => {
        const { actor, taken } = drive(quiz, events, firstSeed);
        const { context, value } = actor.getSnapshot();
        expect(longestNavigationRun(context.log)).toBeLessThanOrEqual(2);
        const input = { seed: context.seed, attempt: context.attempt };
        const whole = replay(quiz, taken, input);
        const bounded = replay(quiz, context.log, input);
        expect(bounded.value).toEqual(whole.value);
        expect(bounded.context).toEqual(whole.context);
        expect(bounded.value).toEqual(value);
        expect(bounded.context).toEqual(context);
      }),
      runs,
    );
  });

  it('resume a snapshot whose log holds every event taken (as stored before the bound) to the same state, which its log replays to', () => {
    fc.assert(
      fc.property(paging, seed, (events, firstSeed) => {
        const { actor, taken } = drive(quiz, events, firstSeed);
        const persisted = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
        persisted.context.log = JSON.parse(JSON.stringify(taken.filter(isQuizEvent)));
        const restored = restoreQuizSnapshot(quiz, persisted);
        expect(restored.outcome).toBe('resumed');
        const resumed = createActor(createQuizMachine(quiz), {
          snapshot: restored.snapshot,
          input: {},
        }).start();
        const { value, context } = resumed.getSnapshot();
        expect(value).toEqual(actor.getSnapshot().value);
        const { log, ...rest } = context;
        const { log: _, ...expected } = actor.getSnapshot().context;
        expect(rest).toEqual(JSON.parse(JSON.stringify(expected)));
        expect(log).toEqual(persisted.context.log);
        // The stored log replays to the same state, and the replay's own log is bounded.
        const again = replay(quiz, log, { seed: context.seed, attempt: context.attempt });
        expect(again.value).toEqual(value);
        expect({ ...again.context, log: [] }).toEqual({ ...context, log: [] });
        expect(longestNavigationRun(again.context.log)).toBeLessThanOrEqual(2);
      }),
      runs,
    );
  });

  it('resume from a persisted snapshot to the same result', () => {
    fc.assert(
      fc.property(sequence, seed, (events, firstSeed) => {
        const { actor } = drive(quiz, events, firstSeed);
        const stored: unknown = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
        const restored = restoreQuizSnapshot(quiz, stored);
        expect(restored.outcome).toBe('resumed');
        const resumed = createActor(createQuizMachine(quiz), {
          snapshot: restored.snapshot,
          input: {},
        }).start();
        expect(resumed.getSnapshot().value).toEqual(actor.getSnapshot().value);
        expect(resultsOf(quiz, resumed.getSnapshot().context)).toEqual(
          resultsOf(quiz, actor.getSnapshot().context),
        );
      }),
      runs,
    );
  });
});
