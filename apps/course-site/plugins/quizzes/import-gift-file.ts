import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import type { QuizError } from '@tmm/quiz-engine/parser';
import { importGift, kebabId } from '@tmm/quiz-interop';
import { keyPoints } from '@tmm/statement-content';
import { checkQuizFiles } from './check-quiz-files';
import { QUIZ_FILE_SUFFIX, quizIdOf } from './course-layout';
import { readQuizFile } from './read-quiz-file';
import { statementSource } from './statement-source';

/** What to import, with absolute paths. */
export interface GiftImportRequest {
  readonly giftPath: string;
  /** The quiz file to write; by default `<course quizzes>/<id>.quiz.yaml`, the id from the GIFT file's name. */
  readonly outPath?: string;
  readonly courseQuizzes: string;
  /** The quiz JSON Schema, for the schema line of the file written. */
  readonly schemaPath: string;
  readonly skipUnimportable?: boolean;
  /** Replace a quiz file that exists. */
  readonly force?: boolean;
  readonly show: (path: string) => string;
}

/** What an import did: the file written, or the errors that kept it from writing anything. */
export interface GiftImportOutcome {
  readonly written?: string;
  readonly questions: number;
  readonly errors: readonly QuizError[];
  readonly warnings: readonly QuizError[];
}

const fileError = (file: string, message: string): QuizError => ({
  severity: 'error',
  file,
  path: '',
  message,
});

/**
 * Imports a GIFT file as a quiz file of the course, then checks it as `npm run check:quizzes`
 * does (key point and glossary ids, evidence anchors against the statement). On any error of
 * either, nothing is written.
 */
export async function importGiftFile(request: GiftImportRequest): Promise<GiftImportOutcome> {
  const { giftPath, show } = request;
  const shownGift = show(giftPath);
  const fail = (errors: QuizError[], warnings: readonly QuizError[] = []) => ({
    questions: 0,
    errors,
    warnings,
  });
  const id = request.outPath
    ? quizIdOf(request.outPath)
    : kebabId(basename(giftPath).replace(/\.(gift|txt)$/i, ''));
  if (id === '')
    return fail([
      fileError(
        shownGift,
        `no quiz id can be made of the file name; name the quiz file with --out apps/course-site/quizzes/<id>${QUIZ_FILE_SUFFIX}`,
      ),
    ]);
  const outPath = request.outPath ?? join(request.courseQuizzes, `${id}${QUIZ_FILE_SUFFIX}`);
  const shownOut = show(outPath);
  if (!outPath.endsWith(QUIZ_FILE_SUFFIX))
    return fail([
      fileError(
        shownOut,
        `quiz files are named <quiz id>${QUIZ_FILE_SUFFIX}; choose such a name with --out`,
      ),
    ]);
  if (existsSync(outPath) && !request.force)
    return fail([
      fileError(
        shownOut,
        'this quiz file exists already; choose another name with --out, or add --force to replace it (learners keep their answers only to questions left unchanged)',
      ),
    ]);
  const read = await readQuizFile(giftPath, 'the file does not exist; check the path and the name');
  if (!read.ok) return fail([fileError(shownGift, read.message)]);
  const schema = relative(dirname(outPath), request.schemaPath).split('\\').join('/');
  const imported = importGift(read.bytes, {
    fileName: shownGift,
    quizId: id,
    source: statementSource,
    keyPointIds: keyPoints().map((point) => point.id),
    firstLine: `# yaml-language-server: $schema=${schema}`,
    ...(request.skipUnimportable ? { skipUnimportable: true } : {}),
  });
  if (!imported.ok) return fail([...imported.errors], imported.warnings);
  // The checker reads files: it reads a copy in a folder of its own, shown as the file to write.
  const folder = await mkdtemp(join(tmpdir(), 'tmm-import-'));
  try {
    const copy = join(folder, basename(outPath));
    await writeFile(copy, imported.text);
    const report = await checkQuizFiles([{ path: copy, role: 'course' }], {
      show: (path) => (path === copy ? shownOut : show(path)),
    });
    const problems = report.problems.filter(
      // The copy's schema line points from elsewhere; the file written points from its own folder.
      (problem) => !problem.message.startsWith('the schema line names'),
    );
    const errors = problems.filter((problem) => problem.severity === 'error');
    const warnings = [
      ...imported.warnings,
      ...problems.filter((problem) => problem.severity === 'warning'),
    ];
    if (errors.length > 0) return fail(errors, warnings);
    await writeFile(outPath, imported.text);
    return { written: shownOut, questions: imported.questions, errors: [], warnings };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
