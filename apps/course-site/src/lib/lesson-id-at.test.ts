import { describe, expect, it } from 'vitest';
import { lessonIdAt } from './lesson-id-at';

describe('the lesson a link points to', () => {
  it('is the slug after the lessons’ base path, without a fragment or query', () => {
    expect(lessonIdAt('/lessons/the-meeting', '/lessons')).toBe('the-meeting');
    expect(lessonIdAt('/lessons/dprk-threat#key-points', '/lessons')).toBe('dprk-threat');
    expect(lessonIdAt('/lessons/rule-of-law/?from=home', '/lessons')).toBe('rule-of-law');
  });

  it('is none for the course introduction, deeper paths and other sections', () => {
    expect(lessonIdAt('/lessons', '/lessons')).toBeUndefined();
    expect(lessonIdAt('/lessons/', '/lessons')).toBeUndefined();
    expect(lessonIdAt('/lessons/the-meeting/extra', '/lessons')).toBeUndefined();
    expect(lessonIdAt('/instructors/the-meeting', '/lessons')).toBeUndefined();
    expect(lessonIdAt('/lessonsthe-meeting', '/lessons')).toBeUndefined();
  });
});
