import { assign, type SnapshotFrom, setup } from 'xstate';
import type { QuestionAttempt, QuizContext } from '../attempt';
import type { Quiz } from '../quiz';
import { nextSeed } from '../random/mulberry32';
import {
  canChangeAnswer,
  canRequestHint,
  canSetConfidence,
  currentWork,
  gradeTry,
  questionById,
  submitProblem,
  workToSubmit,
} from './attempt-rules';
import { defaultSeed } from './draw-questions';
import { planAttempt } from './plan-attempt';
import type { QuizEvent } from './quiz-events';

/** What a quiz actor starts from. */
export interface QuizInput {
  /** Seed of the first attempt's shuffles and pool draw; defaults to one derived from the quiz version. */
  readonly seed?: number;
  /** Number of the attempt (for replaying a later attempt). */
  readonly attempt?: number;
}

/** A fresh attempt: drawn and ordered from `seed`, nothing answered. */
export function freshAttempt(quiz: Quiz, seed: number, attempt: number): QuizContext {
  const plan = planAttempt(quiz, seed);
  const questions: Record<string, QuestionAttempt> = {};
  for (const id of plan.order) {
    questions[id] = {
      pending: false,
      tries: [],
      hintsUsed: 0,
      closed: false,
      hash: questionById(quiz, id)?.hash ?? '',
    };
  }
  return {
    format: 1,
    quizId: quiz.id,
    version: quiz.version,
    seed: seed >>> 0,
    attempt,
    order: plan.order,
    choiceOrder: plan.choiceOrder,
    current: 0,
    questions,
    finished: false,
    log: [],
  };
}

/** The index a navigation event asks for, or `undefined` for other events. */
function targetIndex(context: QuizContext, event: QuizEvent): number | undefined {
  if (event.type === 'question.next') return context.current + 1;
  if (event.type === 'question.previous') return context.current - 1;
  if (event.type === 'question.go') return event.index;
  return undefined;
}

const NAVIGATION = new Set<string>([
  'question.next',
  'question.previous',
  'question.go',
  'results.show',
]);

/** Whether an event type only moves within an attempt (to a question, a summary, the results). */
export const isNavigation = (type: string) => NAVIGATION.has(type);

/** Where the run of navigation events at the end of `log` starts (`log.length` when none). */
function navigationRunStart(log: readonly QuizEvent[]): number {
  let start = log.length;
  while (start > 0 && isNavigation(log[start - 1]?.type ?? '')) start--;
  return start;
}

/**
 * The log after a navigation event that has just been applied. A run of navigation events only
 * moves: its end state depends on where it ends, not on the way there. So the run at the end of
 * the log is replaced by `question.go` to the question now shown, which reaches the same state
 * from anywhere in the same state (`practice`, `test` or `finished`), followed by `step` when
 * the run ends somewhere `question.go` does not lead (a test's summary, a finished attempt's
 * results). A run of one event is kept as it came, so that replaying the log writes it again.
 */
function logNavigation(context: QuizContext, event: QuizEvent, step: boolean): QuizEvent[] {
  const start = navigationRunStart(context.log);
  if (start === context.log.length) return [...context.log, event];
  const go: QuizEvent = { type: 'question.go', index: context.current };
  return [...context.log.slice(0, start), go, ...(step ? [event] : [])];
}

/** Replaces the work on the question shown. */
function updateCurrent(
  context: QuizContext,
  update: (work: QuestionAttempt) => QuestionAttempt,
): Partial<QuizContext> {
  const id = context.order[context.current];
  const work = id === undefined ? undefined : context.questions[id];
  if (id === undefined || work === undefined) return {};
  return { questions: { ...context.questions, [id]: update(work) } };
}

/**
 * The quiz machine for one quiz. States: `intro`; `practice.answering` and
 * `practice.feedback` (immediate feedback, several tries); `test.navigating` and
 * `test.review` (free navigation, deferred feedback, a summary before finishing);
 * `finished.results` and `finished.reviewing` (graded: the results, or a question of the
 * attempt reviewed; only navigation, `results.show` and `quiz.restart` are accepted, and the
 * result never changes). Guards call the pure scorers through the attempt rules.
 *
 * @example
 * const actor = createActor(createQuizMachine(quiz), { input: { seed: 7 } }).start();
 * actor.send({ type: 'quiz.start' });
 */
