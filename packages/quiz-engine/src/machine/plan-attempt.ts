import type { Question } from '../question';
import type { Quiz } from '../quiz';
import { hashString, mulberry32 } from '../random/mulberry32';
import { seededShuffle } from '../random/seeded-shuffle';

/**
 * The default seed: stable per quiz version, so a server render and its hydration agree. Here,
 * not beside the machine, so a page can show a quiz's plan without loading the machine.
 */
export const defaultSeed = (quiz: Quiz): number => hashString(quiz.version);

/** Which questions an attempt shows, and in what order its choices appear. */
export interface AttemptPlan {
  readonly order: readonly string[];
  readonly choiceOrder: Readonly<Record<string, readonly string[]>>;
}

/** A shuffle that never returns the starting order (so an ordering is never pre-solved). */
function shuffleAway(ids: readonly string[], random: () => number): string[] {
  const shuffled = seededShuffle(ids, random);
  const unchanged = shuffled.every((id, index) => id === ids[index]);
  return unchanged && ids.length > 1 ? [...shuffled.slice(1), ...shuffled.slice(0, 1)] : shuffled;
}

/** The display order of a question's choices; each question has its own stream from the seed. */
function choiceOrderOf(question: Question, shuffleOptions: boolean, seed: number): string[] {
  const random = mulberry32(seed ^ hashString(question.id));
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select': {
      const ids = question.options.map((option) => option.id);
      return (question.shuffleOptions ?? shuffleOptions) ? seededShuffle(ids, random) : ids;
    }
    case 'ordering':
      return shuffleAway(
        question.items.map((item) => item.id),
        random,
      );
    case 'matching':
      return shuffleAway(
        [...question.pairs, ...question.distractors].map((choice) => choice.id),
        random,
      );
    default:
      return [];
  }
}

/** The questions drawn from the pool: `draw` of all, or `draw` per first key point. */
function drawn(quiz: Quiz, seed: number): Set<string> {
  const { pool } = quiz.settings;
  if (!pool) return new Set(quiz.questions.map((question) => question.id));
  const groups = new Map<string, string[]>();
  for (const question of quiz.questions) {
    const key = pool.perKeyPoint ? (question.keyPoints[0] ?? '') : '';
    groups.set(key, [...(groups.get(key) ?? []), question.id]);
  }
  const chosen = new Set<string>();
  for (const [key, ids] of groups) {
    const random = mulberry32(seed ^ hashString(`pool:${key}`));
    for (const id of seededShuffle(ids, random).slice(0, pool.draw)) chosen.add(id);
  }
  return chosen;
}

/**
 * Plans an attempt from a seed: draws the pool, orders the questions (shuffled when
 * `shuffleQuestions`), and orders each question's choices. Ordering items and matching
 * choices are always shuffled; choice options when `shuffleOptions` (per question or quiz).
 */
export function planAttempt(quiz: Quiz, seed: number): AttemptPlan {
  const chosen = drawn(quiz, seed);
  const inQuizOrder = quiz.questions.filter((question) => chosen.has(question.id));
  const questions = quiz.settings.shuffleQuestions
    ? seededShuffle(inQuizOrder, mulberry32(seed ^ hashString('questions')))
    : inQuizOrder;
  return {
    order: questions.map((question) => question.id),
    choiceOrder: Object.fromEntries(
      questions.map((question) => [
        question.id,
        choiceOrderOf(question, quiz.settings.shuffleOptions, seed),
      ]),
    ),
  };
}
