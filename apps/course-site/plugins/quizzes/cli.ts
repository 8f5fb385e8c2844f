// `npm run check:quizzes [files...]`: validates quiz files as the site build does, in seconds.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatError } from '@tmm/quiz-engine/parser';
import { checkCourse } from './course-check';
import { courseLayout } from './course-layout';
import { readLessonPage } from './lesson-page';
import { commandDirectory, shownPath } from './shown-path';
import { summaryLine } from './summary-line';

const USAGE = `Usage: npm run check:quizzes [-- <file.quiz.yaml>...]

Checks quiz files as the site build does: YAML, the quiz format, evidence anchors, key point and
glossary ids. With no file, checks every quiz of the course, the lessons that embed them and
which key points are tested. Exits 1 if there is any error.`;

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const siteDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const cwd = commandDirectory();
  const report = await checkCourse(
    courseLayout(siteDir),
    args.map((path) => resolve(cwd, path)),
    { readPage: readLessonPage, show: (path) => shownPath(path, cwd) },
  );
  for (const problem of report.problems) console.log(formatError(problem));
  console.log(summaryLine(report.summary, report.sentences));
  return report.summary.errors > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A fault of the checker itself, not of a quiz: say so plainly, with the cause.
    console.error(
      `check:quizzes failed unexpectedly: ${error instanceof Error ? error.stack : String(error)}`,
    );
    process.exitCode = 2;
  },
);
