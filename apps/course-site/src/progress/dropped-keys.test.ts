import { describe, expect, it } from 'vitest';
import { unkeepableKeyImportNote, unkeepableKeyMessage, unkeepableKeyPath } from './dropped-keys';

describe('a __proto__ key in stored or imported progress', () => {
  it('is found where it is, in an object at any depth, and only as a key', () => {
    expect(unkeepableKeyPath('{"lessons":{"__proto__":{}}}')).toBe('lessons.__proto__');
    expect(
      unkeepableKeyPath('{"snapshots":{"the-meeting":{"snapshot":{"log":[{"__proto__":1}]}}}}'),
    ).toBe('snapshots["the-meeting"].snapshot.log[0].__proto__');
    expect(unkeepableKeyPath('{"lessons":{"a":{"completedAt":"__proto__"}}}')).toBeNull();
    expect(unkeepableKeyPath('{"lessons":{}}')).toBeNull();
    expect(unkeepableKeyPath('{broken "__proto__"')).toBeNull();
  });

  it('is named with its place in what the learner is told', () => {
    expect(unkeepableKeyMessage('lessons.__proto__', 'k.backup.1')).toMatch(
      /record named "__proto__" \(at lessons\.__proto__\).*left out.*set aside/,
    );
    expect(unkeepableKeyMessage('lessons.__proto__', null)).toMatch(/left where it was/);
    expect(unkeepableKeyImportNote('cards.__proto__')).toBe(
      'A record named "__proto__" in the file (at cards.__proto__) was left out: the course cannot keep that name safely.',
    );
  });
});
