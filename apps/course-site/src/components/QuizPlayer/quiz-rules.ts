import type { Quiz } from '@tmm/quiz-engine';
import { percent } from '../../progress/percent';

export { percent };

/** What a learner should know before starting: how the quiz gives feedback and marks. */
export function quizRules(quiz: Quiz): string[] {
  const { settings } = quiz;
  const rules: string[] = [];
  if (quiz.behaviour === 'practice') {
    rules.push('Practice: you see feedback after each answer.');
    rules.push(
      settings.tries > 1
        ? `You have ${settings.tries} tries per question${settings.penaltyPerTry > 0 ? `; each extra try costs ${percent(settings.penaltyPerTry)} of the question's marks` : ''}.`
        : 'You have one try per question.',
    );
  } else {
    rules.push(
      'Test: answer the questions in any order and change your answers until you finish. Feedback and your results come at the end.',
    );
  }
  if (settings.hints && quiz.questions.some((question) => question.hints.length > 0))
    rules.push(
      settings.hintCost > 0
        ? `Hints are available on some questions; each hint costs ${percent(settings.hintCost)} of the question's marks.`
        : 'Hints are available on some questions, at no cost.',
    );
  if (settings.confidence)
    rules.push(
      'For each answer you say how sure you are: being sure earns more when you are right and costs marks when you are wrong.',
    );
  if (settings.pool)
    rules.push('Each attempt draws its questions from a larger pool, so every attempt differs.');
  rules.push(`To pass, earn ${percent(settings.passMark)} of the marks.`);
  return rules;
}
