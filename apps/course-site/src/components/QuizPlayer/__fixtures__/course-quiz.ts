import { readFileSync } from 'node:fs';
import type { Quiz } from '@tmm/quiz-engine';
import { formatError, parseQuiz } from '@tmm/quiz-engine/parser';
import { resolveCourseReference } from '../../../../plugins/quizzes/content-resolver';

/** A quiz of the course (`quizzes/<id>.quiz.yaml`), parsed as the build parses it. */
export function courseQuiz(id: string): Quiz {
  const file = new URL(`../../../../quizzes/${id}.quiz.yaml`, import.meta.url);
  const result = parseQuiz(readFileSync(file), {
    fileName: `${id}.quiz.yaml`,
    resolve: resolveCourseReference,
  });
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  return result.quiz;
}
