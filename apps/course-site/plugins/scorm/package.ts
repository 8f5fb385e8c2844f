import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { ScormVersion } from './contract';
import { type ManifestInput, scormManifest } from './manifest';

/**
 * The time every entry of a package zip is dated: a fixed instant, so the same build always
 * gives the same bytes (a zip records each entry's modification time).
 */
const PACKAGE_DATE = new Date('2023-06-03T00:00:00Z');

/** Every file under a folder, as sorted `/`-separated paths relative to it. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** A SCORM package: its manifest and the zip an LMS imports. */
export interface ScormPackage {
  readonly manifest: string;
  readonly zip: Uint8Array;
  readonly files: number;
}

/**
 * Packages the SCORM build (`COURSE_TARGET=scorm`, in `buildDir`) for one version:
 * `imsmanifest.xml` at the zip's root, as IMS Content Packaging requires, then every file of the
 * build, deflated, dated `PACKAGE_DATE`.
 */
export async function scormPackage(
  buildDir: string,
  version: ScormVersion,
  course: Omit<ManifestInput, 'version' | 'files'>,
): Promise<ScormPackage> {
  const files = await filesUnder(buildDir);
  if (files.includes('imsmanifest.xml'))
    throw new Error(`${buildDir} already holds an imsmanifest.xml: is it a package, not a build?`);
  const manifest = scormManifest({ ...course, version, files });
  const entries: Zippable = { 'imsmanifest.xml': [strToU8(manifest), { mtime: PACKAGE_DATE }] };
  for (const path of files)
    entries[path] = [new Uint8Array(await readFile(join(buildDir, path))), { mtime: PACKAGE_DATE }];
  return { manifest, zip: zipSync(entries, { level: 9 }), files: files.length + 1 };
}
