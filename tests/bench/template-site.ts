import { access, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot } from './repository';
import { cleanEnvironment, runCommand } from './run-command';

/** The bare Docusaurus classic TypeScript template, scaffolded and installed outside the repository. */
export interface TemplateSite {
  /** Docusaurus version of the template, the same as the course site's. */
  readonly version: string;
  /** The template's site folder (with its own node_modules). */
  readonly siteDir: string;
  /** True when it was reused from an earlier bench run rather than created now. */
  readonly reused: boolean;
}

/** The @docusaurus/core version the course site resolves, which the template must match. */
export async function courseDocusaurusVersion(): Promise<string> {
  const requireFromSite = createRequire(
    join(repositoryRoot, 'apps', 'course-site', 'package.json'),
  );
  const manifest: unknown = JSON.parse(
    await readFile(requireFromSite.resolve('@docusaurus/core/package.json'), 'utf8'),
  );
  if (
    typeof manifest !== 'object' ||
    manifest === null ||
    !('version' in manifest) ||
    typeof manifest.version !== 'string'
  ) {
    throw new Error('@docusaurus/core/package.json has no version');
  }
  return manifest.version;
}

const readyMarker = '.tmm-bench-ready';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure the template's config has `future: { v4: true }`, which turns on
 * @docusaurus/faster (Rspack, SWC, Lightning CSS) as the course site does. The 3.10 template
 * ships with it; an older or newer one without it gets it added.
 */
export function withFutureV4(config: string): string {
  if (/future:\s*\{[^}]*v4:\s*true/.test(config)) return config;
  const opening = /const config(?::\s*Config)?\s*=\s*\{/;
  if (!opening.test(config))
    throw new Error('Cannot find the config object in docusaurus.config.ts');
  return config.replace(opening, (found) => `${found}\n  future: { v4: true },`);
}

/**
 * The bare template of `version`, kept in a fixed folder under the OS temp folder so that later
 * bench runs skip the two-minute `npm install`; `fresh` rebuilds it. It is made in a `mkdtemp`
 * folder and moved into place only once installed, so a broken attempt is never reused.
 */
export async function prepareTemplateSite(
  version: string,
  options: { readonly fresh: boolean; readonly log: (line: string) => void },
): Promise<TemplateSite> {
  const home = join(tmpdir(), `tmm-bench-docusaurus-template-${version}`);
  const siteDir = join(home, 'template-site');
  if (!options.fresh && (await exists(join(home, readyMarker)))) {
    options.log(`template: reusing ${siteDir}`);
    return { version, siteDir, reused: true };
  }
  await rm(home, { recursive: true, force: true });
  const staging = await mkdtemp(join(tmpdir(), 'tmm-bench-template-'));
  try {
    options.log(`template: create-docusaurus@${version} classic --typescript in ${staging}`);
    await runCommand(
      'npx',
      [
        '--yes',
        `create-docusaurus@${version}`,
        'template-site',
        'classic',
        '--typescript',
        '--skip-install',
      ],
      { cwd: staging },
    );
    const stagedSite = join(staging, 'template-site');
    const configPath = join(stagedSite, 'docusaurus.config.ts');
    await writeFile(configPath, withFutureV4(await readFile(configPath, 'utf8')));
    options.log('template: npm install (about two minutes)');
    await runCommand('npm', ['install', '--no-audit', '--no-fund'], {
      cwd: stagedSite,
      env: cleanEnvironment(),
    });
    await writeFile(join(staging, readyMarker), `${version}\n`);
    await rename(staging, home);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { version, siteDir, reused: false };
}
