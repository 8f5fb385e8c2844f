import { describe, expect, it } from 'vitest';
import { blankSegments } from './blank-segments';

describe('blankSegments', () => {
  it('splits text at each placeholder', () => {
    expect(blankSegments('They met in {{place}} on {{ date }}.')).toEqual([
      { type: 'text', text: 'They met in ' },
      { type: 'blank', id: 'place' },
      { type: 'text', text: ' on ' },
      { type: 'blank', id: 'date' },
      { type: 'text', text: '.' },
    ]);
  });

  it('gives a text without placeholders as one segment', () => {
    expect(blankSegments('No blanks')).toEqual([{ type: 'text', text: 'No blanks' }]);
  });

  it('handles a placeholder at the very start and end', () => {
    expect(blankSegments('{{a}}{{b}}')).toEqual([
      { type: 'blank', id: 'a' },
      { type: 'blank', id: 'b' },
    ]);
  });
});