export function createQuizMachine(quiz: Quiz) {
  const movesToQuestion = ({ context, event }: { context: QuizContext; event: QuizEvent }) => {
    const index = targetIndex(context, event);
    return (
      Number.isInteger(index) && index !== undefined && index >= 0 && index < context.order.length
    );
  };
  const showsFeedbackAt = (context: QuizContext, index: number) => {
    const work = context.questions[context.order[index] ?? ''];
    return !!work?.score && !work.pending;
  };
  return setup({
    types: {
      context: {} as QuizContext,
      events: {} as QuizEvent,
      input: {} as QuizInput | undefined,
    },
    guards: {
      isPractice: () => quiz.behaviour === 'practice',
      canChangeAnswer: ({ context, event }) =>
        event.type === 'answer.change' && canChangeAnswer(quiz, context, event.answer),
      canSubmit: ({ context }) => submitProblem(quiz, context) === undefined,
      isOpen: ({ context }) => currentWork(quiz, context)?.work.closed === false,
      canRequestHint: ({ context }) => canRequestHint(quiz, context),
      canSetConfidence: ({ context, event }) =>
        event.type === 'confidence.set' && canSetConfidence(quiz, context, event.level),
      movesToQuestion,
      movesToFeedback: ({ context, event }) =>
        movesToQuestion({ context, event }) &&
        showsFeedbackAt(context, targetIndex(context, event) ?? -1),
    },
    actions: {
      record: assign({
        log: ({ context, event }) => {
          const last = context.log[context.log.length - 1];
          // Typing sends a change per key, and a rating may be changed several times: keep only
          // the latest of consecutive changes or ratings, as it overrides the ones before.
          const coalesce =
            (event.type === 'answer.change' || event.type === 'confidence.set') &&
            last?.type === event.type;
          return [...(coalesce ? context.log.slice(0, -1) : context.log), event];
        },
      }),
      // After `moveTo`: the state reached is the one `question.go` to the question shown reaches.
      recordMove: assign({ log: ({ context, event }) => logNavigation(context, event, false) }),
      // A move `question.go` cannot stand for alone: to a test's summary or to the results.
      recordStep: assign({ log: ({ context, event }) => logNavigation(context, event, true) }),
      // A refused submission repeated changes nothing (the same notice): the log keeps one.
      recordRefusal: assign({
        log: ({ context, event }) =>
          context.log[context.log.length - 1]?.type === 'answer.submit'
            ? context.log
            : [...context.log, event],
      }),
      changeAnswer: assign(({ context, event }) => {
        if (event.type !== 'answer.change') return {};
        return updateCurrent(context, ({ notice: _, ...work }) => ({
          ...work,
          answer: event.answer,
          pending: true,
        }));
      }),
      setConfidence: assign(({ context, event }) => {
        if (event.type !== 'confidence.set') return {};
        return updateCurrent(context, ({ notice: _, ...work }) => ({
          ...work,
          confidence: event.level,
        }));
      }),
      showHint: assign(({ context }) =>
        updateCurrent(context, (work) => ({ ...work, hintsUsed: work.hintsUsed + 1 })),
      ),
      gradeCurrent: assign(({ context }) => {
        const shown = workToSubmit(quiz, context);
        if (!shown) return {};
        return updateCurrent(context, () =>
          gradeTry(shown.question, shown.work, quiz.settings.tries),
        );
      }),
      noteProblem: assign(({ context }) => {
        const notice = submitProblem(quiz, context);
        return updateCurrent(context, (work) => (notice ? { ...work, notice } : work));
      }),
      moveTo: assign({
        current: ({ context, event }) => targetIndex(context, event) ?? context.current,
      }),
      gradeAll: assign(({ context }) => {
        const maxTries = quiz.behaviour === 'practice' ? quiz.settings.tries : 1;
        const questions: Record<string, QuestionAttempt> = {};
        for (const id of context.order) {
          const work = context.questions[id];
          const question = questionById(quiz, id);
          if (!work || !question) continue;
          const graded =
            !work.closed && work.pending && work.tries.length < maxTries
              ? gradeTry(question, work, maxTries)
              : work;
          const { notice: _, ...closed } = graded;
          questions[id] = { ...closed, closed: true };
        }
        return { questions, finished: true };
      }),
      restart: assign(({ context }) =>
        freshAttempt(quiz, nextSeed(context.seed), context.attempt + 1),
      ),
    },
  }).createMachine({
    id: 'quiz',
    context: ({ input }) =>
      freshAttempt(quiz, input?.seed ?? defaultSeed(quiz), input?.attempt ?? 1),
    initial: 'intro',
    states: {
      intro: {
        on: {
          'quiz.start': [
            { guard: 'isPractice', target: 'practice', actions: 'record' },
            { target: 'test', actions: 'record' },
          ],
        },
      },
      practice: {
        initial: 'answering',
        on: {
          'hint.request': { guard: 'canRequestHint', actions: ['record', 'showHint'] },
          'confidence.set': { guard: 'canSetConfidence', actions: ['record', 'setConfidence'] },
          'question.next': [
            { guard: 'movesToFeedback', target: '.feedback', actions: ['moveTo', 'recordMove'] },
            { guard: 'movesToQuestion', target: '.answering', actions: ['moveTo', 'recordMove'] },
          ],
          'question.previous': [
            { guard: 'movesToFeedback', target: '.feedback', actions: ['moveTo', 'recordMove'] },
            { guard: 'movesToQuestion', target: '.answering', actions: ['moveTo', 'recordMove'] },
          ],
          'question.go': [
            { guard: 'movesToFeedback', target: '.feedback', actions: ['moveTo', 'recordMove'] },
            { guard: 'movesToQuestion', target: '.answering', actions: ['moveTo', 'recordMove'] },
          ],
          'quiz.finish': { target: 'finished', actions: ['record', 'gradeAll'] },
        },
        states: {
          answering: {
            on: {
              'answer.change': { guard: 'canChangeAnswer', actions: ['record', 'changeAnswer'] },
              'answer.submit': [
                { guard: 'canSubmit', target: 'feedback', actions: ['record', 'gradeCurrent'] },
                { guard: 'isOpen', actions: ['recordRefusal', 'noteProblem'] },
              ],
            },
          },
          feedback: {
            on: {
              'answer.change': {
                guard: 'canChangeAnswer',
                target: 'answering',
                actions: ['record', 'changeAnswer'],
              },
            },
          },
        },
      },
      test: {
        initial: 'navigating',
        on: {
          'quiz.finish': { target: 'finished', actions: ['record', 'gradeAll'] },
        },
        states: {
          navigating: {
            on: {
              'answer.change': { guard: 'canChangeAnswer', actions: ['record', 'changeAnswer'] },
              'hint.request': { guard: 'canRequestHint', actions: ['record', 'showHint'] },
              'confidence.set': {
                guard: 'canSetConfidence',
                actions: ['record', 'setConfidence'],
              },
              'question.next': [
                { guard: 'movesToQuestion', actions: ['moveTo', 'recordMove'] },
                { target: 'review', actions: 'recordStep' },
              ],
              'question.previous': { guard: 'movesToQuestion', actions: ['moveTo', 'recordMove'] },
              'question.go': { guard: 'movesToQuestion', actions: ['moveTo', 'recordMove'] },
            },
          },
          review: {
            on: {
              'question.go': {
                guard: 'movesToQuestion',
                target: 'navigating',
                actions: ['moveTo', 'recordMove'],
              },
              'question.previous': { target: 'navigating', actions: 'recordMove' },
            },
          },
        },
      },
      finished: {
        initial: 'results',
        on: {
          'question.next': {
            guard: 'movesToQuestion',
            target: '.reviewing',
            actions: ['moveTo', 'recordMove'],
          },
          'question.previous': {
            guard: 'movesToQuestion',
            target: '.reviewing',
            actions: ['moveTo', 'recordMove'],
          },
          'question.go': {
            guard: 'movesToQuestion',
            target: '.reviewing',
            actions: ['moveTo', 'recordMove'],
          },
          'quiz.restart': { target: 'intro', actions: 'restart' },
        },
        states: {
          results: {},
          reviewing: {
            on: { 'results.show': { target: 'results', actions: 'recordStep' } },
          },
        },
      },
    },
  });
}

/** The machine type for a quiz. */
export type QuizMachine = ReturnType<typeof createQuizMachine>;

/** A snapshot of a quiz actor. */
export type QuizSnapshot = SnapshotFrom<QuizMachine>;
