import type { Answer, AnswerOf } from '../answer';
import type { Question, QuestionOf, QuestionType } from '../question';
import { MISFIT } from './answer-shape';
import type { QuestionTypeModule } from './question-type';
import { questionTypes } from './registry';
import { invalid, type ScoreResult } from './score-result';

/** The module of a question's own type, typed to match it. */
export function moduleOf<T extends QuestionType>(
  question: QuestionOf<T>,
): QuestionTypeModule<QuestionOf<T>, AnswerOf<T>> {
  // NOTE: TypeScript cannot correlate `question.type` with `T` across the mapped registry.
  return questionTypes[question.type as T];
}

/** Whether `answer` has the shape of an answer to `question` (answers from storage are untrusted). */
export function isAnswerFor<T extends QuestionType>(
  question: QuestionOf<T>,
  answer: unknown,
): answer is AnswerOf<T> {
  return moduleOf(question).isAnswer(answer);
}

/** Grades any answer to any question; a malformed answer is invalid, never a throw. */
export function scoreQuestion(question: Question, answer: unknown): ScoreResult {
  const module = moduleOf(question);
  if (answer !== undefined && !module.isAnswer(answer)) return invalid(MISFIT);
  return module.score(question, answer);
}

/** Whether an answer is complete enough to grade: an incomplete answer never costs a try. */
export function isQuestionComplete(question: Question, answer: unknown): boolean {
  return scoreQuestion(question, answer).type === 'points';
}

/**
 * The answer a submission of `question` grades: the learner's, or for an untouched question
 * whose type gives one (an ordering), the answer it stands for as shown.
 */
export function answerToSubmit(
  question: Question,
  answer: Answer | undefined,
  choiceOrder: readonly string[],
): Answer | undefined {
  return answer ?? moduleOf(question).answerAsShown?.(question, choiceOrder);
}
