// `npm run check:quizzes [files...]`: validates quiz files as the site build does, in seconds.
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatError } from '@tmm/quiz-engine/parser';
import type { CheckSummary } from './check-quiz-files';
import { checkCourse } from './course-check';
import { courseLayout } from './course-layout';
import { readLessonPage } from './lesson-page';
import type { SentenceCoverage } from './sentence-coverage';

const USAGE = `Usage: npm run check:quizzes [-- <file.quiz.yaml>...]

Checks quiz files as the site build does: YAML, the quiz format, evidence anchors, key point and
glossary ids. With no file, checks every quiz of the course, the lessons that embed them and
which key points are tested. Exits 1 if there is any error.`;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The summary line: what was checked and what was found. Sentence coverage is given only when it
 * was counted (the whole course, every course quiz readable); otherwise the line says so.
 */
export function summaryLine(summary: CheckSummary, sentences?: SentenceCoverage): string {
  const coverage =
    sentences === undefined
      ? 'sentences cited as evidence: not counted (only for the whole course, every quiz readable)'
      : `${sentences.cited.length} of ${sentences.cited.length + sentences.uncited.length} sentences cited as evidence`;
  return (
    `Checked ${plural(summary.quizzes, 'quiz')}`.replace('quizs', 'quizzes') +
    ` (${plural(summary.questions, 'question')}); key points tested by course quizzes: ${summary.keyPointsTested} of ${summary.keyPoints}; ` +
    `${coverage}; ${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}.`
  );
}

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const siteDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  // `npm run` starts scripts at the root; INIT_CWD is where the instructor typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const report = await checkCourse(
    courseLayout(siteDir),
    args.map((path) => resolve(cwd, path)),
    { readPage: readLessonPage, show: (path) => relative(cwd, path) || path },
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
