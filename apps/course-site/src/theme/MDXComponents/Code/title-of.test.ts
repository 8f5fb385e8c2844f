import { describe, expect, it } from 'vitest';
import { titleOf } from './title-of';

describe('the title of a fenced code block', () => {
  it('is read from title="…" or title=\'…\' in the meta string, as the theme reads it', () => {
    expect(titleOf('title="apps/course-site/quizzes/rule-of-law.quiz.yaml"')).toBe(
      'apps/course-site/quizzes/rule-of-law.quiz.yaml',
    );
    expect(titleOf("showLineNumbers title='lesson.mdx'")).toBe('lesson.mdx');
  });

  it('is absent without one, or without a meta string', () => {
    expect(titleOf('showLineNumbers')).toBeUndefined();
    expect(titleOf(undefined)).toBeUndefined();
  });
});
