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
    title: 'A quote that is never closed',
    meaning:
      'The file is not valid YAML, so nothing else can be checked. A quote opened and never closed swallows the rest of the file as its text; the message points at the quote that opened it.',
    fix: 'Add the closing quote at the end of the text, or remove the opening one: most text needs no quotes.',
    file: `${head}  - id: q1\n    type: true-false\n    prompt: "The ministers met in Singapore.\n    answer: true\n`,
    messages: [
      'quizzes/my-quiz.quiz.yaml:6:13: error: YAML syntax: the double quote (") opened here is never closed, so the rest of the file is read as its text; add the closing " at the end of this text',
    ],
  },
  {
    id: 'text-with-colon',
    title: "Text that contains ': '",
    meaning:
      'YAML reads `word: ` as a key and its value, so text such as `Right: Singapore` in the middle of a line is taken for a mapping nested in the line. The message gives the line to write instead.',
    fix: 'Put the whole text in quotes, on one line, as the message shows: single quotes, or double quotes when the text has an apostrophe.',
    file: trueFalse('    feedback:\n      correct: Right: the ministers met in Singapore.\n'),
    messages: [
      "quizzes/my-quiz.quiz.yaml:9:16: error: YAML syntax: this text contains ': ', which YAML reads as a key and its value; put the text in quotes: correct: 'Right: the ministers met in Singapore.'",
    ],
  },
  {
    id: 'text-starting-with-a-special-character',
    title: 'Text that starts with a character YAML reads specially',
    meaning:
      'Text that starts with `*`, `[`, `{`, `&`, `!`, `>`, `|`, `%`, `@` or a backquote means something else in YAML: `*emphasis*` at the start is read as an alias, `[a link](…)` as a list.',
    fix: 'Put the text in quotes; the message gives the line to write.',
    file: `${head}  - id: q1\n    type: true-false\n    prompt: "*Singapore* hosted the meeting."\n    answer: true\n  - id: q2\n    type: true-false\n    prompt: *Tokyo* hosted the meeting.\n    answer: false\n`,
    messages: [
      "quizzes/my-quiz.quiz.yaml:10:13: error: YAML syntax: text that starts with '*' must be in quotes, or YAML reads it as an alias (a reference to an anchor); write prompt: '*Tokyo* hosted the meeting.'",
    ],
  },
  {
    id: 'indentation',
    title: 'A key indented differently from its neighbours',
    meaning:
      'YAML groups keys by their indentation: the keys of one question must start in the same column. A key indented one space more or less belongs to nothing.',
    fix: 'Indent the line as the message says, with spaces (never tabs), so that it lines up with the key named.',
    file: `${head}  - id: q1\n    type: true-false\n   prompt: The ministers met in Singapore.\n    answer: true\n`,
    messages: [
      "quizzes/my-quiz.quiz.yaml:6:4: error: YAML syntax: 'prompt' is indented 3 spaces, but the lines around it use 4; indent it 4 spaces to line it up with 'type' on line 5",
    ],
  },
  {
    id: 'tabs',
    title: 'Lines indented with tabs',
    meaning:
      'YAML does not allow tabs for indentation. Editors set to indent with tabs cause this.',
    fix: 'Replace the tabs at the start of the lines named with spaces (two per level), or set your editor to indent YAML with spaces.',
    file: `${head}\t- id: q1\n\t  type: true-false\n\t  prompt: The ministers met in Singapore.\n\t  answer: true\n`,
    messages: [
      'quizzes/my-quiz.quiz.yaml:4:1: error: YAML syntax: this line is indented with a tab; YAML needs spaces: replace the tabs at the start of lines 4 to 7 with spaces',
    ],
  },
  {
    id: 'folded-text',
    title: 'Text under `>-` that is not indented',
    meaning:
      'After `>-` (or `|`), the text goes on the following lines, indented more than its key. Text at the same indentation as the key is read as new keys.',
    fix: 'Indent the lines of text by two more spaces than the key, as the message says.',
    file: trueFalse(
      '    explanation: >-\n    The statement was issued in Singapore\n    on June 3, 2023.\n',
    ),
    messages: [
      "quizzes/my-quiz.quiz.yaml:9:5: error: YAML syntax: the text under 'explanation: >-' (line 8) must be indented more than 'explanation'; indent it by 6 spaces",
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
      "Key point and glossary ids must be ids the course content defines. A glossary id is not the term's name as the glossary page shows it; the message suggests the nearest id, or the id of the term named.",
    fix: 'Use an id from the lists of key point ids and glossary ids in the format reference.',
    file: trueFalse('    keyPoints: [missile-warning]\n    glossary: [North Korea]\n'),
    messages: [
      "quizzes/my-quiz.quiz.yaml:8:17: error: there is no key point 'missile-warning'; did you mean 'missile-warning-data'? (at questions[0].keyPoints[0])",
      "quizzes/my-quiz.quiz.yaml:9:16: error: there is no glossary term 'North Korea'; 'North Korea' is the glossary term 'DPRK': write its id, 'dprk' (at questions[0].glossary[0])",
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
