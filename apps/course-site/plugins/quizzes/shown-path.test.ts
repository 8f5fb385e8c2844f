import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandDirectory, shownPath } from './shown-path';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('shownPath', () => {
  it('names a file relative to the folder the npm command was typed in', () => {
    vi.stubEnv('INIT_CWD', '/repo');
    expect(commandDirectory()).toBe('/repo');
    expect(shownPath('/repo/apps/course-site/quizzes/x.quiz.yaml')).toBe(
      join('apps', 'course-site', 'quizzes', 'x.quiz.yaml'),
    );
  });

  it('falls back to the working directory without npm', () => {
    vi.stubEnv('INIT_CWD', undefined);
    expect(commandDirectory()).toBe(process.cwd());
    expect(shownPath(join(process.cwd(), 'x.quiz.yaml'))).toBe('x.quiz.yaml');
  });

  it('goes up from a folder below the file', () => {
    expect(
      shownPath('/repo/apps/course-site/quizzes/x.quiz.yaml', '/repo/apps/course-site/docs'),
    ).toBe(join('..', 'quizzes', 'x.quiz.yaml'));
  });
});
