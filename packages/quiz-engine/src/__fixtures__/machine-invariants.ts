import type { QuizContext } from '../attempt';
import { resultsOf } from '../machine/results-of';
import type { Quiz } from '../quiz';

/** Every number in a value, found recursively. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

/** A machine snapshot's parts that the invariants read. */
export interface ObservedStep {
  readonly value: unknown;
  readonly context: QuizContext;
}

/** Whether a state value is `finished` or one of its substates. */
const isFinished = (value: unknown) =>
  typeof value === 'object' && value !== null && 'finished' in value;

/**
 * What must hold after every transition, as a list of violations (empty when all hold):
 * no NaN or infinity, earned never above total, tries never below zero nor above the
 * allowance, and once finished, nothing but a restart leaves `finished` or changes the result.
 */
export function invariantViolations(
  quiz: Quiz,
  before: ObservedStep | undefined,
  eventType: string,
  after: ObservedStep,
): string[] {
  const violations: string[] = [];
  const fail = (message: string) => violations.push(`${message} after ${eventType}`);
  const results = resultsOf(quiz, after.context);
  if (!numbersIn(results).every(Number.isFinite)) fail('a result is not a finite number');
  if (results.earned > results.total) fail('earned exceeds total');
  const maxTries = quiz.behaviour === 'practice' ? quiz.settings.tries : 1;
  for (const question of results.questions) {
    if (question.earned > question.total) fail(`${question.questionId} earned exceeds total`);
    if (question.tries < 0 || question.tries > maxTries)
      fail(`${question.questionId} tries out of range`);
    if (question.hintsUsed < 0) fail(`${question.questionId} hints below zero`);
    if (question.accuracy < 0 || question.accuracy > 1)
      fail(`${question.questionId} accuracy out of range`);
  }
  if (after.context.finished !== isFinished(after.value))
    fail('finished flag disagrees with state');
  if (before && isFinished(before.value) && eventType !== 'quiz.restart') {
    if (!isFinished(after.value)) fail('left finished without a restart');
    if (JSON.stringify(results) !== JSON.stringify(resultsOf(quiz, before.context)))
      fail('the result changed after finishing');
  }
  return violations;
}
