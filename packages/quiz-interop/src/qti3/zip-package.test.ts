import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipPackage } from './zip-package';

const files = [
  { path: 'imsmanifest.xml', text: '<manifest/>' },
  {
    path: 'items/quiz/q1.xml',
    text: '<qti-assessment-item identifier="q1">日本</qti-assessment-item>',
  },
];

describe('zipPackage', () => {
  it('gives the same bytes for the same files, so an export can be compared with the last one', () => {
    expect(zipPackage(files)).toEqual(zipPackage(files));
  });

  it('holds every file at its path, in order, as UTF-8', () => {
    const entries = unzipSync(zipPackage(files));
    expect(Object.keys(entries)).toEqual(files.map((file) => file.path));
    const decoder = new TextDecoder();
    for (const file of files) expect(decoder.decode(entries[file.path])).toBe(file.text);
  });

  it('refuses two files at one path rather than keep one of them', () => {
    expect(() => zipPackage([...files, { path: 'imsmanifest.xml', text: '<manifest/>' }])).toThrow(
      'two package files at imsmanifest.xml',
    );
  });
});
