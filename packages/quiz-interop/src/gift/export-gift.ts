import { blankSegments, type Question, type QuestionOf, type Quiz } from '@tmm/quiz-engine';
import { evidenceNote } from '../evidence-note';
import type { InteropWarning } from '../interop-warning';
import { describePlace, type SourceText } from '../statement-index';
import { giftText, giftWeight } from './gift-text';

/** A quiz as GIFT, and what the format could not hold. */
export interface GiftExport {
  readonly text: string;
  readonly warnings: readonly InteropWarning[];
}

/** The comment lines that carry a question's course data, which Moodle ignores and the importer reads back. */
export const META_COMMENTS = {
  keyPoints: 'key points:',
  glossary: 'glossary:',
  points: 'points:',
} as const;

interface Context {
  readonly quiz: Quiz;
  readonly source: SourceText;
  readonly warn: (question: Question, message: string) => void;
}

/** The general feedback (`####…`): the explanation, then the evidence note. */
function generalFeedback(question: Question, source: SourceText): string {
  const parts = [question.explanation, evidenceNote(question.evidence, source)].filter(
    (part): part is string => part !== undefined && part.trim() !== '',
  );
  return parts.length === 0 ? '' : `####${giftText(parts.join(' '))}`;
}

const feedbackPart = (feedback: string | undefined) =>
  feedback === undefined ? '' : `#${giftText(feedback)}`;

/** The comments that carry a question's course data (Moodle ignores them; the importer reads them). */
function metaComments(question: Question, points: number): string[] {
  return [
    question.keyPoints.length > 0
      ? `// ${META_COMMENTS.keyPoints} ${question.keyPoints.join(', ')}`
      : '',
    question.glossary.length > 0
      ? `// ${META_COMMENTS.glossary} ${question.glossary.join(', ')}`
      : '',
    points !== 1 ? `// ${META_COMMENTS.points} ${points}` : '',
  ].filter(Boolean);
}

/** The lines of one GIFT question: comments, `::id::[markdown]prompt {answers ####general}`. */
function questionLines(
  question: Question,
  prompt: string,
  answers: readonly string[],
  context: Context,
): string[] {
  const general = generalFeedback(question, context.source);
  return [
    ...metaComments(question, question.points),
    `::${giftText(question.id)}::[markdown]${prompt} {`,
    ...answers.map((answer) => `\t${answer}`),
    ...(general ? [`\t${general}`] : []),
    '}',
  ];
}

/** What GIFT cannot hold of any question: hints, and feedback by outcome (but true/false's). */
function warnCommonLosses(question: Question, context: Context): void {
  const lost: string[] = [];
  if (question.hints.length > 0) lost.push(`its ${question.hints.length} hint(s)`);
  const { correct, partial, incorrect } = question.feedback;
  const outcome = question.type === 'true-false' ? [partial] : [correct, partial, incorrect];
  if (outcome.some((text) => text !== undefined))
    lost.push('its feedback for right, partly right or wrong answers');
  if (
    question.evidence.some((anchor) => anchor.prefix !== undefined || anchor.suffix !== undefined)
  )
    lost.push(
      "its evidence anchors' prefix and suffix (the note quotes the words and their place)",
    );
  if (lost.length > 0)
    context.warn(
      question,
      `GIFT has no place for ${lost.join(' or ')}; they are left out (Moodle XML and QTI keep them)`,
    );
}

function choiceQuestion(
  question: QuestionOf<'single-choice' | 'multiple-select'>,
  context: Context,
): string[] {
  const right = question.options.filter((option) => option.correct).length;
  const answers = question.options.map((option) => {
    const text = giftText(option.text) + feedbackPart(option.feedback);
    if (question.type === 'single-choice') return `${option.correct ? '=' : '~'}${text}`;
    // Right minus wrong, floored at 0 as Moodle floors a question's grade: each right option
    // earns 1/right and each wrong one loses as much, the engine's rule for multiple select.
    return `~%${option.correct ? '' : '-'}${giftWeight(1 / right)}%${text}`;
  });
  return questionLines(question, giftText(question.prompt), answers, context);
}

function trueFalseQuestion(question: QuestionOf<'true-false'>, context: Context): string[] {
  // Moodle: the first feedback is shown for a wrong answer, the second for a right one.
  const { correct, incorrect } = question.feedback;
  const feedback =
    correct === undefined && incorrect === undefined
      ? ''
      : `#${giftText(incorrect ?? '')}#${giftText(correct ?? '')}`;
  return questionLines(
    question,
    giftText(question.prompt),
    [`${question.answer ? 'TRUE' : 'FALSE'}${feedback}`],
    context,
  );
}

/** A blank's answers: every accepted text, then its feedback on a catch-all wrong answer. */
function blankAnswers(blank: QuestionOf<'fill-in-the-blank'>['blanks'][number]): string {
  const accepted = blank.accept.map((text) => `=${giftText(text)}`);
  const wrong = blank.feedback === undefined ? [] : [`=%0%*${feedbackPart(blank.feedback)}`];
  return [...accepted, ...wrong].join(' ');
}

