import type { ScormVersion } from './contract';

export const SCORM_VERSIONS: readonly ScormVersion[] = ['2004', '1.2'];

/** The command line of `package:scorm`, read. */
export interface PackageArgs {
  /** The versions to package: both unless `--version` names one. */
  readonly versions: readonly ScormVersion[];
  /** The zip to write; only with one version. */
  readonly out?: string;
  /** Package the SCORM build already made instead of building. */
  readonly noBuild: boolean;
}

/** The command line read, or a sentence saying what is wrong with it. */
export function parsePackageArgs(args: readonly string[]): PackageArgs | { error: string } {
  let version: string | undefined;
  let out: string | undefined;
  let noBuild = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg];
    if (name === '--version' || name === '--out') {
      const value = inline ?? args[++i];
      if (value === undefined || value.startsWith('--')) return { error: `${name} needs a value` };
      if (name === '--version') version = value;
      else out = value;
    } else if (name === '--no-build') noBuild = true;
    else return { error: `unknown argument '${arg}'` };
  }
  if (version !== undefined && !(SCORM_VERSIONS as readonly string[]).includes(version))
    return { error: `unknown SCORM version '${version}'; use ${SCORM_VERSIONS.join(' or ')}` };
  if (out !== undefined && version === undefined)
    return { error: '--out names one zip: say which version with --version 2004 or --version 1.2' };
  if (out !== undefined && !out.endsWith('.zip'))
    return { error: `--out names the zip to write, ending in .zip (not '${out}')` };
  return {
    versions: version === undefined ? SCORM_VERSIONS : [version as ScormVersion],
    ...(out === undefined ? {} : { out }),
    noBuild,
  };
}

/** Where a version's package goes by default, relative to the folder the command was typed in. */
export function defaultPackagePath(version: ScormVersion): string {
  return `scorm-packages/tmm-course-scorm${version === '2004' ? '2004' : '12'}.zip`;
}
