import type { Quiz } from '@tmm/quiz-engine';
import type { QuizError } from '@tmm/quiz-engine/parser';
import { exportGift, exportMoodleXml, exportQti3, type InteropWarning } from '@tmm/quiz-interop';
import { byFileAndPosition, type CheckOptions, checkQuizFiles } from './check-quiz-files';
import { roleOf } from './course-check';
import { type CourseLayout, courseQuizFiles } from './course-layout';
import { statementSource } from './statement-source';

/** The formats `npm run export:quizzes -- --format <format>` writes. */
export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'qti3'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file to write, by its path inside the output folder. */
export interface ExportedFile {
  readonly path: string;
  readonly text: string;
}

/** What an export found and would write; nothing is written when `errors` is not empty. */
export interface QuizExport {
  readonly errors: readonly QuizError[];
  readonly files: readonly ExportedFile[];
  readonly warnings: readonly InteropWarning[];
  readonly quizzes: readonly Quiz[];
}

/**
 * Each quiz in one format: a `.gift` or `.moodle.xml` file per quiz, or for QTI one content
 * package (`imsmanifest.xml`, `items/`, `tests/`) holding them all; and the warnings.
 */
export function exportFiles(
  format: ExportFormat,
  quizzes: readonly Quiz[],
): Pick<QuizExport, 'files' | 'warnings'> {
  if (format === 'qti3')
    return exportQti3(
      quizzes,
      statementSource,
      'The June 3, 2023 U.S.-Japan-ROK Trilateral Ministerial Meeting: quizzes',
    );
  const files: ExportedFile[] = [];
  const warnings: InteropWarning[] = [];
  for (const quiz of quizzes) {
    const written =
      format === 'gift'
        ? exportGift(quiz, statementSource)
        : exportMoodleXml(quiz, statementSource);
    files.push({
      path: `${quiz.id}${format === 'gift' ? '.gift' : '.moodle.xml'}`,
      text: written.text,
    });
    warnings.push(...written.warnings);
  }
  return { files, warnings };
}

/**
 * Reads and checks quiz files as `npm run check:quizzes` does (the course's quizzes when no path
 * is given, the guide's examples aside), then writes each in the format. A quiz with an error is
 * not exported: the errors are returned and no file is.
 */
export async function exportQuizzes(
  format: ExportFormat,
  layout: CourseLayout,
  paths: readonly string[] = [],
  options: Pick<CheckOptions, 'show'> = {},
): Promise<QuizExport> {
  const files =
    paths.length === 0
      ? (await courseQuizFiles(layout)).filter((file) => file.role === 'course')
      : paths.map((path) => ({ path, role: roleOf(path, layout) }));
  const report = await checkQuizFiles(files, options);
  const errors = report.problems
    .filter((problem) => problem.severity === 'error')
    .sort(byFileAndPosition);
  if (errors.length > 0) return { errors, files: [], warnings: [], quizzes: [] };
  const quizzes = report.quizzes.flatMap((checked) => (checked.quiz ? [checked.quiz] : []));
  return { errors, ...exportFiles(format, quizzes), quizzes };
}
