import { isRecord, isStringArray, MISFIT } from '../answer-shape';
import {
  type InvalidScore,
  invalid,
  type PartMark,
  points,
  type ScoreResult,
} from '../score-result';
import type { SelectEvidenceAnswer, SelectEvidenceQuestion } from './select-evidence-question';

/** Whether a value has the shape of a select-the-evidence answer. */
export const isSelectEvidenceAnswer = (value: unknown): value is SelectEvidenceAnswer =>
  isRecord(value) && isStringArray(value.sentenceIds);

/** Why the answer cannot be graded yet, or `undefined` when it can. */
export function validateSelectEvidence(
  question: SelectEvidenceQuestion,
  answer: SelectEvidenceAnswer | undefined,
): InvalidScore | undefined {
  if (answer === undefined || answer.sentenceIds.length === 0)
    return invalid('Pick at least one sentence.');
  const offered = new Set(question.sentenceIds);
  return answer.sentenceIds.every((id) => offered.has(id)) ? undefined : invalid(MISFIT);
}

/**
 * Overlap (Jaccard): evidence sentences picked, out of the sentences that are evidence or
 * picked. One of two evidence sentences earns 1/2; the evidence plus one stray sentence
 * earns 2/3; picking every sentence earns little.
 */
export function scoreSelectEvidence(
  question: SelectEvidenceQuestion,
  answer: SelectEvidenceAnswer | undefined,
): ScoreResult {
  const problem = validateSelectEvidence(question, answer);
  if (problem) return problem;
  const picked = new Set(answer?.sentenceIds);
  const evidence = new Set(question.evidenceSentenceIds);
  const parts: PartMark[] = [];
  let both = 0;
  for (const id of question.sentenceIds) {
    if (picked.has(id) && evidence.has(id)) {
      both++;
      parts.push({ id, status: 'correct' });
    } else if (picked.has(id)) parts.push({ id, status: 'incorrect' });
    else if (evidence.has(id)) parts.push({ id, status: 'missed' });
  }
  return points(both, parts.length, parts);
}
