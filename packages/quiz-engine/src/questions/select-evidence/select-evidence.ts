import type { QuestionTypeModule } from '../question-type';
import {
  isSelectEvidenceAnswer,
  scoreSelectEvidence,
  validateSelectEvidence,
} from './score-select-evidence';
import type { SelectEvidenceAnswer, SelectEvidenceQuestion } from './select-evidence-question';

/** Select the evidence: sentences in reading order; overlap with the evidence earns credit. */
export const selectEvidence: QuestionTypeModule<SelectEvidenceQuestion, SelectEvidenceAnswer> = {
  isAnswer: isSelectEvidenceAnswer,
  validate: validateSelectEvidence,
  score: scoreSelectEvidence,
  choiceOrder: () => [],
  feedbackNotes: () => [],
};
