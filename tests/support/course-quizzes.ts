import { readdirSync, readFileSync } from 'node:fs';
import type { Quiz } from '@tmm/quiz-engine';
import { formatError, parseQuiz, type ResolveReference } from '@tmm/quiz-engine/parser';
import {
  getParagraph,
  isGlossaryId,
  isKeyPointId,
  isParagraphId,
  resolveAnchor,
} from '@tmm/statement-content';

/** The folder of the course's quizzes (`<id>.quiz.yaml`; the guide's examples are in a subfolder). */
export const courseQuizDirectory = new URL('../../apps/course-site/quizzes/', import.meta.url);

/** The folder of the lessons. */
export const lessonDirectory = new URL('../../apps/course-site/docs/', import.meta.url);

/**
 * Checks a quiz's references against the statement through the content package's public
 * queries: the composition the site's build performs, done here on its own.
 */
export const resolveStatementReference: ResolveReference = (reference) => {
  switch (reference.kind) {
    case 'evidence': {
      const { paragraph, exact, prefix, suffix } = reference.anchor;
      if (!isParagraphId(paragraph)) return { ok: false, message: `no paragraph ${paragraph}` };
      const resolved = resolveAnchor({ paragraph, exact, prefix, suffix });
      return resolved.ok
        ? { ok: true, sentenceIds: resolved.value.sentenceIds }
        : { ok: false, message: resolved.error.message };
    }
    case 'passage': {
      const paragraph = getParagraph(reference.paragraph);
      return paragraph
        ? { ok: true, sentenceIds: paragraph.sentences.map((sentence) => sentence.id) }
        : { ok: false, message: `no paragraph ${reference.paragraph}` };
    }
    case 'keyPoint':
      return isKeyPointId(reference.id) ? { ok: true } : { ok: false, message: 'no key point' };
    case 'glossary':
      return isGlossaryId(reference.id) ? { ok: true } : { ok: false, message: 'no term' };
  }
};

/** A course quiz file, as written and as parsed. */
export interface CourseQuizFile {
  readonly fileName: string;
  readonly text: string;
  readonly quiz: Quiz;
}

/** Parses one course quiz file; a quiz that does not parse fails loudly with its errors. */
export function courseQuiz(id: string): CourseQuizFile {
  const fileName = `${id}.quiz.yaml`;
  const text = readFileSync(new URL(fileName, courseQuizDirectory), 'utf8');
  const result = parseQuiz(text, { fileName, resolve: resolveStatementReference });
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return { fileName, text, quiz: result.quiz };
}

/** Every quiz of the course (not the guide's examples), in file name order. */
export function courseQuizzes(): CourseQuizFile[] {
  return readdirSync(courseQuizDirectory)
    .filter((name) => name.endsWith('.quiz.yaml'))
    .sort()
    .map((name) => courseQuiz(name.slice(0, -'.quiz.yaml'.length)));
}
