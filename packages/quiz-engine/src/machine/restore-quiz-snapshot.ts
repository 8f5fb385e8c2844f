import { createActor, type Snapshot, type StateValue } from 'xstate';
import type { QuestionAttempt, QuizContext } from '../attempt';
import type { Question } from '../question';
import { isRecord, isStringArray } from '../questions/answer-shape';
import { moduleOf } from '../questions/score-question';
import type { Quiz } from '../quiz';
import { nextSeed } from '../random/mulberry32';
import { questionById } from './attempt-rules';
import { isQuizEvent } from './quiz-events';
import { createQuizMachine, freshAttempt } from './quiz-machine';

/**
 * What became of a persisted attempt:
 * - `fresh`: nothing was persisted; start anew.
 * - `resumed`: same quiz version; the attempt continues exactly where it was.
 * - `migrated`: the quiz changed while the attempt was in progress; the work on questions
 *   whose id and content hash are unchanged is kept, the rest starts unanswered.
 * - `restarted`: the quiz changed after the attempt finished, or its behaviour changed;
 *   a new attempt begins at the intro (the old result stays wherever the site recorded it).
 * - `discarded`: the data is unreadable, of another format, or of another quiz; start anew.
 */
export type RestoreOutcome = 'fresh' | 'resumed' | 'migrated' | 'restarted' | 'discarded';

/** A persisted attempt made ready for `createActor(machine, { snapshot })`. */
export interface RestoredQuiz {
  /** Pass to `createActor` as `snapshot`; `undefined` means start a fresh actor. */
  readonly snapshot: Snapshot<unknown> | undefined;
  readonly outcome: RestoreOutcome;
  /** Question ids whose work was carried over (`migrated`). */
  readonly kept: readonly string[];
  /** Question ids whose work was dropped because they changed or left the quiz (`migrated`). */
  readonly dropped: readonly string[];
}

const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

/** Whether a stored value is well-formed work on a question. */
function isQuestionAttempt(value: unknown): value is QuestionAttempt {
  return (
    isRecord(value) &&
    typeof value.pending === 'boolean' &&
    typeof value.closed === 'boolean' &&
    typeof value.hash === 'string' &&
    isCount(value.hintsUsed) &&
    Array.isArray(value.tries) &&
    value.tries.every((t) => typeof t === 'number' && t >= 0 && t <= 1) &&
    (value.confidence === undefined || [1, 2, 3].includes(value.confidence as number))
  );
}

const PART_STATUSES = new Set<unknown>(['correct', 'incorrect', 'missed']);

/** Whether a stored value is a graded try's score, with its parts. */
function isPointsScore(value: unknown): boolean {
  return (
    isRecord(value) &&
    value.type === 'points' &&
    Number.isFinite(value.earned) &&
    Number.isFinite(value.total) &&
    typeof value.correct === 'boolean' &&
    Array.isArray(value.parts) &&
    value.parts.every(
      (part) => isRecord(part) && typeof part.id === 'string' && PART_STATUSES.has(part.status),
    )
  );
}

/**
 * Whether stored work fits `question` as it is now: an answer of its type's shape, a well-formed
 * score and notice, and a display order that is exactly the question's own choices (every one,
 * once). Anything else would break the views that render it.
 */
function fitsQuestion(question: Question, work: QuestionAttempt, choiceOrder: unknown): boolean {
  const module = moduleOf(question);
  if (work.answer !== undefined && !module.isAnswer(work.answer)) return false;
  if (work.score !== undefined && !isPointsScore(work.score)) return false;
  if (work.notice !== undefined && typeof work.notice !== 'string') return false;
  if (!isStringArray(choiceOrder)) return false;
  const choices = module.choiceOrder(question, { shuffleOptions: false, random: () => 0 });
  const shown = new Set(choiceOrder);
  return (
    shown.size === choiceOrder.length &&
    choiceOrder.length === choices.length &&
    choices.every((id) => shown.has(id))
  );
}

