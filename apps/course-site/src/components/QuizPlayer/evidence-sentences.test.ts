import { describe, expect, it } from 'vitest';
import { courseQuiz } from './__fixtures__/course-quiz';
import { evidenceSentences } from './evidence-sentences';

describe('the sentences a question points to', () => {
  it('are the sentences its evidence anchors cover, in reading order', () => {
    const question = courseQuiz('dprk-threat').questions.find(({ id }) => id === 'who-is-asked');

    expect(evidenceSentences(question?.evidence ?? [])).toEqual(['p2.s1', 'p2.s5', 'p2.s7']);
  });

  it('are the answer key of a select-the-evidence question', () => {
    const question = courseQuiz('dprk-threat').questions.find(
      ({ id }) => id === 'condemnation-sentences',
    );

    expect(question?.type === 'select-evidence' && question.evidenceSentenceIds).toEqual(
      evidenceSentences(question?.evidence ?? []),
    );
  });

  it('leave out an anchor that names no paragraph of the statement', () => {
    expect(evidenceSentences([{ paragraph: 'p9', exact: 'nothing' }])).toEqual([]);
  });
});
