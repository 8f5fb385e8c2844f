import type { EvidenceAnchor } from './evidence-anchor';

/** Feedback shown after a try, by how the try went. */
export interface QuestionFeedback {
  readonly correct?: string;
  /** Shown for partly right answers; `incorrect` is shown when absent. */
  readonly partial?: string;
  readonly incorrect?: string;
}

/** Fields every question has, whatever its type `T`. Text fields hold the inline Markdown subset. */
export interface QuestionBase<T extends string> {
  /** Kebab-case id, unique in the quiz; learner progress is keyed to it. */
  readonly id: string;
  readonly type: T;
  readonly prompt: string;
  /** Marks the question is worth. */
  readonly points: number;
  /** Hints in the order they are revealed. */
  readonly hints: readonly string[];
  /** Shown once the question is closed. */
  readonly explanation?: string;
  readonly feedback: QuestionFeedback;
  /** Where the source text supports the answer. */
  readonly evidence: readonly EvidenceAnchor[];
  /** Key point ids the question tests, for per-key-point results; the first is its main subject. */
  readonly keyPoints: readonly string[];
  /** Glossary term ids the question involves. */
  readonly glossary: readonly string[];
  /** Stable hash of the question's content: answers of unchanged questions survive a new quiz version. */
  readonly hash: string;
}

/**
 * The key point a question is mainly about: the first it lists (the quiz format's rule). Its
 * per-key-point result, mastery and pooling count it there only; the others it touches are
 * listed for the reader, not scored.
 */
export function mainKeyPoint(question: {
  readonly keyPoints: readonly string[];
}): string | undefined {
  return question.keyPoints[0];
}
