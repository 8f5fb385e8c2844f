import type { EvidenceAnchor } from '@tmm/quiz-engine';
import type { QuizError } from '@tmm/quiz-engine/parser';
import { Document, isMap, isSeq } from 'yaml';
import { splitEvidenceNote } from '../evidence-note';
import type { SourceText } from '../statement-index';
import { META_COMMENTS } from './export-gift';
import { type GiftAnswer, type GiftFormat, type GiftQuestion, readGift } from './read-gift';

/** How to import. */
export interface GiftImportOptions {
  /** The file name shown in messages (`FILE.gift`). */
  readonly fileName: string;
  /** The quiz's id (kebab-case): the name of the quiz file it goes to. */
  readonly quizId: string;
  /** For reading evidence notes back: a paragraph's id by its number. */
  readonly source: Pick<SourceText, 'paragraphId'>;
  /** Import what can be imported and leave out the rest with a warning, instead of failing. */
  readonly skipUnimportable?: boolean;
  /** The first line of the quiz file (the schema line editors read), if any. */
  readonly firstLine?: string;
  /** The key point ids a question may name, to list in the warning about a question with none. */
  readonly keyPointIds?: readonly string[];
}

/** A GIFT file as a quiz file's text, with what could not be carried over; or why it cannot be. */
export type GiftImport =
  | {
      readonly ok: true;
      /** The quiz file's YAML. */
      readonly text: string;
      /** The quiz as a document of the quiz format (what `text` holds). */
      readonly document: QuizDocumentDraft;
      readonly questions: number;
      readonly warnings: readonly QuizError[];
    }
  | {
      readonly ok: false;
      readonly errors: readonly QuizError[];
      readonly warnings: readonly QuizError[];
    };