function fillInTheBlankQuestion(
  question: QuestionOf<'fill-in-the-blank'>,
  context: Context,
): string[] {
  const segments = blankSegments(question.text);
  if (question.blanks.some((blank) => blank.caseSensitive))
    context.warn(
      question,
      'GIFT short answers ignore letter case; a blank that must match case does not in Moodle',
    );
  // GIFT holds one answer set per question: a text with several blanks becomes one question
  // per blank, the others shown as a line, each worth its share of the marks.
  const several = question.blanks.length > 1;
  if (several)
    context.warn(
      question,
      `GIFT holds one blank per question: its ${question.blanks.length} blanks become ${question.blanks.length} short-answer questions (${question.blanks.map((blank) => `${question.id}-${blank.id}`).join(', ')}), each worth ${question.points}/${question.blanks.length} of its marks (Moodle XML keeps them as one cloze question)`,
    );
  const general = generalFeedback(question, context.source);
  return question.blanks.flatMap((blank, index) => {
    const text = segments
      .map((segment) => {
        if (segment.type === 'text') return giftText(segment.text, { trim: false });
        if (segment.id !== blank.id) return '_____';
        return `{${blankAnswers(blank)}${general ? ` ${general}` : ''}}`;
      })
      .join('')
      .trim();
    const id = several ? `${question.id}-${blank.id}` : question.id;
    // The prompt on the first line, the text with its blank on the second (one line break,
    // which the importer splits at again).
    return [
      ...(index > 0 ? [''] : []),
      ...metaComments(question, question.points / question.blanks.length),
      `::${giftText(id)}::[markdown]${giftText(question.prompt)}`,
      text,
    ];
  });
}

function matchingQuestion(question: QuestionOf<'matching'>, context: Context): string[] {
  if (question.pairs.some((pair) => pair.feedback !== undefined))
    context.warn(question, "GIFT has no feedback per pair; the pairs' feedback is left out");
  const answers = [
    ...question.pairs.map((pair) => `=${giftText(pair.left)} -> ${giftText(pair.right)}`),
    // Moodle reads a pair with no left-hand side as a right-hand choice that matches nothing.
    ...question.distractors.map((distractor) => `= -> ${giftText(distractor.text)}`),
  ];
  return questionLines(question, giftText(question.prompt), answers, context);
}

function orderingQuestion(question: QuestionOf<'ordering'>, context: Context): string[] {
  context.warn(
    question,
    'GIFT has no ordering question: exported as matching, each item to its place (1, 2, …); Moodle marks each place, where the course gives credit for the longest run in the right order',
  );
  const answers = question.items.map((item, index) => `=${giftText(item.text)} -> ${index + 1}`);
  const prompt = `${giftText(question.prompt)} (Match each item to its place in the order.)`;
  return questionLines(question, prompt, answers, context);
}

function selectEvidenceQuestion(
  question: QuestionOf<'select-evidence'>,
  context: Context,
): string[] {
  context.warn(
    question,
    "GIFT has no select-the-evidence question: exported as multiple choice over the passage's sentences, right minus wrong, where the course gives the overlap of the sentences picked and the evidence",
  );
  const evidence = new Set(question.evidenceSentenceIds);
  const right = evidence.size;
  const answers = question.sentenceIds.map((id) => {
    const sentence = context.source.sentence(id);
    const text = sentence ? `(${describePlace(sentence.place)}) ${sentence.text}` : id;
    return `~%${evidence.has(id) ? '' : '-'}${giftWeight(1 / right)}%${giftText(text)}`;
  });
  return questionLines(question, giftText(question.prompt), answers, context);
}

function exportQuestion(question: Question, context: Context): string[] {
  warnCommonLosses(question, context);
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

/** The category a quiz's questions go to in a Moodle question bank. */
export const categoryOf = (quiz: Quiz) => `$course$/top/${quiz.id}`;

/**
 * Writes a quiz as GIFT, Moodle's text format: `$CATEGORY` named after the quiz, the quiz's title
 * and description as comments, each question titled by its id, text in `[markdown]`. Types GIFT
 * lacks get the fallback their warning names; nothing is dropped without a warning.
 */
export function exportGift(quiz: Quiz, source: SourceText): GiftExport {
  const warnings: InteropWarning[] = [];
  const context: Context = {
    quiz,
    source,
    warn: (question, message) =>
      warnings.push({ quizId: quiz.id, questionId: question.id, message }),
  };
  const header = [
    `// title: ${quiz.title.replace(/\s*\n\s*/g, ' ')}`,
    ...(quiz.description ? [`// description: ${quiz.description.replace(/\s*\n\s*/g, ' ')}`] : []),
    `$CATEGORY: ${categoryOf(quiz)}`,
  ];
  if (quiz.settings.pool !== undefined)
    warnings.push({
      quizId: quiz.id,
      message: `GIFT holds questions, not quizzes: the pool (draw ${quiz.settings.pool.draw}) and the quiz settings are set in the LMS's quiz`,
    });
  const blocks = quiz.questions.map((question) => exportQuestion(question, context).join('\n'));
  return { text: `${[header.join('\n'), ...blocks].join('\n\n')}\n`, warnings };
}
