import { answersByKeyPoint, countedAnswers, indexQuestions } from './answers';
import type { ProgressDocument } from './document';
import type { MasteryOptions } from './mastery';

/** The confidence rating that means "sure" (1 = unsure, 2 = fairly sure, 3 = sure). */
export const SURE = 3;

/** How well a learner's certainty matched their answers on one key point. */
export interface KeyPointConfidence {
  readonly keyPointId: string;
  /** Counted answers that carried a confidence rating. */
  readonly rated: number;
  /** Of those, the ones rated sure. */
  readonly sure: number;
  /** Of those, the ones not fully correct. */
  readonly sureAndWrong: number;
  /** `sureAndWrong / sure`: how often "sure" was wrong; null when never sure. */
  readonly sureAndWrongRate: number | null;
}

/**
 * "Sure and wrong" per key point, over the answers that still count (as for mastery).
 * Wrong means not fully correct (`correct` false), so a sure answer with partial credit counts.
 */
export function confidenceByKeyPoint(
  document: ProgressDocument,
  options: MasteryOptions,
): KeyPointConfidence[] {
  const rated = countedAnswers(document, indexQuestions(options.live)).filter(
    (answer) => answer.result.confidence !== undefined,
  );
  const groups = answersByKeyPoint(rated);
  const keyPointIds = options.keyPointIds ?? [...groups.keys()].sort();
  return keyPointIds.map((keyPointId) => {
    const group = groups.get(keyPointId) ?? [];
    const sure = group.filter((answer) => answer.result.confidence === SURE);
    const sureAndWrong = sure.filter((answer) => !answer.result.correct).length;
    return {
      keyPointId,
      rated: group.length,
      sure: sure.length,
      sureAndWrong,
      sureAndWrongRate: sure.length > 0 ? sureAndWrong / sure.length : null,
    };
  });
}
