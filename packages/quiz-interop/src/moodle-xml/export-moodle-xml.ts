import { blankSegments, type Question, type QuestionOf, type Quiz } from '@tmm/quiz-engine';
import { evidenceNote } from '../evidence-note';
import { categoryOf } from '../gift/export-gift';
import { giftWeight } from '../gift/gift-text';
import type { InteropWarning } from '../interop-warning';
import { describePlace, type SourceText } from '../statement-index';
import { element, textElement, XML_DECLARATION } from '../xml';

/** A quiz as Moodle XML, and what the format could not hold. */
export interface MoodleXmlExport {
  readonly text: string;
  readonly warnings: readonly InteropWarning[];
}

interface Context {
  readonly quiz: Quiz;
  readonly source: SourceText;
  readonly warn: (question: Question, message: string) => void;
}

/** A Markdown text field: `<name format="markdown"><text>…</text></name>`. */
const markdown = (name: string, text: string, attributes = {}) =>
  element(name, { ...attributes, format: 'markdown' }, textElement('text', text));

const feedbackOf = (text: string | undefined) =>
  text === undefined ? [] : [markdown('feedback', text)];

/** The elements every Moodle question has, in the order Moodle's own export writes them. */
function commonHead(question: Question, prompt: string, context: Context): string[] {
  const general = [question.explanation, evidenceNote(question.evidence, context.source)]
    .filter((part) => part !== undefined && part.trim() !== '')
    .join('\n\n');
  const penalty = context.quiz.behaviour === 'practice' ? context.quiz.settings.penaltyPerTry : 0;
  return [
    element('name', {}, textElement('text', question.id)),
    markdown('questiontext', prompt),
    markdown('generalfeedback', general),
    textElement('defaultgrade', String(question.points)),
    textElement('penalty', String(Math.round(penalty * 1e7) / 1e7)),
    textElement('hidden', '0'),
    textElement('idnumber', question.id),
  ];
}

/** Hints and tags (the key points and glossary terms), which close every question. */
function commonTail(question: Question): string[] {
  const tags = [
    ...question.keyPoints.map((id) => `key-point:${id}`),
    ...question.glossary.map((id) => `glossary:${id}`),
  ];
  return [
    ...question.hints.map((hint) => markdown('hint', hint)),
    ...(tags.length > 0
      ? [element('tags', {}, ...tags.map((tag) => element('tag', {}, textElement('text', tag))))]
      : []),
  ];
}

/** Feedback by outcome, as the choice and matching types hold it. */
function combinedFeedback(question: Question): string[] {
  const { correct, partial, incorrect } = question.feedback;
  return [
    markdown('correctfeedback', correct ?? ''),
    markdown('partiallycorrectfeedback', partial ?? incorrect ?? ''),
    markdown('incorrectfeedback', incorrect ?? ''),
    textElement('shownumcorrect', ''),
  ];
}

const questionElement = (type: string, ...children: string[]) =>
  element('question', { type }, ...children);

function multichoice(
  question: Question,
  prompt: string,
  single: boolean,
  shuffle: boolean,
  answers: readonly { text: string; fraction: number; feedback?: string }[],
  context: Context,
): string {
  return questionElement(
    'multichoice',
    ...commonHead(question, prompt, context),
    textElement('single', String(single)),
    textElement('shuffleanswers', String(shuffle)),
    textElement('answernumbering', 'abc'),
    textElement('showstandardinstruction', '0'),
    ...combinedFeedback(question),
    ...answers.map((answer) =>
      element(
        'answer',
        { fraction: giftWeight(answer.fraction), format: 'markdown' },
        textElement('text', answer.text),
        ...feedbackOf(answer.feedback),
      ),
    ),
    ...commonTail(question),
  );
}

function choiceQuestion(
  question: QuestionOf<'single-choice' | 'multiple-select'>,
  context: Context,
): string {
  const single = question.type === 'single-choice';
  const right = question.options.filter((option) => option.correct).length;
  const shuffle = question.shuffleOptions ?? context.quiz.settings.shuffleOptions;
  return multichoice(
    question,
    question.prompt,
    single,
    shuffle,
    question.options.map((option) => ({
      text: option.text,
      // Right minus wrong, which Moodle floors at 0: the engine's multiple-select rule.
      fraction: option.correct ? (single ? 1 : 1 / right) : single ? 0 : -1 / right,
      ...(option.feedback === undefined ? {} : { feedback: option.feedback }),
    })),
    context,
  );
}

function trueFalseQuestion(question: QuestionOf<'true-false'>, context: Context): string {
  const { correct, incorrect } = question.feedback;
  const answer = (value: boolean) =>
    element(
      'answer',
      { fraction: value === question.answer ? 100 : 0, format: 'moodle_auto_format' },
      textElement('text', String(value)),
      ...feedbackOf(value === question.answer ? correct : incorrect),
    );
  return questionElement(
    'truefalse',
    ...commonHead(question, question.prompt, context),
    answer(true),
    answer(false),
    ...commonTail(question),
  );
}

