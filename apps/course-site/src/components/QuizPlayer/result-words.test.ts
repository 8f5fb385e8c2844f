import type { KeyPointResult, QuestionResult, QuizResults } from '@tmm/quiz-engine';
import { describe, expect, it } from 'vitest';
import { courseQuiz } from '../../__fixtures__/course';
import { REVIEW_SETTINGS } from '../../progress/review-quiz';
import {
  ANSWER_WORDS,
  CERTAINTY_TABLE,
  certaintyLine,
  KEY_POINT_WORDS,
  keyPointLine,
  marksRule,
  questionCertaintyLine,
  questionLine,
  RESULT_TERMS,
  signed,
  totalsLine,
} from './result-words';

const result = (more: Partial<QuestionResult>): QuestionResult => ({
  questionId: 'q',
  earned: 1,
  total: 1,
  accuracy: 1,
  tries: 1,
  hintsUsed: 0,
  correct: true,
  status: 'correct',
  ...more,
});

describe('the words of results', () => {
  it('say why a correct answer earned less than full marks', () => {
    expect(questionLine(result({}))).toBe('Correct, 1 of 1 mark.');
    expect(questionLine(result({ earned: 0.666667, accuracy: 0.666667, tries: 2 }))).toBe(
      'Correct on the second try, 0.67 of 1 mark.',
    );
    expect(questionLine(result({ earned: 0.9, accuracy: 0.9, hintsUsed: 1 }))).toBe(
      'Correct with 1 hint, 0.9 of 1 mark.',
    );
    expect(
      questionLine(
        result({ earned: 0, accuracy: 0, correct: false, status: 'incorrect', tries: 2 }),
      ),
    ).toBe('Not correct, 0 of 1 mark.');
  });

  it('never show a negative mark or percentage for a sure miss', () => {
    const sureMiss = result({
      earned: 0,
      accuracy: 0,
      correct: false,
      status: 'incorrect',
      confidence: 3,
      certaintyMark: -6,
    });
    expect(questionLine(sureMiss)).toBe('Not correct, 0 of 1 mark.');
    // The confidence result is reported apart, as a mark on the scale, not as marks earned.
    expect(questionCertaintyLine(sureMiss)).toBe('Sure: certainty-based mark −6.');
    expect(questionCertaintyLine(result({ confidence: 1, certaintyMark: 1 }))).toBe(
      'Not sure: certainty-based mark +1.',
    );
    expect(questionCertaintyLine(result({}))).toBeUndefined();
  });

  it('count a key point’s questions and marks with the numbers of the questions’ own lines', () => {
    const keyPoint: KeyPointResult = {
      keyPoint: 'kp',
      earned: 1.566667,
      total: 2,
      questions: 2,
      correct: 2,
      status: 'correct',
    };
    expect(`${KEY_POINT_WORDS[keyPoint.status]}: ${keyPointLine(keyPoint)}`).toBe(
      'All correct: 2 of 2 questions correct, 1.57 of 2 marks (78%).',
    );
  });

  it('count the questions correct in the totals', () => {
    const questions = [
      ...Array.from({ length: 8 }, () => result({})),
      result({ confidence: 1, certaintyMark: 1 }),
      result({ earned: 0, accuracy: 0, correct: false, status: 'incorrect', confidence: 3 }),
    ];
    const results: QuizResults = {
      finished: true,
      earned: 9,
      total: 10,
      accuracy: 0.9,
      score: 0.9,
      passed: true,
      certainty: { average: 0.9, rated: 2 },
      questions,
      keyPoints: [],
    };
    expect(totalsLine(results)).toBe('9 of 10 questions correct.');
    expect(certaintyLine({ average: -0.5, rated: 2 })).toBe(
      'Average certainty-based mark: −0.5 per mark, of a possible +3.',
    );
  });

  it('explain in one sentence how a course quiz and the review work marks out', () => {
    expect(marksRule(courseQuiz('the-meeting').settings)).toBe(
      "How marks are worked out: a correct answer earns the question's marks and a partly correct one its share; each extra try costs 33% and each hint 10% of them, never below 0.",
    );
    expect(marksRule(REVIEW_SETTINGS)).toBe(
      "How marks are worked out: a correct answer earns the question's marks and a partly correct one its share; each extra try costs 33% and each hint 10% of them, never below 0, and how sure you were never changes them.",
    );
  });

  it('keep Gardner-Medwin’s table and name each term the guide defines with the words shown', () => {
    expect(
      CERTAINTY_TABLE.map((row) => `${row.words} ${signed(row.right)}/${signed(row.wrong)}`),
    ).toEqual(['Not sure +1/0', 'Fairly sure +2/−2', 'Sure +3/−6']);
    const terms = RESULT_TERMS.map((entry) => entry.term).join(' ');
    for (const word of [...Object.values(KEY_POINT_WORDS), ANSWER_WORDS.correct, 'Marks', 'Score'])
      expect(terms).toContain(word);
  });
});
