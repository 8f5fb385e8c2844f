import type { QuestionAttempt, QuizContext } from '../attempt';
import type { Question } from '../question';
import { answerToSubmit, isAnswerFor, scoreQuestion } from '../questions/score-question';
import type { Quiz } from '../quiz';

const byId = new WeakMap<Quiz, ReadonlyMap<string, Question>>();

/** The quiz's question with this id (looked up through a per-quiz index). */
export function questionById(quiz: Quiz, id: string | undefined): Question | undefined {
  let index = byId.get(quiz);
  if (!index) {
    index = new Map(quiz.questions.map((question) => [question.id, question]));
    byId.set(quiz, index);
  }
  return id === undefined ? undefined : index.get(id);
}

/** The question shown and the learner's work on it, when one is shown. */
export function currentWork(
  quiz: Quiz,
  context: QuizContext,
): { question: Question; work: QuestionAttempt } | undefined {
  const id = context.order[context.current];
  const question = questionById(quiz, id);
  const work = id === undefined ? undefined : context.questions[id];
  return question && work ? { question, work } : undefined;
}

/**
 * The question shown and the work a submission of it grades: the learner's answer or, for an
 * untouched question whose type answers as shown (an ordering), the answer it stands for.
 */
export function workToSubmit(
  quiz: Quiz,
  context: QuizContext,
): { question: Question; work: QuestionAttempt } | undefined {
  const shown = currentWork(quiz, context);
  if (!shown || shown.work.answer !== undefined) return shown;
  const { question, work } = shown;
  const answer = answerToSubmit(question, undefined, context.choiceOrder[question.id] ?? []);
  return answer === undefined ? shown : { question, work: { ...work, answer, pending: true } };
}

/** Whether the answer to the question shown may be replaced by `answer`. */
export function canChangeAnswer(quiz: Quiz, context: QuizContext, answer: unknown): boolean {
  const shown = currentWork(quiz, context);
  return !!shown && !shown.work.closed && !context.finished && isAnswerFor(shown.question, answer);
}

/**
 * Why the answer shown cannot be submitted now, or `undefined` when it can. A refused
 * submission costs nothing.
 */
export function submitProblem(quiz: Quiz, context: QuizContext): string | undefined {
  const shown = workToSubmit(quiz, context);
  if (!shown || shown.work.closed || context.finished) return 'This question is closed.';
  const { question, work } = shown;
  const score = scoreQuestion(question, work.answer);
  if (score.type === 'invalid') return score.message;
  if (!work.pending) return 'Change your answer before trying again.';
  if (quiz.settings.confidence && work.confidence === undefined)
    return 'Say how sure you are before submitting.';
  return undefined;
}

/** Whether another hint can be shown for the question shown. */
export function canRequestHint(quiz: Quiz, context: QuizContext): boolean {
  const shown = currentWork(quiz, context);
  return (
    quiz.settings.hints &&
    !!shown &&
    !shown.work.closed &&
    !context.finished &&
    shown.work.hintsUsed < shown.question.hints.length
  );
}

/** Whether a confidence rating can be set now. */
export function canSetConfidence(quiz: Quiz, context: QuizContext, level: unknown): boolean {
  const shown = currentWork(quiz, context);
  return (
    quiz.settings.confidence &&
    !!shown &&
    !shown.work.closed &&
    !context.finished &&
    (level === 1 || level === 2 || level === 3)
  );
}

/** Grades `work` as one more try; closes it when right or out of tries. */
export function gradeTry(
  question: Question,
  work: QuestionAttempt,
  maxTries: number,
): QuestionAttempt {
  const score = scoreQuestion(question, work.answer);
  if (score.type === 'invalid') return { ...work, notice: score.message };
  // A question with nothing to get wrong (only possible when built by hand) counts as right.
  const tries = [...work.tries, score.total > 0 ? score.earned / score.total : 1];
  const { notice: _, ...rest } = work;
  return {
    ...rest,
    tries,
    score,
    pending: false,
    closed: score.correct || tries.length >= maxTries,
  };
}
