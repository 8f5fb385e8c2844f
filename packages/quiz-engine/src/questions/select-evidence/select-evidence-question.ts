import type { QuestionBase } from '../../question-base';

/** Pick the sentences of the source text that support the prompt's claim. */
export interface SelectEvidenceQuestion extends QuestionBase<'select-evidence'> {
  /** Paragraph ids shown to the learner. */
  readonly passage: readonly string[];
  /** Sentence ids the learner may pick, in document order (resolved from `passage`). */
  readonly sentenceIds: readonly string[];
  /** Sentence ids that the evidence anchors cover: the answer key. */
  readonly evidenceSentenceIds: readonly string[];
}

/** The answer to a select-the-evidence question: the sentences picked. */
export interface SelectEvidenceAnswer {
  readonly sentenceIds: readonly string[];
}
