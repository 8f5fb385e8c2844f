import { describe, expect, it } from 'vitest';
import { resolveSample } from '../__fixtures__/sample-source';
import { parseQuiz } from './parse-quiz';

/** Parses a malformed document and lists its errors as `line:column message (at path)`. */
function errorsOf(source: string | Uint8Array): string[] {
  const result = parseQuiz(source, { fileName: 'broken.yaml', resolve: resolveSample });
  if (result.ok) return [];
  return result.errors.map(
    (e) => `${e.line}:${e.column} ${e.message}${e.path ? ` (at ${e.path})` : ''}`,
  );
}

/** Malformed quiz documents, each with the exact errors a person should see. */
const corpus: readonly { name: string; source: string; errors: string[] }[] = [
  {
    name: 'an empty file',
    source: ``,
    errors: ['1:1 the file is empty; a quiz needs at least id, title and questions'],
  },
  {
    name: 'a file of comments only',
    source: `# nothing yet

`,
    errors: ['1:1 the file is empty; a quiz needs at least id, title and questions'],
  },
  {
    name: 'a quote that is never closed',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: "Unclosed
    answer: true
`,
    errors: [
      '6:13 YAML syntax: the double quote (") opened here is never closed, so the rest of the file is read as its text; add the closing " at the end of this text',
    ],
  },
  {
    name: 'a tab used for indentation',
    source: `id: q
title: T
questions:
\t- id: a
`,
    errors: [
      '4:1 YAML syntax: this line is indented with a tab; YAML needs spaces: replace the tab at the start of the line with spaces',
    ],
  },
  {
    name: 'a key written twice',
    source: `id: q
title: T
title: U
questions: []
`,
    errors: ['3:1 YAML syntax: this key appears twice in the same mapping; keep one'],
  },
  {
    name: "a mapping nested on its key's line",
    source: `id: q
title: T
settings: tries: 3
questions: []
`,
    errors: [
      "3:11 YAML syntax: 'tries:' starts a mapping nested on the same line as 'settings:'; put 'tries: …' on the next line, indented under 'settings'",
    ],
  },
  {
    name: 'two YAML documents in one file',
    source: `id: q
title: T
---
id: r
`,
    errors: [
      "3:1 YAML syntax: the file holds more than one YAML document ('---'); put one quiz per file",
    ],
  },
  {
    name: 'a list bracket that is never closed',
    source: `id: q
title: T
questions: [
`,
    errors: [
      "3:12 YAML syntax: the list opened here with '[' is never closed; end it with ']' after its last item (or, if this is text, put it in quotes)",
    ],
  },
  {
    name: 'a document that is a list',
    source: `- id: q
- title: T
`,
    errors: [
      '1:1 the document must be a mapping with keys such as id, title and questions, not a list',
    ],
  },
  {
    name: 'a document that is a sentence',
    source: `just a sentence
`,
    errors: [
      "1:1 the document must be a mapping with keys such as id, title and questions, not 'just a sentence'",
    ],
  },
  {
    name: 'a quiz without a title',
    source: `id: q
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
`,
    errors: ["1:1 missing required key 'title'"],
  },
  {
    name: 'a misspelt quiz key, with a suggestion',
    source: `id: q
titel: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
`,
    errors: ["2:1 unknown key 'titel'; did you mean 'title'? (at titel)"],
  },
  {
    name: 'a misspelt question key, reported once, with a suggestion',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    promt: P
    answer: true
`,
    errors: ["6:5 unknown key 'promt'; did you mean 'prompt'? (at questions[0].promt)"],
  },
  {
    name: 'an unknown question type, with a suggestion',
    source: `id: q
title: T
questions:
  - id: a
    type: multi-choice
    prompt: P
`,
    errors: [
      "5:11 unknown question type 'multi-choice'; did you mean 'multiple-select'? Expected one of: single-choice, multiple-select, true-false, fill-in-the-blank, ordering, matching, select-evidence (at questions[0].type)",
    ],
  },
  {
    name: 'a question type that is a number',
    source: `id: q
title: T
questions:
  - id: a
    type: 3
    prompt: P
`,
    errors: [
      "5:11 'type' must be one of: single-choice, multiple-select, true-false, fill-in-the-blank, ordering, matching, select-evidence, not the number 3 (at questions[0].type)",
    ],
  },
  {
    name: 'a question without a type',
    source: `id: q
title: T
questions:
  - id: a
    prompt: P
`,
    errors: [
      "4:5 missing required key 'type'; expected one of: single-choice, multiple-select, true-false, fill-in-the-blank, ordering, matching, select-evidence (at questions[0])",
    ],
  },
  {
    name: 'tries written as a word',
    source: `id: q
title: T
settings:
  tries: three
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
`,
    errors: ["4:10 'tries' must be a number, not 'three' (at settings.tries)"],
  },
  {
    name: 'tries that are not a whole number',
    source: `id: q
title: T
settings:
  tries: 1.5
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
`,
    errors: ["4:10 'tries' must be a whole number, not the number 1.5 (at settings.tries)"],
  },
  {
    name: 'a misspelt behaviour, with a suggestion',
    source: `id: q
title: T
behaviour: pratice
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
`,
    errors: [
      "3:12 'behaviour' must be one of: practice, test, not 'pratice'; did you mean 'practice'? (at behaviour)",
    ],
  },
  {
    name: 'a quiz id that is not kebab-case, with the kebab-case form',
    source: `id: Quiz One
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
`,
    errors: [
      "1:5 'Quiz One' is not a valid id: use lower-case letters and digits joined by single hyphens, e.g. 'quiz-one' (at id)",
    ],
  },
  {
    name: 'negative points',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    points: -1
`,
    errors: ["8:13 'points' must be greater than 0, not -1 (at questions[0].points)"],
  },
  {
    name: 'a pass mark above 1',
    source: `id: q
title: T
settings: { passMark: 1.5 }
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
`,
    errors: ["3:23 'passMark' must be at most 1, not 1.5 (at settings.passMark)"],
  },
  {
    name: 'an empty question list',
    source: `id: q
title: T
questions: []
`,
    errors: ["3:12 'questions' must list at least one question; it lists 0 (at questions)"],
  },
  {
    name: 'a choice question with one option',
    source: `id: q
title: T
questions:
  - id: a
    type: single-choice
    prompt: P
    options:
      - { id: x, text: X, correct: true }
`,
    errors: ["8:7 'options' must list at least 2 options; it lists 1 (at questions[0].options)"],
  },
  {
    name: 'a true/false answer written as text',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: yes please
`,
    errors: ["7:13 'answer' must be true or false, not 'yes please' (at questions[0].answer)"],
  },
  {
    name: 'hints written as one text instead of a list',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    hints: Read the text.
`,
    errors: ["8:12 'hints' must be a list, not 'Read the text.' (at questions[0].hints)"],
  },
  {
    name: 'an empty prompt',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: ''
    answer: true
`,
    errors: ["6:13 'prompt' must not be empty (at questions[0].prompt)"],
  },
  {
    name: 'a duplicate question id, at the second use',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
  - id: a
    type: true-false
    prompt: Q
    answer: true
`,
    errors: ["8:9 duplicate question id 'a'; questions[0] already uses it (at questions[1].id)"],
  },
  {
    name: 'a single-choice question without a correct option',
    source: `id: q
title: T
questions:
  - id: a
    type: single-choice
    prompt: P
    options:
      - { id: x, text: X }
      - { id: y, text: Y }
`,
    errors: [
      "8:7 a single-choice question needs exactly one correct option; mark it with 'correct: true' (at questions[0].options)",
    ],
  },
  {
    name: 'a single-choice question with two correct options, at the second',
    source: `id: q
title: T
questions:
  - id: a
    type: single-choice
    prompt: P
    options:
      - { id: x, text: X, correct: true }
      - { id: y, text: Y, correct: true }
`,
    errors: [
      "9:36 a single-choice question needs exactly one correct option, but 'x' and 'y' are both correct; use type multiple-select for several (at questions[0].options[1].correct)",
    ],
  },
  {
    name: 'a multiple-select question without a correct option',
    source: `id: q
title: T
questions:
  - id: a
    type: multiple-select
    prompt: P
    options:
      - { id: x, text: X }
      - { id: y, text: Y }
`,
    errors: [
      "8:7 a multiple-select question needs at least one correct option; mark it with 'correct: true' (at questions[0].options)",
    ],
  },
  {
    name: 'a duplicate option id',
    source: `id: q
title: T
questions:
  - id: a
    type: single-choice
    prompt: P
    options:
      - { id: x, text: X, correct: true }
      - { id: x, text: Y }
`,
    errors: [
      "9:15 duplicate id 'x' in this question; options[0] already uses it (at questions[0].options[1].id)",
    ],
  },
  {
    name: 'two options with the same text in different case',
    source: `id: q
title: T
questions:
  - id: a
    type: single-choice
    prompt: P
    options:
      - { id: x, text: Same, correct: true }
      - { id: y, text: same }
`,
    errors: [
      '9:24 this option has the same text as questions[0].options[0]; options must differ (at questions[0].options[1].text)',
    ],
  },
  {
    name: 'two ordering items with the same text',
    source: `id: q
title: T
questions:
  - id: a
    type: ordering
    prompt: P
    items:
      - { id: x, text: First }
      - { id: y, text: First }
`,
    errors: [
      '9:24 this item has the same text as questions[0].items[0]; items must differ (at questions[0].items[1].text)',
    ],
  },
  {
    name: 'two matching pairs with the same right-hand text',
    source: `id: q
title: T
questions:
  - id: a
    type: matching
    prompt: P
    pairs:
      - { id: x, left: A, right: One }
      - { id: y, left: B, right: One }
`,
    errors: [
      '9:34 this right-hand choice has the same text as questions[0].pairs[0]; right-hand choices must differ (at questions[0].pairs[1].right)',
    ],
  },
  {
    name: 'a blank without accepted answers',
    source: `id: q
title: T
questions:
  - id: a
    type: fill-in-the-blank
    prompt: P
    text: '{{x}} here'
    blanks:
      - { id: x, accept: [] }
`,
    errors: [
      "9:26 'accept' must list at least one accepted answer; it lists 0 (at questions[0].blanks[0].accept)",
    ],
  },
  {
    name: 'a placeholder without a blank',
    source: `id: q
title: T
questions:
  - id: a
    type: fill-in-the-blank
    prompt: P
    text: '{{x}} and {{y}}'
    blanks:
      - { id: x, accept: [A] }
`,
    errors: [
      "7:11 the text has a placeholder {{y}} but no blank has id 'y' (at questions[0].text)",
    ],
  },
  {
    name: 'a blank without a placeholder',
    source: `id: q
title: T
questions:
  - id: a
    type: fill-in-the-blank
    prompt: P
    text: '{{x}} here'
    blanks:
      - { id: x, accept: [A] }
      - { id: z, accept: [B] }
`,
    errors: [
      "10:15 blank 'z' does not appear in the text; add {{z}} where it goes (at questions[0].blanks[1].id)",
    ],
  },
  {
    name: 'an accepted answer of punctuation only',
    source: `id: q
title: T
questions:
  - id: a
    type: fill-in-the-blank
    prompt: P
    text: '{{x}}'
    blanks:
      - { id: x, accept: [A, '...'] }
`,
    errors: [
      "9:30 accepted answer '...' is empty once punctuation and spaces are ignored (at questions[0].blanks[0].accept[1])",
    ],
  },
  {
    name: 'a pool that draws more questions than the quiz has',
    source: `id: q
title: T
settings:
  pool: { draw: 3 }
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
`,
    errors: ['4:17 the pool draws 3 questions but the quiz has only 1 (at settings.pool.draw)'],
  },
  {
    name: 'a per-key-point pool with a question lacking key points',
    source: `id: q
title: T
settings:
  pool: { draw: 1, perKeyPoint: true }
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
`,
    errors: [
      "6:5 with 'pool.perKeyPoint' every question needs a key point; add 'keyPoints' to question 'a' (at questions[0])",
    ],
  },
  {
    name: "a per-key-point pool larger than a key point's questions",
    source: `id: q
title: T
settings:
  pool: { draw: 2, perKeyPoint: true }
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    keyPoints: [kp-alpha]
`,
    errors: [
      "4:17 the pool draws 2 questions per key point but key point 'kp-alpha' has only 1 (at settings.pool.draw)",
    ],
  },
  {
    name: 'an unknown key point, at the reference',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    keyPoints: [kp-alpha, kp-omega]
`,
    errors: ["8:27 unknown key point 'kp-omega' (at questions[0].keyPoints[1])"],
  },
  {
    name: 'an unknown glossary term, at the reference',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    glossary:
      - term-omega
`,
    errors: ["9:9 unknown glossary term 'term-omega' (at questions[0].glossary[0])"],
  },
  {
    name: 'an evidence anchor that does not resolve, at the anchor',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    evidence:
      - paragraph: p1
        exact: Omega
`,
    errors: ["9:9 'Omega' does not occur in paragraph p1 (at questions[0].evidence[0])"],
  },
  {
    name: 'select-evidence evidence outside its passage',
    source: `id: q
title: T
questions:
  - id: a
    type: select-evidence
    prompt: P
    passage: [p2]
    evidence:
      - { paragraph: p1, exact: Alpha }
`,
    errors: [
      "9:9 this evidence lies in p1.s1, outside the passage (p2); add its paragraph to 'passage' (at questions[0].evidence[0])",
    ],
  },
  {
    name: 'select-evidence passage naming an unknown paragraph',
    source: `id: q
title: T
questions:
  - id: a
    type: select-evidence
    prompt: P
    passage: [p2, p9]
    evidence:
      - { paragraph: p2, exact: Zeta }
`,
    errors: ["7:19 unknown paragraph 'p9' (at questions[0].passage[1])"],
  },
  {
    name: 'a javascript: link in a prompt',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: See [this](javascript:alert(1)).
    answer: true
`,
    errors: [
      "6:13 link target 'javascript:alert(1)' is not allowed; use an http(s) address or a relative one (at questions[0].prompt)",
    ],
  },
  {
    name: 'a YAML alias without an anchor',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: *missing
    answer: true
`,
    errors: [
      "6:13 YAML: the alias '*missing' has no anchor '&missing' before it; define the anchor first",
    ],
  },
  {
    name: 'a JSON document with a wrong value type',
    source: `{
  "id": "q",
  "title": "T",
  "questions": [
    { "id": "a", "type": "true-false", "prompt": "P", "answer": "no" }
  ]
}
`,
    errors: ["5:65 'answer' must be true or false, not 'no' (at questions[0].answer)"],
  },
  {
    name: 'an evidence anchor without its exact words',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    evidence:
      - { paragraph: p1 }
`,
    errors: ["9:9 missing required key 'exact' (at questions[0].evidence[0])"],
  },
  {
    name: 'an unclosed quote, reported where it opened, not at the end',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: "The ministers met
    answer: true
  - id: b
    type: true-false
    prompt: Second
    answer: false
`,
    errors: [
      '6:13 YAML syntax: the double quote (") opened here is never closed, so the rest of the file is read as its text; add the closing " at the end of this text',
    ],
  },
  {
    name: 'an unclosed single quote',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: 'The ministers met
    answer: true
`,
    errors: [
      "6:13 YAML syntax: the single quote (') opened here is never closed, so the rest of the file is read as its text; add the closing ' at the end of this text",
    ],
  },
  {
    name: 'a quote left open before the next question, whose own quote cannot close it',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: "The ministers met
    answer: true
  - id: b
    type: true-false
    prompt: "Second"
    answer: false
`,
    errors: [
      '6:13 YAML syntax: the double quote (") opened here is never closed, so the rest of the file is read as its text; add the closing " at the end of this text',
    ],
  },
  {
    name: 'a key indented one space too few',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
   prompt: Three spaces
    answer: true
`,
    errors: [
      "6:4 YAML syntax: 'prompt' is indented 3 spaces, but the lines around it use 4; indent it 4 spaces to line it up with 'type' on line 5",
    ],
  },
  {
    name: 'a key indented one space too many',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
     prompt: Five spaces
    answer: true
`,
    errors: [
      "6:6 YAML syntax: 'prompt' is indented 5 spaces, but the lines around it use 4; indent it 4 spaces to line it up with 'type' on line 5",
    ],
  },
  {
    name: 'an option indented differently from the others',
    source: `id: q
title: T
questions:
  - id: a
    type: single-choice
    prompt: P
    options:
      - id: x
        text: X
        correct: true
     - id: y
        text: Y
`,
    errors: [
      "11:6 YAML syntax: this list item is indented 5 spaces, but the lines around it use 6; indent it 6 spaces to line it up with the '-' on line 8",
    ],
  },
  {
    name: 'a question indented one space more than the one before',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
   - id: b
     type: true-false
     prompt: Q
     answer: false
`,
    errors: [
      "8:4 YAML syntax: this list item is indented 3 spaces, but the lines around it use 2; indent it 2 spaces to line it up with the '-' on line 4",
    ],
  },
  {
    name: 'tabs indenting every line of a question, reported once',
    source: `id: q
title: T
questions:
\t- id: a
\t  type: true-false
\t  prompt: Tabs
\t  answer: true
`,
    errors: [
      '4:1 YAML syntax: this line is indented with a tab; YAML needs spaces: replace the tabs at the start of lines 4 to 7 with spaces',
    ],
  },
  {
    name: 'a tab after spaces in an indentation',
    source: `id: q
title: T
questions:
  - id: a
  \t type: true-false
    prompt: P
    answer: true
`,
    errors: [
      '5:1 YAML syntax: this line is indented with a tab; YAML needs spaces: replace the tab at the start of the line with spaces',
    ],
  },
  {
    name: 'text starting with * (emphasis) unquoted',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: *Emphasis* first
    answer: true
`,
    errors: [
      "6:13 YAML syntax: text that starts with '*' must be in quotes, or YAML reads it as an alias (a reference to an anchor); write prompt: '*Emphasis* first'",
    ],
  },
  {
    name: 'text starting with [ (a link) unquoted',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: [Link](https://example.org) first
    answer: true
`,
    errors: [
      "6:13 YAML syntax: text that starts with '[' must be in quotes, or YAML reads it as a list; write prompt: '[Link](https://example.org) first'",
    ],
  },
  {
    name: 'text starting with { unquoted',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: {braces} first
    answer: true
`,
    errors: [
      "6:13 YAML syntax: text that starts with '{' must be in quotes, or YAML reads it as a mapping; write prompt: '{braces} first'",
    ],
  },
  {
    name: 'text starting with @ unquoted',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: @handle wrote it
    answer: true
`,
    errors: [
      "6:13 YAML syntax: text that starts with '@' must be in quotes, or YAML reads it as a reserved character; write prompt: '@handle wrote it'",
    ],
  },
  {
    name: 'text starting with a backquote unquoted',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: \`code\` first
    answer: true
`,
    errors: [
      "6:13 YAML syntax: text that starts with '`' must be in quotes, or YAML reads it as a reserved character; write prompt: '`code` first'",
    ],
  },
  {
    name: 'a hint starting with * unquoted',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    hints:
      - *Read* paragraph 2.
`,
    errors: [
      "9:9 YAML syntax: text that starts with '*' must be in quotes, or YAML reads it as an alias (a reference to an anchor); write - '*Read* paragraph 2.'",
    ],
  },
  {
    name: "feedback text containing ': ' unquoted",
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    feedback:
      correct: Right: Singapore, on June 3, 2023.
`,
    errors: [
      "9:16 YAML syntax: this text contains ': ', which YAML reads as a key and its value; put the text in quotes: correct: 'Right: Singapore, on June 3, 2023.'",
    ],
  },
  {
    name: "feedback text with ': ' moved to the next line, read as a mapping",
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    feedback:
      correct:
        Right: Singapore, on June 3, 2023.
`,
    errors: [
      "10:9 'correct' must be text, not a mapping: YAML reads 'Right:' as a key because of the ': ' after it; write the text on one line, in quotes: correct: 'Right: Singapore, on June 3, 2023.' (at questions[0].feedback.correct)",
    ],
  },
  {
    name: "a prompt with ': ' and an apostrophe, quoted in double quotes",
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: Note: the DPRK's launch was condemned.
    answer: true
`,
    errors: [
      "6:13 YAML syntax: this text contains ': ', which YAML reads as a key and its value; put the text in quotes: prompt: \"Note: the DPRK's launch was condemned.\"",
    ],
  },
  {
    name: 'a title written as a number',
    source: `id: q
title: 2023
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
`,
    errors: [
      "2:8 'title' must be text, not the number 2023; to use it as text, put it in quotes: title: '2023' (at title)",
    ],
  },
  {
    name: 'an option text written as true',
    source: `id: q
title: T
questions:
  - id: a
    type: single-choice
    prompt: P
    options:
      - id: x
        text: true
        correct: true
      - id: y
        text: Tokyo
`,
    errors: [
      "9:15 'text' must be text, not true; to use it as text, put it in quotes: text: 'true' (at questions[0].options[0].text)",
    ],
  },
  {
    name: 'text under >- that is not indented',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    explanation: >-
    The text is not indented,
    so it ends the block.
`,
    errors: [
      "9:5 YAML syntax: the text under 'explanation: >-' (line 8) must be indented more than 'explanation'; indent it by 6 spaces",
    ],
  },
  {
    name: 'text under | that is not indented',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    explanation: |
    Not indented.
`,
    errors: [
      "9:5 YAML syntax: the text under 'explanation: |' (line 8) must be indented more than 'explanation'; indent it by 6 spaces",
    ],
  },
  {
    name: 'an alias bomb, refused at the first alias',
    source: `id: q
title: T
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
questions: []
`,
    errors: [
      "4:8 YAML: the aliases ('*a' and others) repeat the text so many times that the quiz would grow too large to read; write the text out where it is needed instead of repeating it through aliases",
    ],
  },
  {
    name: 'an unclosed bracket in a key point list',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    keyPoints: [denuclearization
`,
    errors: [
      "8:16 YAML syntax: the list opened here with '[' is never closed; end it with ']' after its last item (or, if this is text, put it in quotes)",
    ],
  },
  {
    name: 'an unclosed brace in an evidence anchor',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    evidence:
      - { paragraph: p1, exact: Singapore
`,
    errors: [
      "9:9 YAML syntax: the mapping opened here with '{' is never closed; end it with '}' after its last entry (or, if this is text, put it in quotes)",
    ],
  },
  {
    name: 'a JSON document with a missing comma',
    source: `{
  "id": "q",
  "title": "T"
  "questions": []
}
`,
    errors: [
      "3:15 YAML syntax: a comma is missing between two entries; add ',' at the end of line 3",
    ],
  },
  {
    name: 'a JSON document with a trailing comma and no closing brace',
    source: `{
  "id": "q",
  "title": "T",
  "questions": [
`,
    errors: [
      "1:1 YAML syntax: the mapping opened here with '{' is never closed; end it with '}' after its last entry (or, if this is text, put it in quotes)",
    ],
  },
  {
    name: 'a duplicate key inside a question',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    prompt: Q
    answer: true
`,
    errors: ['7:5 YAML syntax: this key appears twice in the same mapping; keep one'],
  },
  {
    name: 'a stray line of words among the keys',
    source: `id: q
title: T
just some words
questions: []
`,
    errors: [
      "3:1 YAML syntax: this line is neither 'key: value' nor a list item ('- …'); if it continues the text above, indent it more than that text's key, and if it starts a key, put ':' and a space after the key",
    ],
  },
  {
    name: "a key written without its ':'",
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt P
    answer: true
`,
    errors: ["6:5 YAML syntax: 'prompt' needs a ':' after it; write prompt: P"],
  },
  {
    name: "a key with no space after its ':'",
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt:P
    answer: true
`,
    errors: ["6:5 YAML syntax: a key needs a space after its ':'; write prompt: P"],
  },
];

/**
 * Valid documents that look like mistakes or trip naive readers: each must parse without an
 * error, so that the diagnoses above never refuse a good file.
 */
const validTricky: readonly { name: string; source: string }[] = [
  {
    name: 'a byte order mark',
    source: `\uFEFFid: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
`,
  },
  {
    name: 'CRLF line ends',
    source: `id: q\r
title: T\r
questions:\r
  - id: a\r
    type: true-false\r
    prompt: P\r
    answer: true\r
`,
  },
  {
    name: 'a tab after a colon',
    source: `id: q
title:\tT
questions:
  - id: a
    type:\ttrue-false
    prompt:\tP
    answer: true
`,
  },
  {
    name: 'a quoted leading [',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: '[Link](https://example.org) first'
    answer: true
`,
  },
  {
    name: 'a quoted leading *',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: "*Emphasis* first"
    answer: true
`,
  },
  {
    name: 'JSON syntax',
    source: `{
  "id": "q",
  "title": "T",
  "questions": [
    { "id": "a", "type": "true-false", "prompt": "P", "answer": true }
  ]
}
`,
  },
  {
    name: "text with ': ' in quotes and an apostrophe doubled",
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: 'Note: the DPRK''s launch'
    answer: true
`,
  },
  {
    name: 'a folded block over several indented lines',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    explanation: >-
      The text is indented,
      so it is one paragraph.
`,
  },
  {
    name: 'a plain text continued on a more indented line',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: The ministers met
      in Singapore.
    answer: true
`,
  },
  {
    name: 'a multi-line double-quoted text',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: "The ministers met
      in Singapore."
    answer: true
`,
  },
  {
    name: 'comments indented anywhere and blank lines',
    source: `# A quiz
id: q # the id
title: T

      # an indented comment
questions:
  # the first question
  - id: a
    type: true-false

    prompt: "P # not a comment"
    answer: true
`,
  },
  {
    name: 'a list of hints with sequence items not indented under their key',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: P
    answer: true
    hints:
    - First hint
    - Second hint
`,
  },
  {
    name: 'an anchor and alias used once',
    source: `id: q
title: T
questions:
  - id: a
    type: true-false
    prompt: &p Shared prompt
    answer: true
  - id: b
    type: true-false
    prompt: *p
    answer: false
`,
  },
];

describe('parseQuiz on malformed documents', () => {
  it('has a corpus of at least 60 malformed and 10 valid tricky documents', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(validTricky.length).toBeGreaterThanOrEqual(10);
  });

  it.each(corpus)('reports $name', ({ source, errors }) => {
    expect(errorsOf(source)).toEqual(errors);
  });

  it('reports bytes that are not UTF-8 at their line and column', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id: q\ntitle: Caf'), 0xe9, 0x0a]);
    expect(errorsOf(bytes)).toEqual([
      '2:11 the file is not valid UTF-8 (byte 16); save it with UTF-8 encoding',
    ]);
  });

  it('never returns a partial quiz alongside errors', () => {
    for (const { source } of corpus) {
      const result = parseQuiz(source, { fileName: 'broken.yaml', resolve: resolveSample });
      expect(result.ok).toBe(false);
      expect('quiz' in result).toBe(false);
    }
  });

  it.each(validTricky)('accepts $name', ({ source }) => {
    const result = parseQuiz(source, { fileName: 'tricky.yaml', resolve: resolveSample });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.quiz.title).toBe('T');
    expect(result.ok && result.quiz.questions.length).toBeGreaterThan(0);
  });

  it('reads the tricky documents as their authors meant them', () => {
    const quizOf = (name: string) => {
      const entry = validTricky.find((document) => document.name === name);
      const result = entry && parseQuiz(entry.source, { resolve: resolveSample });
      return result?.ok ? result.quiz : undefined;
    };
    expect(quizOf('a quoted leading [')?.questions[0]?.prompt).toBe(
      '[Link](https://example.org) first',
    );
    expect(quizOf('a tab after a colon')?.questions[0]?.prompt).toBe('P');
    expect(quizOf('CRLF line ends')?.questions[0]?.prompt).toBe('P');
    expect(quizOf("text with ': ' in quotes and an apostrophe doubled")?.questions[0]?.prompt).toBe(
      "Note: the DPRK's launch",
    );
    expect(quizOf('a plain text continued on a more indented line')?.questions[0]?.prompt).toBe(
      'The ministers met in Singapore.',
    );
  });
});
