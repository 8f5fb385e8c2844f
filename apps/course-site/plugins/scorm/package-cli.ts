// `npm run package:scorm -- [--version 2004|1.2] [--out FILE.zip] [--no-build]`: the course as
// SCORM packages for a learning management system.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatError } from '@tmm/quiz-engine/parser';
import { COURSE_TITLE } from '../../shared/course-title';
import { loadedCourse } from '../progress/course-index';
import { courseLayout } from '../quizzes/course-layout';
import { lessonOf } from '../quizzes/lessons';
import { loadCourse } from '../quizzes/load-course';
import { scormCourse } from './course';
import { scormPackage } from './package';
import { defaultPackagePath, parsePackageArgs } from './package-args';

const USAGE = `Usage: npm run package:scorm -- [--version 2004|1.2] [--out FILE.zip] [--no-build]

Builds the course to run from files inside a learning management system's frame
(COURSE_TARGET=scorm, into apps/course-site/build-scorm) and packages it as a SCORM 2004
4th Edition package and a SCORM 1.2 package (imsmanifest.xml at the root, the course as one
SCO launched at index.html), by default into ${defaultPackagePath('2004')} and
${defaultPackagePath('1.2')}. --version packages one of them, --out names its zip,
--no-build packages the build already in build-scorm.`;

/** The folder the SCORM build goes to (`build:scorm`), beside the normal build. */
const SCORM_BUILD_DIR = 'build-scorm';

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parsePackageArgs(args);
  if ('error' in parsed) {
    console.error(`package:scorm: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const siteDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const buildDir = join(siteDir, SCORM_BUILD_DIR);
  const loaded = await loadCourse(courseLayout(siteDir));
  for (const error of loaded.errors) console.log(formatError(error));
  if (loaded.errors.length > 0) {
    console.log(
      `Nothing packaged: ${loaded.errors.length} error(s) in the course; fix them and run again.`,
    );
    return 1;
  }
  if (!parsed.noBuild) {
    // The site's own script (`build:scorm`), which `npm test` runs before the browser tests.
    const build = spawnSync('npm', ['run', 'build:scorm'], { cwd: siteDir, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('package:scorm: the SCORM build failed (above); nothing packaged.');
      return 1;
    }
  }
  const { quizzes } = loadedCourse({
    quizzes: loaded.quizzes,
    lessons: loaded.lessons.map(lessonOf),
  });
  const { course, warnings } = scormCourse(loaded.lessons, quizzes);
  for (const warning of warnings) console.log(`warning: ${warning}`);
  const passMark = course.assessment?.passMark ?? null;
  const { version: courseVersion } = JSON.parse(
    readFileSync(join(siteDir, 'package.json'), 'utf8'),
  ) as { version: string };
  for (const version of parsed.versions) {
    const made = await scormPackage(buildDir, version, {
      identifier: 'tmm-2023-course',
      courseVersion,
      title: COURSE_TITLE,
      lessonTitles: loaded.lessons.map((lesson) => lesson.title),
      passMark,
    });
    const out = resolve(cwd, parsed.out ?? defaultPackagePath(version));
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, made.zip);
    console.log(
      `SCORM ${version}: ${relative(cwd, out)} (${made.files} files, ${(made.zip.length / 1024).toFixed(1)} KB)`,
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