/** A quiz document as the importer writes it (the quiz format's keys, defaults left out). */
export interface QuizDocumentDraft {
  id: string;
  title: string;
  description?: string;
  questions: Record<string, unknown>[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Option ids a, b, … z, then o27, o28… */
const optionId = (index: number) => LETTERS[index] ?? `o${index + 1}`;

/** A title as a kebab-case id ("Where they met" → `where-they-met`). */
export function kebabId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/** Escapes the characters the course's inline Markdown gives a meaning to. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]]/g, (c) => `\\${c}`);

/**
 * A GIFT text in the course's inline Markdown: Markdown as it is, plain and Moodle text with
 * Markdown's characters escaped, HTML with bold and italics kept and other tags taken out.
 */
function toMarkdown(text: string, format: GiftFormat): { text: string; tagsRemoved: boolean } {
  if (format === 'markdown') return { text, tagsRemoved: false };
  if (format !== 'html') return { text: escapeMarkdown(text), tagsRemoved: false };
  let tagsRemoved = false;
  const converted = text
    .replace(/<\/?(b|strong)>/gi, '**')
    .replace(/<\/?(i|em)>/gi, '*')
    .replace(/<br\s*\/?>|<\/p>\s*<p>/gi, '\n')
    .replace(/<[^>]+>/g, () => {
      tagsRemoved = true;
      return '';
    })
    .replace(/&(#?\w+);/g, (all, name: string) => ENTITIES[name] ?? all);
  return { text: converted.trim(), tagsRemoved };
}

class Importer {
  readonly errors: QuizError[] = [];
  readonly warnings: QuizError[] = [];
  readonly comments = new Map<number, string>();
  private readonly ids = new Set<string>();
  readonly renamed: string[] = [];

  constructor(private readonly options: GiftImportOptions) {}

  report(
    question: GiftQuestion,
    severity: 'error' | 'warning',
    message: string,
    place = question.place,
  ) {
    (severity === 'error' ? this.errors : this.warnings).push({
      severity,
      file: this.options.fileName,
      ...place,
      path: question.title === undefined ? '' : `::${question.title}::`,
      message,
    });
  }

  text(question: GiftQuestion, text: string): string {
    const { text: converted, tagsRemoved } = toMarkdown(text, question.format);
    if (tagsRemoved)
      this.report(
        question,
        'warning',
        "HTML tags other than bold, italics and line breaks were taken out: the course's text is Markdown (*italics*, **bold**, [links](https://…))",
      );
    return converted;
  }

  /** A unique kebab-case id for the question, from its title. */
  idOf(question: GiftQuestion, index: number): string {
    const base = (question.title && kebabId(question.title)) || `question-${index + 1}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    if (question.title !== undefined && question.title !== id)
      this.renamed.push(`'${question.title}' → ${id}`);
    return id;
  }

  /** Course data from the comments before a question; the other comments are kept as YAML comments. */
  meta(question: GiftQuestion, index: number): Record<string, unknown> {
    const meta: Record<string, unknown> = {};
    const kept: string[] = [];
    for (const comment of question.comments) {
      const list = (prefix: string) =>
        comment
          .slice(prefix.length)
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean);
      if (comment.startsWith(META_COMMENTS.keyPoints))
        meta.keyPoints = list(META_COMMENTS.keyPoints);
      else if (comment.startsWith(META_COMMENTS.glossary))
        meta.glossary = list(META_COMMENTS.glossary);
      else if (comment.startsWith(META_COMMENTS.points)) {
        const points = Number(comment.slice(META_COMMENTS.points.length));
        if (Number.isFinite(points) && points > 0) meta.points = points;
        else kept.push(comment);
      } else kept.push(comment);
    }
    if (kept.length > 0) this.comments.set(index, kept.join('\n'));
    return meta;
  }

  feedbackFields(question: GiftQuestion): Record<string, unknown> {
    if (question.generalFeedback === undefined) return {};
    const { explanation, evidence } = splitEvidenceNote(
      question.generalFeedback,
      this.options.source,
    );
    return {
      ...(explanation ? { explanation: this.text(question, explanation) } : {}),
      ...(evidence.length > 0 ? { evidence: evidence.map(anchorDocument) } : {}),
    };
  }

  unimportable(question: GiftQuestion, message: string): undefined {
    const skip = this.options.skipUnimportable === true;
    this.report(
      question,
      skip ? 'warning' : 'error',
      skip
        ? `${message}; left out`
        : `${message}; remove it from the file, or import with --skip-unimportable to leave it out`,
    );
    return undefined;
  }
}

const anchorDocument = (anchor: EvidenceAnchor) => ({
  paragraph: anchor.paragraph,
  exact: anchor.exact,
});

const isRight = (answer: GiftAnswer) =>
  answer.weight === undefined ? answer.mark === '=' : answer.weight > 0;

/** The weights the course's own export writes: each right option 100/n, each wrong one -100/n. */
function rightMinusWrong(answers: readonly GiftAnswer[]): boolean {
  const right = answers.filter(isRight).length;
  const share = Math.round((100 / right) * 100000) / 100000;
  return answers.every((answer) => Math.abs(Math.abs(answer.weight ?? 0) - share) < 0.001);
}

function choiceQuestion(importer: Importer, question: GiftQuestion, prompt: string) {
  const right = question.answers.filter(isRight);
  if (right.length === 0) {
    importer.report(
      question,
      'error',
      "no answer is marked right; mark the right answer with '=' (or give it a positive weight such as ~%100%)",
    );
    return undefined;
  }
  const weighted = question.answers.some((answer) => answer.weight !== undefined);
  const single = !weighted && right.length === 1;
  if (!single && !weighted)
    importer.report(
      question,
      'warning',
      `Moodle takes any one of the ${right.length} answers marked '=' as right; the course's multiple select asks for all of them`,
    );
  if (weighted && !rightMinusWrong(question.answers))
    importer.report(
      question,
      'warning',
      `the weights (${question.answers.map((answer) => `${answer.weight ?? 0}%`).join(', ')}) are not kept: the course scores multiple select right minus wrong, each right option as much as each wrong one`,
    );
  const options = question.answers.map((answer, index) => ({
    id: optionId(index),
    text: importer.text(question, answer.text),
    ...(isRight(answer) ? { correct: true } : {}),
    ...(answer.feedback === undefined
      ? {}
      : { feedback: importer.text(question, answer.feedback) }),
  }));
  return { type: single ? 'single-choice' : 'multiple-select', prompt, options };
}

/** The prompt and the text of a blank: split at the line break the export writes, if any. */
function blankText(importer: Importer, question: GiftQuestion): { prompt: string; text: string } {
  const before = question.before;
  const at = before.lastIndexOf('\n');
  if (question.after === '' && at < 0)
    return { prompt: importer.text(question, before), text: '{{answer}}' };
  const prompt = at < 0 ? '' : before.slice(0, at);
  const line = at < 0 ? before : before.slice(at + 1);
  const text =
    `${importer.text(question, line)}{{answer}}${importer.text(question, question.after)}`.trim();
  if (prompt.trim() === '') {
    importer.report(
      question,
      'warning',
      "the blank stands inside the question's only line, so the prompt is 'Fill in the blank.'; write a prompt of your own",
    );
    return { prompt: 'Fill in the blank.', text };
  }
  return { prompt: importer.text(question, prompt), text };
}

function shortAnswerQuestion(importer: Importer, question: GiftQuestion) {
  const accept: string[] = [];
  let feedback: string | undefined;
  const dropped: string[] = [];
  for (const answer of question.answers) {
    const weight = answer.weight ?? (answer.mark === '=' ? 100 : 0);
    if (answer.text === '*' && weight === 0) feedback = answer.feedback;
    else if (weight === 100) accept.push(answer.text);
    else dropped.push(`'${answer.text}' (${weight}%)`);
    if (weight === 100 && answer.feedback !== undefined)
      dropped.push(`the feedback of '${answer.text}'`);
  }
  if (dropped.length > 0)
    importer.report(
      question,
      'warning',
      `left out: ${dropped.join(', ')}; a blank of the course accepts fully right answers and has one feedback for a wrong answer`,
    );
  if (accept.length === 0) {
    importer.report(
      question,
      'error',
      "no answer is fully right; mark an accepted answer with '='",
    );
    return undefined;
  }
  return {
    type: 'fill-in-the-blank',
    ...blankText(importer, question),
    blanks: [
      {
        id: 'answer',
        accept,
        ...(feedback === undefined ? {} : { feedback: importer.text(question, feedback) }),
      },
    ],
  };
}

const EXACT_NUMBER = /^-?\d+(?:\.\d+)?(?::0+(?:\.0+)?)?$/;

function numericalQuestion(importer: Importer, question: GiftQuestion) {
  const exact = question.answers.every(
    (answer) =>
      EXACT_NUMBER.test(answer.text.replace(/\s/g, '')) &&
      (answer.weight === undefined || answer.weight === 100),
  );
  if (!exact)
    return importer.unimportable(
      question,
      `a numerical answer with a tolerance, a range or a weight (${question.answers.map((answer) => answer.text).join(', ')}) has no equivalent among the course's question types, whose blanks accept exact texts`,
    );
  const accept = question.answers.map((answer) =>
    answer.text.replace(/\s/g, '').replace(/:.*$/, ''),
  );
  importer.report(
    question,
    'warning',
    `the numerical answer becomes a blank that accepts ${accept.map((n) => `'${n}'`).join(' or ')} exactly, as text`,
  );
  return {
    type: 'fill-in-the-blank',
    ...blankText(importer, question),
    blanks: [{ id: 'answer', accept }],
  };
}

function matchingQuestion(importer: Importer, question: GiftQuestion, prompt: string) {
  const pairs = question.answers.filter((answer) => answer.text !== '');
  const extras = question.answers.filter((answer) => answer.text === '');
  if (question.answers.some((answer) => answer.feedback !== undefined))
    importer.report(
      question,
      'warning',
      "the feedback after '#' in matching answers is left out: the course's matching pairs have feedback only for a wrong match, which GIFT cannot write",
    );
  return {
    type: 'matching',
    prompt,
    pairs: pairs.map((answer, index) => ({
      id: `pair-${index + 1}`,
      left: importer.text(question, answer.text),
      right: importer.text(question, answer.right ?? ''),
    })),
    ...(extras.length > 0
      ? {
          distractors: extras.map((answer, index) => ({
            id: `extra-${index + 1}`,
            text: importer.text(question, answer.right ?? ''),
          })),
        }
      : {}),
  };
}

function importQuestion(
  importer: Importer,
  question: GiftQuestion,
): Record<string, unknown> | undefined {
  const missingWord = question.after !== '';
  const prompt = missingWord
    ? `${importer.text(question, question.before)}_____${importer.text(question, question.after)}`.trim()
    : importer.text(question, question.before);
  switch (question.kind) {
    case 'description':
      return importer.unimportable(
        question,
        'a description (text with no answers) is not a question of the course',
      );
    case 'essay':
      return importer.unimportable(
        question,
        "an essay question ('{}') cannot be graded by the course's quizzes",
      );
    case 'numerical':
      return numericalQuestion(importer, question);
    case 'truefalse': {
      const truth = question.truth;
      const feedback = {
        ...(truth?.rightFeedback ? { correct: importer.text(question, truth.rightFeedback) } : {}),
        ...(truth?.wrongFeedback
          ? { incorrect: importer.text(question, truth.wrongFeedback) }
          : {}),
      };
      return {
        type: 'true-false',
        prompt,
        answer: truth?.value ?? true,
        ...(Object.keys(feedback).length > 0 ? { feedback } : {}),
      };
    }
    case 'multichoice':
      return choiceQuestion(importer, question, prompt);
    case 'shortanswer':
      return shortAnswerQuestion(importer, question);
    case 'matching':
      return matchingQuestion(importer, question, prompt);
  }
}

/** The header comment `title: …` or `description: …` the export writes, if any. */
const headerField = (header: readonly string[], name: string) =>
  header
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1)
    .trim();

/**
 * Converts a Moodle GIFT file into a quiz file of the course's format. Everything GIFT holds
 * that the quiz format can hold is kept (titles become ids; categories, comments, feedback,
 * weights and evidence notes are read back); the rest is reported, as a located warning, or as
 * an error for a question the course cannot hold at all (unless `skipUnimportable`).
 */
export function importGift(source: string | Uint8Array, options: GiftImportOptions): GiftImport {
  const read = readGift(source, options.fileName);
  if (!read.ok) return { ok: false, errors: read.errors, warnings: [] };
  const importer = new Importer(options);
  const questions: Record<string, unknown>[] = [];
  let listed = false;
  read.questions.forEach((question, index) => {
    const body = importQuestion(importer, question);
    if (body === undefined) return;
    const meta = importer.meta(question, questions.length);
    const { type, prompt, ...rest } = body as { type: string; prompt: string };
    const id = importer.idOf(question, index);
    const document = { id, type, prompt, ...rest, ...importer.feedbackFields(question), ...meta };
    if (meta.keyPoints === undefined) {
      // The key points are listed once, at the first question without one.
      const known =
        options.keyPointIds?.length && !listed
          ? ` (one of: ${options.keyPointIds.join(', ')})`
          : '';
      listed = true;
      importer.report(
        question,
        'warning',
        `question '${id}' tests no key point; add 'keyPoints: [<id>]'${known} so that learners' results count towards it`,
      );
    }
    questions.push(document);
  });
  const first = read.questions[0];
  if (importer.renamed.length > 0 && first)
    importer.report(
      first,
      'warning',
      `the quiz format has no question titles: each title became the question's id (${importer.renamed.join('; ')})`,
    );
  const categories = [...new Set(read.categories)];
  if (categories.length > 1) {
    const second = read.questions.find((question) => question.category === categories[1]);
    if (second)
      importer.report(
        second,
        'warning',
        `the quiz format has no categories: the questions of ${categories.map((c) => `'${c}'`).join(' and ')} are one quiz now; to keep them apart, split the file at each $CATEGORY and import each part`,
      );
  }
  if (importer.errors.length > 0)
    return { ok: false, errors: importer.errors, warnings: importer.warnings };
  if (questions.length === 0)
    return {
      ok: false,
      errors: [
        {
          severity: 'error',
          file: options.fileName,
          line: 1,
          column: 1,
          path: '',
          message: 'no question of this file can be imported, so there is no quiz to write',
        },
      ],
      warnings: importer.warnings,
    };
  const firstCategory = categories[0]?.split('/').at(-1);
  const title = headerField(read.header, 'title') ?? firstCategory ?? options.quizId;
  const description = headerField(read.header, 'description');
  const document: QuizDocumentDraft = {
    id: options.quizId,
    title,
    ...(description ? { description } : {}),
    questions,
  };
  const yaml = new Document(document);
  const otherHeader = read.header.filter(
    (line) => !line.startsWith('title:') && !line.startsWith('description:'),
  );
  const headerComment = [
    ` Imported from ${options.fileName.split(/[\\/]/).at(-1)}${categories.length > 0 ? ` (${categories.join(', ')})` : ''}.`,
    ...otherHeader.map((line) => ` ${line}`),
  ].join('\n');
  yaml.commentBefore = headerComment;
  const items = yaml.get('questions');
  if (isSeq(items))
    items.items.forEach((item, index) => {
      const comment = importer.comments.get(index);
      if (comment !== undefined && isMap(item))
        item.commentBefore = comment
          .split('\n')
          .map((line) => ` ${line}`)
          .join('\n');
    });
  const body = yaml.toString({ lineWidth: 100 });
  const text = options.firstLine ? `${options.firstLine}\n${body}` : body;
  return { ok: true, text, document, questions: questions.length, warnings: importer.warnings };
}
