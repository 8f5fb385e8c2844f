import { cp, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
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

/** One cold build: its wall time, CPU time and the time of each step Docusaurus reports. */
export interface BuildTiming {
  readonly wallMs: number;
  /**
   * User + system CPU time of the build and every process it started, milliseconds, where the
   * system tells (Linux): on a machine shared with other work it varies far less than wall time.
   */
  readonly cpuMs: number | undefined;
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

/**
 * CPU time of this process's finished child processes (and theirs), from /proc/self/stat's
 * cutime and cstime; undefined where there is no such file.
 */
export async function childrenCpuMs(): Promise<number | undefined> {
  let stat: string;
  try {
    stat = await readFile('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name, which may hold spaces, start with field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[16 - 3]) + Number(fields[17 - 3]);
  // Linux counts them in USER_HZ ticks, 100 a second on every architecture Node runs on.
  return Number.isFinite(ticks) ? ticks * 10 : undefined;
}

/** Clears the site's caches, runs `docusaurus build`, and times it. */
export async function coldBuild(siteDir: string): Promise<BuildTiming> {
  await clearSite(siteDir);
  const cli = docusaurusCli(siteDir);
  const cpuBefore = await childrenCpuMs();
  const started = performance.now();
  const { output } = await runCommand(process.execPath, [cli, 'build'], {
    cwd: siteDir,
    // Docusaurus then logs how long each step took.
    env: cleanEnvironment({ DOCUSAURUS_PERF_LOGGER: 'true' }),
  });
  const wallMs = performance.now() - started;
  const cpuAfter = await childrenCpuMs();
  return {
    wallMs,
    cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
    stepsMs: buildSteps(output),
  };
}
