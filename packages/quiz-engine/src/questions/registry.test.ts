import { describe, expect, expectTypeOf, it } from 'vitest';
import type { QuestionOf, QuestionType } from '../question';
import { questionTypes } from './registry';

describe('the question type registry', () => {
  it('has an entry for every question type', () => {
    const types: QuestionType[] = [
      'single-choice',
      'multiple-select',
      'true-false',
      'fill-in-the-blank',
      'ordering',
      'matching',
      'select-evidence',
    ];
    expect(Object.keys(questionTypes).sort()).toEqual([...types].sort());
  });

  it('files each module under the type its questions name', () => {
    expectTypeOf<{ [T in QuestionType]: QuestionOf<T>['type'] }>().toEqualTypeOf<{
      [T in QuestionType]: T;
    }>();
  });
});
