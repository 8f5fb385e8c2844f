import { describe, expect, it } from 'vitest';
import { EVERY_TYPE_YAML, sampleQuiz } from '../__fixtures__/sample-quizzes';
import { planAttempt } from './plan-attempt';

const quiz = sampleQuiz(EVERY_TYPE_YAML);
const withSettings = (settings: string) =>
  sampleQuiz(EVERY_TYPE_YAML.replace('  passMark: 0.6\n', `  passMark: 0.6\n${settings}`));

describe('planAttempt', () => {
  it('gives the same plan for the same seed', () => {
    expect(planAttempt(quiz, 5)).toEqual(planAttempt(quiz, 5));
  });

  it('keeps the authored question order unless questions are shuffled', () => {
    expect(planAttempt(quiz, 5).order).toEqual(quiz.questions.map((q) => q.id));
    const shuffled = withSettings('  shuffleQuestions: true\n');
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => planAttempt(shuffled, seed).order.join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('shuffles choice options when shuffleOptions is on, and keeps them when off', () => {
    const orders = new Set(
      [1, 2, 3, 4, 5].map((seed) => planAttempt(quiz, seed).choiceOrder.single?.join()),
    );
    expect(orders.size).toBeGreaterThan(1);
    const kept = sampleQuiz(
      EVERY_TYPE_YAML.replace('shuffleOptions: true', 'shuffleOptions: false'),
    );
    for (const seed of [1, 2, 3, 4, 5])
      expect(planAttempt(kept, seed).choiceOrder.single).toEqual(['a', 'b', 'c']);
  });

  it("lets a question keep its options' order against the quiz setting", () => {
    const pinned = sampleQuiz(
      EVERY_TYPE_YAML.replace(
        'type: single-choice\n',
        'type: single-choice\n    shuffleOptions: false\n',
      ),
    );
    for (const seed of [1, 2, 3, 4, 5])
      expect(planAttempt(pinned, seed).choiceOrder.single).toEqual(['a', 'b', 'c']);
  });

  it('never presents an ordering question already in order', () => {
    for (let seed = 0; seed < 50; seed++)
      expect(planAttempt(quiz, seed).choiceOrder.order).not.toEqual(['alpha', 'beta', 'gamma']);
  });

  it('offers every matching choice, distractors included', () => {
    expect([...(planAttempt(quiz, 3).choiceOrder.match ?? [])].sort()).toEqual([
      'fourth',
      'm-alpha',
      'm-delta',
      'm-theta',
    ]);
  });

  it('draws the pool size from the questions', () => {
    const pooled = withSettings('  pool: { draw: 3 }\n');
    const plan = planAttempt(pooled, 8);
    expect(plan.order).toHaveLength(3);
    expect(Object.keys(plan.choiceOrder).sort()).toEqual([...plan.order].sort());
  });

  it('draws per key point, grouping by first key point', () => {
    const pooled = withSettings('  pool: { draw: 1, perKeyPoint: true }\n');
    for (let seed = 0; seed < 20; seed++) {
      const firstKeyPoints = planAttempt(pooled, seed).order.map(
        (id) => pooled.questions.find((q) => q.id === id)?.keyPoints[0],
      );
      expect([...firstKeyPoints].sort()).toEqual(['kp-alpha', 'kp-beta', 'kp-gamma']);
    }
  });
});
