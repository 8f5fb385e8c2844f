import type { Question } from '../question';
import type { Quiz } from '../quiz';
import type { QuizDocument } from './quiz-schema';
import { stableHash } from './stable-hash';

/**
 * Turns a checked document into the runtime quiz: each question with what its type took from
 * the course content (`resolved`, by question index) and a hash of its content.
 */
export function buildQuiz(document: QuizDocument, resolved: ReadonlyMap<number, object>): Quiz {
  const questions = document.questions.map((question, index) => {
    const content = { ...question, ...resolved.get(index) };
    // NOTE: the schema and the run-time types agree type by type (a type-level test says so);
    // what a type resolves completes its question.
    return { ...content, hash: stableHash(content) } as Question;
  });
  const { $schema: _, questions: __, ...head } = document;
  const version = stableHash({ ...head, questions: questions.map((question) => question.hash) });
  return { ...head, questions, version };
}
