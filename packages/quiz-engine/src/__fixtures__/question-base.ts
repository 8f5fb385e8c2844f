import type { QuestionBase, QuestionType } from '../question';

/** The common fields of a question, for tests that build one question by hand. */
export function questionBase<T extends QuestionType>(type: T, id = 'q1'): QuestionBase<T> {
  return {
    id,
    type,
    prompt: 'Prompt',
    points: 1,
    hints: [],
    feedback: {},
    evidence: [],
    keyPoints: [],
    glossary: [],
    hash: `hash-${id}`,
  };
}
