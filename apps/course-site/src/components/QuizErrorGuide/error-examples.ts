/** A mistake in a quiz file, the message the checker gives for it, and how to fix it. */
export interface ErrorExample {
  /** Anchor id on the page. */
  readonly id: string;
  readonly title: string;
  /** What the message means. */
  readonly meaning: string;
  /** How to fix it. */
  readonly fix: string;
  /** A whole quiz file, `my-quiz.quiz.yaml`, with the mistake. */
  readonly file: string;
  /** The errors `npm run check:quizzes` prints for it (a test keeps these true). */
  readonly messages: readonly string[];
}

const head = 'id: my-quiz\ntitle: My quiz\nquestions:\n';
const trueFalse = (extra = '') =>
  `${head}  - id: q1\n    type: true-false\n    prompt: The ministers met in Singapore.\n    answer: true\n${extra}`;

/** The mistakes instructors meet most, each a real file whose message a test checks. */
export const errorExamples: readonly ErrorExample[] = [
  {
    id: 'yaml-syntax',
    title: 'YAML syntax',
    meaning:
      'The file is not valid YAML, so nothing else can be checked. The place given is where the YAML reader gave up, which can be after the real mistake (here the quote opened on line 6 is never closed, and the reader notices at the end of the file).',
    fix: 'Look at the line given and the lines just before it: a missing closing quote or bracket, a tab used for indentation, or a line indented differently from its neighbours.',
    file: `${head}  - id: q1\n    type: true-false\n    prompt: "The ministers met in Singapore.\n    answer: true\n`,
    messages: [
      'quizzes/my-quiz.quiz.yaml:8:1: error: YAML syntax: a quote or bracket opened earlier is never closed (Missing closing "quote)',
    ],
  },
  {
    id: 'missing-key',
    title: 'A required key is missing',
    meaning:
      'A quiz needs `id`, `title` and `questions`; each question needs `id`, `type` and `prompt`, and the keys of its type.',
    fix: 'Add the key named in the message at the place given.',
    file: `id: my-quiz\nquestions:\n  - id: q1\n    type: true-false\n    prompt: The ministers met in Singapore.\n    answer: true\n`,
    messages: ["quizzes/my-quiz.quiz.yaml:1:1: error: missing required key 'title'"],
  },
  {
    id: 'unknown-key',
    title: 'An unknown key',
    meaning:
      'The format has no key by that name, often because of a typo; the message suggests the key you probably meant.',
    fix: 'Correct the spelling. Keys are case-sensitive: `keyPoints`, not `keypoints`.',
    file: trueFalse().replace('prompt:', 'promt:'),
    messages: [
      "quizzes/my-quiz.quiz.yaml:6:5: error: unknown key 'promt'; did you mean 'prompt'? (at questions[0].promt)",
    ],
  },
  {
    id: 'wrong-type',
    title: 'A value of the wrong type',
    meaning:
      'The value is not of the kind the key takes: text, a number, `true` or `false`, a list or a mapping.',
    fix: 'Write the value as the message says. Only `true` and `false` are booleans: `yes` and `no` are text.',
    file: trueFalse().replace('answer: true', 'answer: yes'),
    messages: [
      "quizzes/my-quiz.quiz.yaml:7:13: error: 'answer' must be true or false, not 'yes' (at questions[0].answer)",
    ],
  },
  {
    id: 'unknown-type',
    title: 'An unknown question type',
    meaning: 'The `type` of a question must be one of the seven question types.',
    fix: 'Use one of the types the message lists; the format reference describes each.',
    file: `${head}  - id: q1\n    type: multiple-choice\n    prompt: Where did the ministers meet?\n    options:\n      - { id: a, text: Singapore, correct: true }\n      - { id: b, text: Tokyo }\n`,
    messages: [
      "quizzes/my-quiz.quiz.yaml:5:11: error: unknown question type 'multiple-choice'; did you mean 'multiple-select'? Expected one of: single-choice, multiple-select, true-false, fill-in-the-blank, ordering, matching, select-evidence (at questions[0].type)",
    ],
  },
  {
    id: 'duplicate-id',
    title: 'A duplicate id',
    meaning:
      'Two questions of a quiz (or two options, blanks, items or pairs of a question) have the same id. Learner progress is recorded by these ids, so each must be unique.',
    fix: 'Give the second one a new id. Do not reuse the id of a question you deleted for a different question.',
    file: `${trueFalse()}  - id: q1\n    type: true-false\n    prompt: The ministers met in Tokyo.\n    answer: false\n`,
    messages: [
      "quizzes/my-quiz.quiz.yaml:8:9: error: duplicate question id 'q1'; questions[0] already uses it (at questions[1].id)",
    ],
  },
  {
    id: 'no-correct-option',
    title: 'No correct option',
    meaning:
      'A single-choice question needs exactly one option marked correct; a multiple-select question at least one.',
    fix: 'Add `correct: true` to the right option (options without it are wrong).',
    file: `${head}  - id: q1\n    type: single-choice\n    prompt: Where did the ministers meet?\n    options:\n      - { id: a, text: Singapore }\n      - { id: b, text: Tokyo }\n`,
    messages: [
      "quizzes/my-quiz.quiz.yaml:8:7: error: a single-choice question needs exactly one correct option; mark it with 'correct: true' (at questions[0].options)",
    ],
  },
  {
    id: 'two-correct-options',
    title: 'Two correct options in a single-choice question',
    meaning: 'A single-choice question has one right answer.',
    fix: 'Remove `correct: true` from all but one option, or make the question `multiple-select`.',
    file: `${head}  - id: q1\n    type: single-choice\n    prompt: Which country hosted the meeting?\n    options:\n      - { id: a, text: Singapore, correct: true }\n      - { id: b, text: Republic of Singapore, correct: true }\n      - { id: c, text: Japan }\n`,
    messages: [
      "quizzes/my-quiz.quiz.yaml:9:56: error: a single-choice question needs exactly one correct option, but 'a' and 'b' are both correct; use type multiple-select for several (at questions[0].options[1].correct)",
    ],
  },
  {
    id: 'blank-placeholder',
    title: 'A blank without its placeholder',
    meaning:
      'Each blank of a fill-in-the-blank question must appear in its `text` as `{{blank-id}}`, exactly once.',
    fix: 'Put `{{id}}` where the blank goes, with the id of the blank.',
    file: `${head}  - id: q1\n    type: fill-in-the-blank\n    prompt: Complete the sentence.\n    text: The ministers met in {{city}}.\n    blanks:\n      - { id: place, accept: [Singapore] }\n`,
    messages: [
      "quizzes/my-quiz.quiz.yaml:7:11: error: the text has a placeholder {{city}} but no blank has id 'city' (at questions[0].text)",
      "quizzes/my-quiz.quiz.yaml:9:15: error: blank 'place' does not appear in the text; add {{place}} where it goes (at questions[0].blanks[0].id)",
    ],
  },
  {
    id: 'anchor-no-match',
    title: 'An evidence anchor that matches nothing',
    meaning:
      "The `exact` words of an evidence anchor must appear, exactly as written, in the paragraph named. The statement uses curly apostrophes in some places (People’s) and straight ones in others (DPRK's); the message says when that is the difference.",
    fix: 'Copy the words from the annotated reader rather than typing them, and check the paragraph id.',
    file: trueFalse(
      '    evidence:\n      - paragraph: p1\n        exact: convened a meeting in Singapore\n',
    ),
    messages: [
      "quizzes/my-quiz.quiz.yaml:9:9: error: evidence anchor {p1 'convened a meeting in Singapore'} matches no place in p1; copy the words from the statement exactly, apostrophes and capitals included (at questions[0].evidence[0])",
    ],
  },
  {
    id: 'anchor-ambiguous',
    title: 'An evidence anchor that matches several places',
    meaning:
      'An anchor must point at one place. Short quotations often occur more than once in a paragraph.',
    fix: 'Quote more words, or add `prefix` (the words just before) or `suffix` (the words just after) the quotation.',
    file: trueFalse('    evidence:\n      - paragraph: p4\n        exact: three sides\n'),
    messages: [
      "quizzes/my-quiz.quiz.yaml:9:9: error: evidence anchor {p4 'three sides'} matches 2 places in p4; add a 'prefix' or 'suffix' (the words just before or after) so that it matches one (at questions[0].evidence[0])",
    ],
  },
  {
    id: 'unknown-key-point',
    title: 'An unknown key point or glossary term',
    meaning:
      'Key point and glossary ids must be ids the course content defines; the message suggests the nearest one.',
    fix: 'Use an id from the list of key points in the format reference, or a term id from the glossary.',
    file: trueFalse('    keyPoints: [missile-warning]\n'),
    messages: [
      "quizzes/my-quiz.quiz.yaml:8:17: error: there is no key point 'missile-warning'; did you mean 'missile-warning-data'? (at questions[0].keyPoints[0])",
    ],
  },
  {
    id: 'unknown-paragraph',
    title: 'An unknown paragraph',
    meaning: 'Paragraph ids are `p1` to `p8`, for the eight paragraphs of the statement.',
    fix: 'Use the id shown beside the paragraph in the annotated reader.',
    file: trueFalse('    evidence:\n      - paragraph: p9\n        exact: DPRK\n'),
    messages: [
      "quizzes/my-quiz.quiz.yaml:9:9: error: there is no paragraph 'p9' in the statement; use p1 to p8 (at questions[0].evidence[0])",
    ],
  },
  {
    id: 'unsafe-link',
    title: 'A link that is not allowed',
    meaning:
      'Quiz text may link to web pages (`https://…`) and to pages of the course (`/statement#p3`), nothing else.',
    fix: 'Use an http(s) address or a path of the site.',
    file: trueFalse().replace(
      'prompt: The ministers met in Singapore.',
      "prompt: 'The ministers met in [Singapore](javascript:alert(1)).'",
    ),
    messages: [
      "quizzes/my-quiz.quiz.yaml:6:13: error: link target 'javascript:alert(1)' is not allowed; use an http(s) address or a relative one (at questions[0].prompt)",
    ],
  },
  {
    id: 'empty-file',
    title: 'An empty file',
    meaning: 'The file has nothing in it (or only comments).',
    fix: 'Start from one of the examples.',
    file: '',
    messages: [
      'quizzes/my-quiz.quiz.yaml:1:1: error: the file is empty; a quiz needs at least id, title and questions',
    ],
  },
];
