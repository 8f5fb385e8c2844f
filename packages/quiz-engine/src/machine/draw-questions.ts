import type { Question } from '../question';
import { mainKeyPoint } from '../question-base';
import type { Quiz } from '../quiz';
import { hashString, mulberry32 } from '../random/mulberry32';
import { seededShuffle } from '../random/seeded-shuffle';

/**
 * The default seed: stable per quiz version, so a server render and its hydration agree. Here,
 * not beside the machine, so a page can show a quiz's plan without loading the machine.
 */
export const defaultSeed = (quiz: Quiz): number => hashString(quiz.version);

/** The questions drawn from the pool: `draw` of all, or `draw` per main key point. */
function drawn(quiz: Quiz, seed: number): Set<string> {
  const { pool } = quiz.settings;
  if (!pool) return new Set(quiz.questions.map((question) => question.id));
  const groups = new Map<string, string[]>();
  for (const question of quiz.questions) {
    const key = pool.perKeyPoint ? (mainKeyPoint(question) ?? '') : '';
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
 * The questions an attempt seeded with `seed` shows, in order: the pool's draw, shuffled when
 * `shuffleQuestions`. Apart from the question types, so that a page can count a quiz's
 * questions without loading them.
 */
export function drawQuestions(quiz: Quiz, seed: number): Question[] {
  const chosen = drawn(quiz, seed);
  const inQuizOrder = quiz.questions.filter((question) => chosen.has(question.id));
  return quiz.settings.shuffleQuestions
    ? seededShuffle(inQuizOrder, mulberry32(seed ^ hashString('questions')))
    : inQuizOrder;
}
