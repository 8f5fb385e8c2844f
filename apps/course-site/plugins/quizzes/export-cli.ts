// `npm run export:quizzes -- --format gift|moodle-xml|qti3 [--out DIR] [files…]`: writes the
// course's quizzes (or the files named) for a learning management system.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatError } from '@tmm/quiz-engine/parser';
import { formatWarning, zipPackage } from '@tmm/quiz-interop';
import { courseLayout } from './course-layout';
import { parseExportArgs } from './export-cli-args';
import { EXPORT_FORMATS, exportQuizzes } from './export-quizzes';

const USAGE = `Usage: npm run export:quizzes -- --format ${EXPORT_FORMATS.join('|')} [--out DIR] [file.quiz.yaml...]

Writes every quiz of the course (or the files named) in the format: GIFT or Moodle XML for a
Moodle question bank, a QTI 3.0 content package for Canvas, Blackboard and other systems.
The files go to DIR (default: quiz-exports/<format>); a QTI package is also zipped, as
DIR.zip, the file an LMS imports. Quizzes are checked first, as
check:quizzes does; on any error nothing is written and the exit code is 1.`;

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseExportArgs(args);
  if ('error' in parsed) {
    console.error(`export:quizzes: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const siteDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const show = (path: string) => {
    const shown = relative(cwd, path);
    return shown === '' ? '.' : shown.startsWith('..') ? path : shown;
  };
  const result = await exportQuizzes(
    parsed.format,
    courseLayout(siteDir),
    parsed.files.map((path) => resolve(cwd, path)),
    { show },
  );
  for (const error of result.errors) console.log(formatError(error));
  if (result.errors.length > 0) {
    console.log(
      `Nothing exported: ${result.errors.length} error(s) in the quiz files; fix them and run again.`,
    );
    return 1;
  }
  const outDir = resolve(cwd, parsed.out ?? join('quiz-exports', parsed.format));
  for (const file of result.files) {
    const path = join(outDir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
  // An LMS imports a content package as one zip (IMS Content Packaging's interchange file).
  const zipPath = parsed.format === 'qti3' ? `${outDir}.zip` : undefined;
  if (zipPath !== undefined) await writeFile(zipPath, zipPackage(result.files));
  for (const warning of result.warnings) console.log(`warning: ${formatWarning(warning)}`);
  const questions = result.quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
  const plural = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  console.log(
    `Exported ${plural(result.quizzes.length, 'quiz', 'quizzes')} (${plural(questions, 'question', 'questions')}) as ${parsed.format} to ${show(outDir)}: ${plural(result.files.length, 'file', 'files')}, ${plural(result.warnings.length, 'warning', 'warnings')}${zipPath === undefined ? '' : `; the package zipped for an LMS: ${show(zipPath)}`}.`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A fault of the exporter itself (a folder that cannot be written…): say so in one line.
    console.error(
      `export:quizzes failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exitCode = 2;
  },
);
