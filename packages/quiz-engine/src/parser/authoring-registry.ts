import { fillInTheBlankAuthoring } from '../questions/fill-in-the-blank/fill-in-the-blank-authoring';
import { matchingAuthoring } from '../questions/matching/matching-authoring';
import { multipleSelectAuthoring } from '../questions/multiple-select/multiple-select-authoring';
import { orderingAuthoring } from '../questions/ordering/ordering-authoring';
import type { QuestionType } from '../questions/registry';
import { selectEvidenceAuthoring } from '../questions/select-evidence/select-evidence-authoring';
import { singleChoiceAuthoring } from '../questions/single-choice/single-choice-authoring';
import { trueFalseAuthoring } from '../questions/true-false/true-false-authoring';

/**
 * Every question type's authoring side, by type, in the order the schema offers them. One line
 * per type, as in the run-time registry (`questions/registry.ts`); the parser's own entry only.
 */
export const questionAuthoring = {
  'single-choice': singleChoiceAuthoring,
  'multiple-select': multipleSelectAuthoring,
  'true-false': trueFalseAuthoring,
  'fill-in-the-blank': fillInTheBlankAuthoring,
  ordering: orderingAuthoring,
  matching: matchingAuthoring,
  'select-evidence': selectEvidenceAuthoring,
} satisfies { readonly [T in QuestionType]: unknown };
