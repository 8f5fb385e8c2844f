import type { Answer, Question, QuestionType } from '@tmm/quiz-engine';
import type { ScormVersion } from './api';
import { cmiDecimal } from './cmi-format';

/**
 * A graded answer as a CMI interaction: its type in the data model's vocabulary, the learner's
 * response and the correct responses as patterns of that type, and the result.
 *
 * SCORM 2004 (RTE 4.1.6, "Interactions"): identifiers are `short_identifier_type` (the option,
 * item, pair or sentence ids of the quiz file), several in one response are joined with `[,]`,
 * a matching pair is `source[.]target`, a fill-in response is its blanks' words joined with
 * `[,]` and its pattern starts `{case_matters=…}{order_matters=true}`.
 *
 * SCORM 1.2 (RTE 3.4.2.7): a choice, sequencing or matching response is made of single
 * characters `0`-`9`, `a`-`z`, which stand for the options in the order the quiz file lists
 * them (`a` the first), joined with `,`; a matching pair is `a.b`; true/false is `t` or `f`; a
 * fill-in response is one string of at most 255 characters.
 */
export interface CmiInteraction {
  readonly type: 'choice' | 'true-false' | 'fill-in' | 'sequencing' | 'matching';
  readonly learnerResponse: string;
  /** One or more correct response patterns (a fill-in with alternatives has several). */
  readonly correctResponses: readonly string[];
  /** `correct`, `incorrect` (1.2: `wrong`), or the fraction earned for a partly right answer. */
  readonly result: string;
}

/** The CMI interaction type of each question type of the quiz format. */
export const INTERACTION_TYPES = {
  'single-choice': 'choice',
  'multiple-select': 'choice',
  'true-false': 'true-false',
  'fill-in-the-blank': 'fill-in',
  ordering: 'sequencing',
  matching: 'matching',
  'select-evidence': 'choice',
} as const satisfies Record<QuestionType, CmiInteraction['type']>;

/** SCORM 1.2's single-character identifiers, in order. */
const CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** SCORM 2004's `short_identifier_type` (RTE 4.1.1.6), as the data model constrains it. */
const SHORT_IDENTIFIER = /^(?=.*\w)[\w\-()+.:=@;$!*'%/#]{1,250}$/;

/** How ids are written in a response: as they are (2004) or as a letter by their place (1.2). */
function identifiers(version: ScormVersion, ids: readonly string[]): (id: string) => string {
  if (version === '2004')
    return (id) => {
      if (!SHORT_IDENTIFIER.test(id))
        throw new RangeError(`"${id}" is not a SCORM 2004 short identifier`);
      return id;
    };
  if (ids.length > CHARACTERS.length)
    throw new RangeError(
      `SCORM 1.2 names at most ${CHARACTERS.length} choices by single characters; this question has ${ids.length}`,
    );
  return (id) => {
    const index = ids.indexOf(id);
    const character = CHARACTERS[index];
    if (index < 0 || character === undefined)
      throw new RangeError(`"${id}" is not one of ${ids.join(', ')}`);
    return character;
  };
}

/** Text of a fill-in response: 2004 strings may not hold the `[,]` delimiter nor start with `{`. */
function fillInText(text: string): string {
  return text.replaceAll('[,]', ',').replace(/^\{/, '(').slice(0, 250);
}

function result(version: ScormVersion, fraction: number): string {
  if (fraction >= 1) return 'correct';
  if (fraction <= 0) return version === '2004' ? 'incorrect' : 'wrong';
  return cmiDecimal(fraction);
}

/**
 * The interaction for a graded answer to `question`, earning `fraction` (0 to 1) of its marks.
 * Throws a RangeError naming the id when an id cannot be written in the version's form.
 */
export function cmiInteraction(
  question: Question,
  answer: Answer,
  fraction: number,
  version: ScormVersion,
): CmiInteraction {
  const list = version === '2004' ? '[,]' : ',';
  const pair = version === '2004' ? '[.]' : '.';
  const type = INTERACTION_TYPES[question.type];
  const base = { type, result: result(version, fraction) };
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select': {
      const id = identifiers(
        version,
        question.options.map((option) => option.id),
      );
      const chosen =
        'optionId' in answer ? [answer.optionId] : 'optionIds' in answer ? answer.optionIds : [];
      const correct = question.options
        .filter((option) => option.correct)
        .map((option) => option.id);
      return {
        ...base,
        learnerResponse: chosen.map(id).join(list),
        // A single choice with several right options accepts any one of them.
        correctResponses:
          question.type === 'single-choice' ? correct.map(id) : [correct.map(id).join(list)],
      };
    }
    case 'select-evidence': {
      const id = identifiers(version, question.sentenceIds);
      const chosen = 'sentenceIds' in answer ? answer.sentenceIds : [];
      return {
        ...base,
        learnerResponse: chosen.map(id).join(list),
        correctResponses: [question.evidenceSentenceIds.map(id).join(list)],
      };
    }
    case 'true-false': {
      const word = (value: boolean) => (version === '2004' ? String(value) : value ? 't' : 'f');
      const value = 'value' in answer ? answer.value : undefined;
      return {
        ...base,
        learnerResponse: value === undefined ? '' : word(value),
        correctResponses: [word(question.answer)],
      };
    }
    case 'fill-in-the-blank': {
      const given = 'blanks' in answer ? answer.blanks : {};
      const words = question.blanks.map((blank) => given[blank.id] ?? '');
      // Each alternative the quiz accepts, blank by blank (the first of each, then the second…).
      const alternatives = Math.max(1, ...question.blanks.map((blank) => blank.accept.length));
      const caseMatters = question.blanks.some((blank) => blank.caseSensitive);
      const patterns = Array.from({ length: Math.min(alternatives, 5) }, (_, index) =>
        question.blanks
          .map((blank) => blank.accept[Math.min(index, blank.accept.length - 1)] ?? '')
          .map((text) => (version === '2004' ? fillInText(text) : text))
          .join(list),
      );
      if (version === '1.2')
        return {
          ...base,
          learnerResponse: words.join(',').slice(0, 255),
          correctResponses: patterns.map((pattern) => pattern.slice(0, 255)),
        };
      return {
        ...base,
        learnerResponse: words.map(fillInText).join(list),
        correctResponses: patterns.map(
          (pattern) => `{case_matters=${caseMatters}}{order_matters=true}${pattern}`,
        ),
      };
    }
    case 'ordering': {
      const id = identifiers(
        version,
        question.items.map((item) => item.id),
      );
      const order = 'order' in answer ? answer.order : [];
      return {
        ...base,
        learnerResponse: order.map(id).join(list),
        correctResponses: [question.items.map((item) => id(item.id)).join(list)],
      };
    }
    case 'matching': {
      const sources = identifiers(
        version,
        question.pairs.map((entry) => entry.id),
      );
      const targets = identifiers(version, [
        ...question.pairs.map((entry) => entry.id),
        ...question.distractors.map((distractor) => distractor.id),
      ]);
      const given = 'pairs' in answer ? answer.pairs : {};
      return {
        ...base,
        learnerResponse: question.pairs
          .filter((entry) => given[entry.id] !== undefined)
          .map((entry) => `${sources(entry.id)}${pair}${targets(given[entry.id] ?? '')}`)
          .join(list),
        correctResponses: [
          question.pairs
            .map((entry) => `${sources(entry.id)}${pair}${targets(entry.id)}`)
            .join(list),
        ],
      };
    }
  }
}
