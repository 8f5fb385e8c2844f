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
          // Typing sends a change per key: keep only the latest of consecutive changes.
          const coalesce = event.type === 'answer.change' && last?.type === 'answer.change';
          return [...(coalesce ? context.log.slice(0, -1) : context.log), event];
        },
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
            { guard: 'movesToFeedback', target: '.feedback', actions: ['record', 'moveTo'] },
            { guard: 'movesToQuestion', target: '.answering', actions: ['record', 'moveTo'] },
          ],
          'question.previous': [
            { guard: 'movesToFeedback', target: '.feedback', actions: ['record', 'moveTo'] },
            { guard: 'movesToQuestion', target: '.answering', actions: ['record', 'moveTo'] },
          ],
          'question.go': [
            { guard: 'movesToFeedback', target: '.feedback', actions: ['record', 'moveTo'] },
            { guard: 'movesToQuestion', target: '.answering', actions: ['record', 'moveTo'] },
          ],
          'quiz.finish': { target: 'finished', actions: ['record', 'gradeAll'] },
        },
        states: {
          answering: {
            on: {
              'answer.change': { guard: 'canChangeAnswer', actions: ['record', 'changeAnswer'] },
              'answer.submit': [
                { guard: 'canSubmit', target: 'feedback', actions: ['record', 'gradeCurrent'] },
                { guard: 'isOpen', actions: ['record', 'noteProblem'] },
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
                { guard: 'movesToQuestion', actions: ['record', 'moveTo'] },
                { target: 'review', actions: 'record' },
              ],
              'question.previous': { guard: 'movesToQuestion', actions: ['record', 'moveTo'] },
              'question.go': { guard: 'movesToQuestion', actions: ['record', 'moveTo'] },
            },
          },
          review: {
            on: {
              'question.go': {
                guard: 'movesToQuestion',
                target: 'navigating',
                actions: ['record', 'moveTo'],
              },
              'question.previous': { target: 'navigating', actions: 'record' },
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
            actions: ['record', 'moveTo'],
          },
          'question.previous': {
            guard: 'movesToQuestion',
            target: '.reviewing',
            actions: ['record', 'moveTo'],
          },
          'question.go': {
            guard: 'movesToQuestion',
            target: '.reviewing',
            actions: ['record', 'moveTo'],
          },
          'quiz.restart': { target: 'intro', actions: 'restart' },
        },
        states: {
          results: {},
          reviewing: {
            on: { 'results.show': { target: 'results', actions: 'record' } },
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
