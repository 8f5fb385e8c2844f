/**
 * What the format reference says where the quiz schema has no description, keyed by
 * `<section id>.<property>` (properties) or `<section id>` (sections). A test checks that every
 * property of the schema is described, by the schema or here, and that no note is stale.
 */
export const referenceNotes: Readonly<Record<string, string>> = {
  'quiz.settings':
    'How the quiz runs: tries, penalties, hints, confidence and grading, shuffling, pass mark and pool.',
  'quiz.questions':
    'The questions, in order. Each has a `type`, the fields every question has and the fields of its type.',
  'quiz-settings': 'Every setting has a default; write only the ones you change.',
  'quiz-settings.shuffleQuestions': 'Show the questions in a new order in each attempt.',
  'quiz-settings.shuffleOptions':
    'Show the options of choice questions in a new order in each attempt.',
  'quiz-settings.pool':
    'Draw some of the questions for each attempt instead of asking all of them.',
  'quiz-settings-pool': 'A question pool: each attempt asks `draw` questions.',
  'quiz-questions': 'Fields every question has, whatever its type.',
  'single-choice-question': 'Exactly one option is correct.',
  'single-choice-question.options': 'The options; exactly one has `correct: true`.',
  'multiple-select-question':
    'One or more options are correct; each right choice earns part of the marks.',
  'multiple-select-question.options': 'The options; at least one has `correct: true`.',
  'true-false-question': 'The prompt is a claim that the learner judges true or false.',
  'fill-in-the-blank-question': 'The learner types the missing words of a text.',
  'fill-in-the-blank-question.blanks': 'The blanks, each with the answers it accepts.',
  'fill-in-the-blank-question-blanks': 'A blank of a fill-in-the-blank text.',
  'fill-in-the-blank-question-blanks.caseSensitive':
    'Compare letter case too (`ROK` is then not `rok`).',
  'ordering-question': 'The learner puts items in order.',
  'ordering-question-items': 'An item to put in order.',
  'matching-question': 'The learner matches each left-hand prompt with a right-hand choice.',
  'matching-question.pairs': 'Each left-hand prompt with its right-hand match.',
  'matching-question.distractors':
    'Right-hand choices that match no prompt, so that the last match is not a given.',
  'matching-question-pairs': 'A left-hand prompt and its match.',
  'matching-question-distractors': 'A right-hand choice that matches nothing.',
  'select-evidence-question':
    'The learner picks the sentences of the statement that support the prompt. The evidence anchors are the answer key; near misses earn partial credit.',
  'choice-option': 'An option of a single-choice or multiple-select question.',
};
