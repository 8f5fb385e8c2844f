import type { Question } from '../question';
import { moduleOf } from '../questions/score-question';
import type { Quiz } from '../quiz';
import { hashString, mulberry32 } from '../random/mulberry32';
import { drawQuestions } from './draw-questions';

/** Which questions an attempt shows, and in what order its choices appear. */
export interface AttemptPlan {
  readonly order: readonly string[];
  readonly choiceOrder: Readonly<Record<string, readonly string[]>>;
}

/** The display order of a question's choices, by its type; each question has its own stream. */
function choiceOrderOf(question: Question, shuffleOptions: boolean, seed: number): string[] {
  const random = mulberry32(seed ^ hashString(question.id));
  return [...moduleOf(question).choiceOrder(question, { shuffleOptions, random })];
}

/**
 * Plans an attempt from a seed: draws the pool, orders the questions (shuffled when
 * `shuffleQuestions`), and orders each question's choices as its type does: ordering items
 * and matching choices always shuffled, choice options when `shuffleOptions` (per question
 * or quiz).
 */
export function planAttempt(quiz: Quiz, seed: number): AttemptPlan {
  const questions = drawQuestions(quiz, seed);
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
