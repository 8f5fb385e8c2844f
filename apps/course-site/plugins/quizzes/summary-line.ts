import type { CheckSummary } from './check-quiz-files';
import type { SentenceCoverage } from './sentence-coverage';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The summary line: what was checked and what was found. Key point and sentence coverage are
 * given only when they describe the course: for the whole course (sentences only when every
 * course quiz is readable); checking some files says they were not counted.
 */
export function summaryLine(summary: CheckSummary, sentences?: SentenceCoverage): string {
  const quizzes = plural(summary.quizzes, 'quiz').replace('quizs', 'quizzes');
  const broken =
    summary.quizzesWithErrors === 0
      ? ''
      : `, not counting the ${summary.quizzesWithErrors === 1 ? 'quiz' : `${summary.quizzesWithErrors} quizzes`} with errors`;
  const checked = `Checked ${quizzes} (${plural(summary.questions, 'question')}${broken})`;
  const errors = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}.`;
  if (!summary.wholeCourse)
    return `${checked}; key points tested and sentences cited: not counted (only for the whole course, npm run check:quizzes with no file); ${errors}`;
  const coverage =
    sentences === undefined
      ? 'sentences cited as evidence: not counted (only when every course quiz is readable)'
      : `${sentences.cited.length} of ${sentences.cited.length + sentences.uncited.length} sentences cited as evidence`;
  return `${checked}; key points tested by course quizzes: ${summary.keyPointsTested} of ${summary.keyPoints}${broken}; ${coverage}; ${errors}`;
}
