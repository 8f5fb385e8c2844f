import { describe, expect, it } from 'vitest';
import { courseQuiz } from '../../__fixtures__/course';
import { percent, quizRules } from './quiz-rules';

describe('the rules shown before a quiz starts', () => {
  it('explain practice behaviour with its tries, penalty and hint cost', () => {
    expect(quizRules(courseQuiz('the-meeting'))).toEqual([
      'Practice: you see feedback after each answer.',
      "You have 2 tries per question; each extra try costs 33% of the question's marks.",
      "Hints are available on some questions; each hint costs 10% of the question's marks.",
      'To pass, earn 70% of the marks.',
    ]);
  });

  it('explain test behaviour and the pool of the self-assessment, and offer no hints there', () => {
    const rules = quizRules(courseQuiz('self-assessment'));

    expect(rules[0]).toMatch(/^Test: answer the questions in any order/);
    expect(rules).toContain(
      'Each attempt draws its questions from a larger pool, so every attempt differs.',
    );
    expect(rules.join(' ')).not.toMatch(/hint/i);
  });

  it('write fractions as whole percentages', () => {
    expect(percent(1 / 3)).toBe('33%');
    expect(percent(0.7)).toBe('70%');
  });
});
