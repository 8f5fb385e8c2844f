import { describe, expect, it } from 'vitest';
import { yamlPosition } from './yaml-position';

const text = '# a comment\nid: demo\nquestions:\n  - id: q1\n    prompt: First\n  - id: q2\n';

describe('the position of a path in YAML', () => {
  it('is the start of the value, 1-based', () => {
    expect(yamlPosition(text, ['id'])).toEqual({ line: 2, column: 5 });
    expect(yamlPosition(text, ['questions', 1])).toEqual({ line: 6, column: 5 });
    expect(yamlPosition(text, ['questions', 0, 'prompt'])).toEqual({ line: 5, column: 13 });
  });

  it('is undefined for a path the text does not spell out', () => {
    expect(yamlPosition(text, ['questions', 2])).toBeUndefined();
    expect(yamlPosition(text, ['title'])).toBeUndefined();
  });
});
