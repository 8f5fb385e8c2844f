import type { Question } from '../question';
import type { Quiz } from '../quiz';
import type { QuizDocument } from './quiz-schema';
import type { ResolvedSentences } from './references';
import { stableHash } from './stable-hash';

/** Turns a checked document into the runtime quiz, with resolved sentences and content hashes. */
export function buildQuiz(
  document: QuizDocument,
  resolved: ReadonlyMap<number, ResolvedSentences>,
): Quiz {
  const questions = document.questions.map((question, index): Question => {
    if (question.type === 'select-evidence') {
      const sentences = resolved.get(index) ?? { sentenceIds: [], evidenceSentenceIds: [] };
      const content = { ...question, ...sentences };
      return { ...content, hash: stableHash(content) };
    }
    return { ...question, hash: stableHash(question) };
  });
  const { $schema: _, questions: __, ...head } = document;
  const version = stableHash({ ...head, questions: questions.map((question) => question.hash) });
  return { ...head, questions, version };
}
