import { strToU8, type Zippable, zipSync } from 'fflate';
import type { PackageFile } from './export-qti3';

/**
 * The time every entry of a package zip is dated: a fixed instant, so the same quizzes always give
 * the same bytes (a zip records each entry's modification time).
 */
const PACKAGE_DATE = new Date('2023-06-03T00:00:00Z');

/**
 * A content package's files as one zip (the package interchange file an LMS imports), with
 * `imsmanifest.xml` at its root as IMS Content Packaging requires, entries in the order given and
 * deflated. `fflate` writes it: a small, maintained zip library with no dependencies of its own.
 */
export function zipPackage(files: readonly PackageFile[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    if (file.path in entries) throw new Error(`two package files at ${file.path}`);
    entries[file.path] = [strToU8(file.text), { mtime: PACKAGE_DATE }];
  }
  return zipSync(entries, { level: 9 });
}
