// `npm run import:gift -- FILE.gift [--out apps/course-site/quizzes/ID.quiz.yaml]`: a Moodle GIFT
// file as a quiz file of the course, checked as check:quizzes checks it.
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatError } from '@tmm/quiz-engine/parser';
import { courseLayout } from './course-layout';
import { importGiftFile } from './import-gift-file';

const USAGE = `Usage: npm run import:gift -- FILE.gift [--out apps/course-site/quizzes/ID.quiz.yaml] [--skip-unimportable] [--force]

Converts a Moodle GIFT file into a quiz file of the course (by default
apps/course-site/quizzes/<file name>.quiz.yaml), then checks it as check:quizzes does. Problems
are printed as FILE:LINE:COLUMN: error|warning: …; on any error nothing is written and the exit
code is 1. Questions the course cannot hold (essay, description, numerical with a tolerance)
are errors, or with --skip-unimportable warnings and left out. --force replaces a quiz file
that exists.`;

/** The command line, read; or a sentence saying what is wrong with it. */
export function parseImportArgs(
  args: readonly string[],
): { gift: string; out?: string; skipUnimportable: boolean; force: boolean } | { error: string } {
  const files: string[] = [];
  let out: string | undefined;
  let skipUnimportable = false;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? args[++i] : arg.slice('--out='.length);
      if (!value || value.startsWith('--')) return { error: '--out needs a file name' };
      out = value;
    } else if (arg === '--skip-unimportable') skipUnimportable = true;
    else if (arg === '--force') force = true;
    else if (arg.startsWith('--')) return { error: `unknown option '${arg}'` };
    else files.push(arg);
  }
  if (files.length !== 1)
    return {
      error: files.length === 0 ? 'name the GIFT file to import' : 'import one GIFT file at a time',
    };
  return { gift: files[0] ?? '', ...(out === undefined ? {} : { out }), skipUnimportable, force };
}

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseImportArgs(args);
  if ('error' in parsed) {
    console.error(`import:gift: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const siteDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const outcome = await importGiftFile({
    giftPath: resolve(cwd, parsed.gift),
    ...(parsed.out === undefined ? {} : { outPath: resolve(cwd, parsed.out) }),
    courseQuizzes: courseLayout(siteDir).courseQuizzes,
    schemaPath: join(siteDir, '..', '..', 'packages', 'quiz-engine', 'quiz.schema.json'),
    skipUnimportable: parsed.skipUnimportable,
    force: parsed.force,
    // Relative to where the command was typed; a path outside it is shown whole.
    show: (path) => {
      const shown = relative(cwd, path);
      return shown === '' || shown.startsWith('..') ? path : shown;
    },
  });
  for (const problem of [...outcome.errors, ...outcome.warnings]) console.log(formatError(problem));
  if (outcome.written === undefined) {
    console.log(`Nothing written: ${outcome.errors.length} error(s); fix them and import again.`);
    return 1;
  }
  console.log(
    `Wrote ${outcome.written}: ${outcome.questions} question(s), ${outcome.warnings.length} warning(s). Run npm run check:quizzes after editing it.`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A fault of the importer itself (a folder that cannot be written…): one line, no stack.
    console.error(`import:gift failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
