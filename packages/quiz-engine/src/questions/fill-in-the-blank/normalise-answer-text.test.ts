import { describe, expect, it } from 'vitest';
import { normaliseAnswerText } from './normalise-answer-text';

describe('normaliseAnswerText', () => {
  it('folds case unless asked not to', () => {
    expect(normaliseAnswerText('Singapore')).toBe('singapore');
    expect(normaliseAnswerText('Singapore', true)).toBe('Singapore');
  });

  it('collapses and trims white space, tabs and line breaks included', () => {
    expect(normaliseAnswerText('  Lee \t Jong\nSup ')).toBe('lee jong sup');
  });

  it('removes punctuation, so U.S. equals US', () => {
    expect(normaliseAnswerText('U.S.')).toBe(normaliseAnswerText('US'));
    expect(normaliseAnswerText('missiles!')).toBe('missiles');
  });

  it('treats typographic and straight apostrophes alike', () => {
    expect(normaliseAnswerText('People’s')).toBe(normaliseAnswerText("People's"));
    expect(normaliseAnswerText('“quoted”')).toBe(normaliseAnswerText('"quoted"'));
  });

  it('treats dashes alike', () => {
    expect(normaliseAnswerText('Indo–Pacific')).toBe(normaliseAnswerText('Indo-Pacific'));
  });

  it('keeps punctuation between digits, so 3.5 differs from 35', () => {
    expect(normaliseAnswerText('3.5')).toBe('3.5');
    expect(normaliseAnswerText('3.5')).not.toBe(normaliseAnswerText('35'));
  });

  it('applies Unicode compatibility normalisation to full-width letters', () => {
    expect(normaliseAnswerText('ＤＰＲＫ')).toBe('dprk');
  });
});