/** Whether a stored value is an attempt context this engine wrote for this quiz. */
function isContextOf(quiz: Quiz, value: unknown): value is QuizContext {
  return (
    isRecord(value) &&
    value.format === 1 &&
    value.quizId === quiz.id &&
    typeof value.version === 'string' &&
    isCount(value.seed) &&
    isCount(value.attempt) &&
    isCount(value.current) &&
    typeof value.finished === 'boolean' &&
    isStringArray(value.order) &&
    new Set(value.order).size === value.order.length &&
    Array.isArray(value.log) &&
    value.log.every(isQuizEvent) &&
    isRecord(value.choiceOrder) &&
    isRecord(value.questions) &&
    Object.values(value.questions).every(isQuestionAttempt)
  );
}

const topState = (value: unknown) => (isRecord(value) ? Object.keys(value)[0] : value);

/**
 * Restores a persisted attempt (from `actor.getPersistedSnapshot()`) for `quiz`, applying the
 * version rule described by {@link RestoreOutcome}. Never throws: anything unreadable is
 * `discarded`.
 */
export function restoreQuizSnapshot(quiz: Quiz, persisted: unknown): RestoredQuiz {
  const none = { kept: [], dropped: [] };
  if (persisted === undefined || persisted === null)
    return { snapshot: undefined, outcome: 'fresh', ...none };
  if (!isRecord(persisted) || !isContextOf(quiz, persisted.context))
    return { snapshot: undefined, outcome: 'discarded', ...none };
  const machine = createQuizMachine(quiz);
  const old = persisted.context;
  const state = topState(persisted.value);
  const persist = (value: StateValue, context: QuizContext) =>
    machine.getPersistedSnapshot(machine.resolveState({ value, context }));
  try {
    if (old.version === quiz.version) {
      const order = old.order.every((id) => {
        const question = questionById(quiz, id);
        const work = Object.hasOwn(old.questions, id) ? old.questions[id] : undefined;
        return question && work && fitsQuestion(question, work, old.choiceOrder[id]);
      });
      if (!order || old.current >= old.order.length) throw new Error('inconsistent attempt');
      // Restoring once proves the state value exists: xstate marks a bad one as an error. A
      // value naming a state that has since gained substates (`finished`, before the results
      // and the review of a question were states of their own) enters its initial substate.
      const trial = createActor(machine, { snapshot: persisted as Snapshot<unknown>, input: {} });
      if (trial.getSnapshot().status !== 'active') throw new Error('unknown state');
      return { snapshot: persisted as Snapshot<unknown>, outcome: 'resumed', ...none };
    }
    const behaviour = state === 'practice' || state === 'test' ? state : undefined;
    if (state === 'finished' || (behaviour && behaviour !== quiz.behaviour)) {
      const context = freshAttempt(quiz, nextSeed(old.seed), old.attempt + 1);
      return { snapshot: persist('intro', context), outcome: 'restarted', ...none };
    }
    const fresh = freshAttempt(quiz, old.seed, old.attempt);
    const kept: string[] = [];
    const questions: Record<string, QuestionAttempt> = { ...fresh.questions };
    for (const id of fresh.order) {
      const work = Object.hasOwn(old.questions, id) ? old.questions[id] : undefined;
      const question = questionById(quiz, id);
      if (
        work &&
        question &&
        work.hash === questions[id]?.hash &&
        fitsQuestion(question, work, fresh.choiceOrder[id])
      ) {
        const outOfTries = work.tries.length >= quiz.settings.tries;
        questions[id] = { ...work, closed: work.closed || outOfTries };
        kept.push(id);
      }
    }
    const dropped = Object.keys(old.questions).filter((id) => !kept.includes(id));
    const context: QuizContext = { ...fresh, questions, migratedFrom: old.version };
    const first = questions[fresh.order[0] ?? ''];
    const value: StateValue =
      behaviour === 'practice'
        ? { practice: first?.score && !first.pending ? 'feedback' : 'answering' }
        : behaviour === 'test'
          ? { test: 'navigating' }
          : 'intro';
    return { snapshot: persist(value, context), outcome: 'migrated', kept, dropped };
  } catch {
    return { snapshot: undefined, outcome: 'discarded', ...none };
  }
}
