import { describe, expect, it } from 'vitest';
import { isDevServer } from './dev-server';

describe('telling the dev server from a build', () => {
  it('is the dev server under docusaurus start', () => {
    expect(isDevServer({ NODE_ENV: 'development' }, ['node', 'docusaurus', 'start'])).toBe(true);
  });

  it('is a build under docusaurus build, even with --dev', () => {
    expect(isDevServer({ NODE_ENV: 'production' }, ['node', 'docusaurus', 'build'])).toBe(false);
    expect(isDevServer({ NODE_ENV: 'development' }, ['node', 'docusaurus', 'build', '--dev'])).toBe(
      false,
    );
  });
});
