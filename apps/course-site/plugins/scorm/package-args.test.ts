import { describe, expect, it } from 'vitest';
import { defaultPackagePath, parsePackageArgs } from './package-args';

describe('parsePackageArgs', () => {
  it('packages both versions by default, or the one named, into the zip named', () => {
    expect(parsePackageArgs([])).toEqual({ versions: ['2004', '1.2'], noBuild: false });
    expect(parsePackageArgs(['--version', '1.2', '--out', 'moodle.zip'])).toEqual({
      versions: ['1.2'],
      out: 'moodle.zip',
      noBuild: false,
    });
    expect(parsePackageArgs(['--version=2004', '--no-build'])).toEqual({
      versions: ['2004'],
      noBuild: true,
    });
    expect(defaultPackagePath('1.2')).toBe('scorm-packages/tmm-course-scorm12.zip');
  });

  it('says what is wrong with a command line', () => {
    expect(parsePackageArgs(['--version', '3'])).toEqual({
      error: "unknown SCORM version '3'; use 2004 or 1.2",
    });
    expect(parsePackageArgs(['--out', 'a.zip'])).toEqual({
      error: '--out names one zip: say which version with --version 2004 or --version 1.2',
    });
    expect(parsePackageArgs(['--version', '2004', '--out', 'a.tar'])).toEqual({
      error: "--out names the zip to write, ending in .zip (not 'a.tar')",
    });
    expect(parsePackageArgs(['--version'])).toEqual({ error: '--version needs a value' });
    expect(parsePackageArgs(['extra'])).toEqual({ error: "unknown argument 'extra'" });
  });
});
