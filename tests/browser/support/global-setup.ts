import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDir } from './site-build';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server that serves the production build. */
    siteUrl: string;
  }
}

/** Serves the production build of the course site for the browser tests, and stops it after. */
export default async function setup(project: TestProject) {
  try {
    await access(join(buildDir, 'index.html'));
  } catch {
    throw new Error(
      `The browser tests need the production build of the course site at ${buildDir}, and it is missing. ` +
        'Run `npm run build` at the repository root (or `npm run build -w @tmm/course-site`) first; ' +
        '`npx turbo run test` builds it for you.',
    );
  }
  const server = await startStaticServer(buildDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