/** Escapes a text inside a Moodle cloze answer, whose syntax gives `}#~/"\` a meaning. */
const clozeText = (text: string) => text.replace(/[}#~/"\\]/g, (c) => `\\${c}`);

function fillInTheBlankQuestion(
  question: QuestionOf<'fill-in-the-blank'>,
  context: Context,
): string {
  const [only] = question.blanks;
  if (question.blanks.length === 1 && only !== undefined) {
    const text = blankSegments(question.text)
      .map((segment) => (segment.type === 'text' ? segment.text : '_____'))
      .join('');
    return questionElement(
      'shortanswer',
      ...commonHead(question, `${question.prompt}\n\n${text}`, context),
      textElement('usecase', only.caseSensitive ? '1' : '0'),
      ...only.accept.map((accepted) =>
        element(
          'answer',
          { fraction: 100, format: 'moodle_auto_format' },
          textElement('text', accepted),
        ),
      ),
      ...(only.feedback === undefined
        ? []
        : [
            element(
              'answer',
              { fraction: 0, format: 'moodle_auto_format' },
              textElement('text', '*'),
              markdown('feedback', only.feedback),
            ),
          ]),
      ...commonTail(question),
    );
  }
  // Several blanks: a cloze (embedded answers) question, one SHORTANSWER per blank.
  const blanks = new Map(question.blanks.map((blank) => [blank.id, blank]));
  const text = blankSegments(question.text)
    .map((segment) => {
      if (segment.type === 'text') return segment.text;
      const blank = blanks.get(segment.id);
      if (blank === undefined) return '';
      const answers = blank.accept.map((accepted) => `=${clozeText(accepted)}`);
      if (blank.feedback !== undefined) answers.push(`*#${clozeText(blank.feedback)}`);
      return `{1:${blank.caseSensitive ? 'SHORTANSWER_C' : 'SHORTANSWER'}:${answers.join('~')}}`;
    })
    .join('');
  const head = commonHead(question, `${question.prompt}\n\n${text}`, context);
  return questionElement('cloze', ...head, ...commonTail(question));
}

function matchingElement(
  question: Question,
  prompt: string,
  pairs: readonly { left: string; right: string }[],
  context: Context,
): string {
  return questionElement(
    'matching',
    ...commonHead(question, prompt, context),
    textElement('shuffleanswers', 'true'),
    ...combinedFeedback(question),
    ...pairs.map((pair) =>
      element(
        'subquestion',
        { format: 'markdown' },
        textElement('text', pair.left),
        element('answer', {}, textElement('text', pair.right)),
      ),
    ),
    ...commonTail(question),
  );
}

function matchingQuestion(question: QuestionOf<'matching'>, context: Context): string {
  if (question.pairs.some((pair) => pair.feedback !== undefined))
    context.warn(
      question,
      "Moodle's matching question has no feedback per pair; the pairs' feedback is left out",
    );
  return matchingElement(
    question,
    question.prompt,
    [
      ...question.pairs,
      // Moodle reads a subquestion with no text as a right-hand choice that matches nothing.
      ...question.distractors.map((distractor) => ({ left: '', right: distractor.text })),
    ],
    context,
  );
}

function orderingQuestion(question: QuestionOf<'ordering'>, context: Context): string {
  context.warn(
    question,
    "Moodle's standard question types have no ordering question: exported as matching, each item to its place (1, 2, …); Moodle marks each place, where the course gives credit for the longest run in the right order",
  );
  return matchingElement(
    question,
    `${question.prompt} (Match each item to its place in the order.)`,
    question.items.map((item, index) => ({ left: item.text, right: String(index + 1) })),
    context,
  );
}

function selectEvidenceQuestion(question: QuestionOf<'select-evidence'>, context: Context): string {
  context.warn(
    question,
    "Moodle has no select-the-evidence question: exported as multiple choice over the passage's sentences, right minus wrong, where the course gives the overlap of the sentences picked and the evidence",
  );
  const evidence = new Set(question.evidenceSentenceIds);
  return multichoice(
    question,
    question.prompt,
    false,
    false,
    question.sentenceIds.map((id) => {
      const sentence = context.source.sentence(id);
      return {
        text: sentence ? `(${describePlace(sentence.place)}) ${sentence.text}` : id,
        fraction: (evidence.has(id) ? 1 : -1) / evidence.size,
      };
    }),
    context,
  );
}

function exportQuestion(question: Question, context: Context): string {
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select':
      return choiceQuestion(question, context);
    case 'true-false':
      return trueFalseQuestion(question, context);
    case 'fill-in-the-blank':
      return fillInTheBlankQuestion(question, context);
    case 'matching':
      return matchingQuestion(question, context);
    case 'ordering':
      return orderingQuestion(question, context);
    case 'select-evidence':
      return selectEvidenceQuestion(question, context);
  }
}

/**
 * Writes a quiz in Moodle XML, the structure Moodle's question bank exports and imports
 * (https://docs.moodle.org/en/Moodle_XML_format): a category named after the quiz, then one
 * `<question>` per question, text in Markdown, hints and tags (key points, glossary terms) kept.
 */
export function exportMoodleXml(quiz: Quiz, source: SourceText): MoodleXmlExport {
  const warnings: InteropWarning[] = [];
  const context: Context = {
    quiz,
    source,
    warn: (question, message) =>
      warnings.push({ quizId: quiz.id, questionId: question.id, message }),
  };
  const category = questionElement(
    'category',
    element('category', {}, textElement('text', categoryOf(quiz))),
    markdown('info', [quiz.title, quiz.description].filter(Boolean).join('\n\n')),
  );
  if (quiz.settings.pool !== undefined)
    warnings.push({
      quizId: quiz.id,
      message: `Moodle XML holds questions, not quizzes: the pool (draw ${quiz.settings.pool.draw}) and the quiz settings are set in the Moodle quiz (a random question from the category draws as the pool does)`,
    });
  const questions = quiz.questions.map((question) => exportQuestion(question, context));
  const text = `${XML_DECLARATION}\n${element('quiz', {}, category, ...questions)}\n`;
  return { text, warnings };
}
