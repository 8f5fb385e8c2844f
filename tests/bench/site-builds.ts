import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repositoryRoot } from './repository';
import { cleanEnvironment, runCommand } from './run-command';

/** A copy of the course site to build, apart from the working tree that others use. */
export interface CourseSiteCopy {
  /** The copied site folder, laid out as in the repository so its imports resolve. */
  readonly siteDir: string;
  /** Removes the copy. */
  remove(): Promise<void>;
}

/**
 * Copies apps/course-site as it is now (sources, not caches or builds) into a temporary folder
 * that links the repository's node_modules, packages and base tsconfig, as quiz-build.test.ts
 * does. Cold builds clear caches, and clearing them in the working tree would pull them from
 * under a `docusaurus start` or a test run; the copy builds the same files with the same deps.
 */
export async function copyCourseSite(): Promise<CourseSiteCopy> {
  const root = await mkdtemp(join(tmpdir(), 'tmm-bench-course-'));
  const siteDir = join(root, 'apps', 'course-site');
  await cp(join(repositoryRoot, 'apps', 'course-site'), siteDir, {
    recursive: true,
    filter: (source) =>
      !['node_modules', 'build', '.docusaurus', '.turbo'].includes(basename(source)),
  });
  for (const shared of ['node_modules', 'packages', 'tsconfig.base.json'])
    await symlink(join(repositoryRoot, shared), join(root, shared));
  return { siteDir, remove: () => rm(root, { recursive: true, force: true }) };
}

/**
 * Removes what `docusaurus clear` removes (the build, `.docusaurus` and the bundler's persistent
 * cache in node_modules/.cache), so that the next build is a cold one.
 */
export async function clearSite(siteDir: string): Promise<void> {
  for (const generated of ['build', '.docusaurus', join('node_modules', '.cache')])
    await rm(join(siteDir, generated), { recursive: true, force: true });
}

/** The `docusaurus` command line of the @docusaurus/core a site resolves. */
function docusaurusCli(siteDir: string): string {
  const requireFromSite = createRequire(join(siteDir, 'package.json'));
  return join(
    dirname(requireFromSite.resolve('@docusaurus/core/package.json')),
    'bin',
    'docusaurus.mjs',
  );
}

/** One cold build: its wall time and the time of each step Docusaurus reports. */
export interface BuildTiming {
  readonly wallMs: number;
  /** Top-level steps of the build (`Load site`, `Bundling with rspack`, `SSG`…), milliseconds. */
  readonly stepsMs: Readonly<Record<string, number>>;
}

/**
 * The top-level steps of a build from Docusaurus's performance log
 * (`[PERF] Build > en > Bundling with rspack - 8.60 seconds!`); nested steps are left out.
 */
export function buildSteps(output: string): Record<string, number> {
  const steps: Record<string, number> = {};
  for (const match of output.matchAll(
    /^\[PERF\] Build > [^>]+ > ([^>]+?) - ([\d.]+) (ms|seconds)/gm,
  )) {
    const [, step = '', amount = '0', unit] = match;
    steps[step] = Number.parseFloat(amount) * (unit === 'seconds' ? 1000 : 1);
  }
  return steps;
}

/** Clears the site's caches, runs `docusaurus build`, and times it. */
export async function coldBuild(siteDir: string): Promise<BuildTiming> {
  await clearSite(siteDir);
  const cli = docusaurusCli(siteDir);
  const started = performance.now();
  const { output } = await runCommand(process.execPath, [cli, 'build'], {
    cwd: siteDir,
    // Docusaurus then logs how long each step took.
    env: cleanEnvironment({ DOCUSAURUS_PERF_LOGGER: 'true' }),
  });
  return { wallMs: performance.now() - started, stepsMs: buildSteps(output) };
}
