import { describe, expect, it } from 'vitest';
import { rememberQuizReturn, takeQuizReturn } from './quiz-return';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the return from the reader to a quiz', () => {
  it('is taken once, at the history entry and quiz the learner left', () => {
    const storage = memoryStorage();
    rememberQuizReturn('k1', 'the-meeting', storage);
    expect(takeQuizReturn('k2', 'the-meeting', storage)).toBe(false);
    expect(takeQuizReturn('k1', 'dprk-threat', storage)).toBe(false);
    expect(takeQuizReturn('k1', 'the-meeting', storage)).toBe(true);
    expect(takeQuizReturn('k1', 'the-meeting', storage)).toBe(false);
  });

  it('is no return when what is stored is not a note of ours', () => {
    const storage = memoryStorage();
    storage.setItem('tmm-quiz-return', '{not json');
    expect(takeQuizReturn('k1', 'the-meeting', storage)).toBe(false);
    storage.setItem('tmm-quiz-return', '"k1"');
    expect(takeQuizReturn('k1', 'the-meeting', storage)).toBe(false);
  });

  it('never throws when storage refuses', () => {
    const refusing = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    } as Storage;
    expect(() => rememberQuizReturn('k1', 'the-meeting', refusing)).not.toThrow();
    expect(takeQuizReturn('k1', 'the-meeting', refusing)).toBe(false);
  });
});
