import { decodeSource, QUIZ_LIMITS, type QuizError } from '@tmm/quiz-engine/parser';

/** A text format a GIFT question may name in brackets before its text. */
export type GiftFormat = 'moodle' | 'html' | 'markdown' | 'plain';

/** A place in the GIFT file, 1-based; columns in UTF-16 code units, as editors count. */
export interface GiftPlace {
  readonly line: number;
  readonly column: number;
}

/** One answer of a question's answer block, escapes resolved. */
export interface GiftAnswer {
  /** `=` (right) or `~` (wrong, or weighted). */
  readonly mark: '=' | '~';
  /** The weight written as `%50%`, in percent. */
  readonly weight?: number;
  readonly text: string;
  /** The right-hand side of a matching pair (`left -> right`). */
  readonly right?: string;
  readonly feedback?: string;
  readonly place: GiftPlace;
}

/** What a question's answer block is, as Moodle's importer tells them apart. */
export type GiftKind =
  | 'description'
  | 'essay'
  | 'truefalse'
  | 'multichoice'
  | 'shortanswer'
  | 'matching'
  | 'numerical';

/** One question of a GIFT file, read as Moodle's importer reads it. */
export interface GiftQuestion {
  readonly kind: GiftKind;
  /** The `::title::`, if any. */
  readonly title?: string;
  readonly format: GiftFormat;
  /**
   * The question text before the answer block (all of it, for a description); when text
   * follows the block, with the space before the `{`.
   */
  readonly before: string;
  /** The question text after the answer block, with the space after the `}`: not empty for a missing-word question. */
  readonly after: string;
  readonly answers: readonly GiftAnswer[];
  /** True/false: the right answer, then the feedback shown for a wrong and a right answer. */
  readonly truth?: {
    readonly value: boolean;
    readonly wrongFeedback?: string;
    readonly rightFeedback?: string;
  };
  /** The general feedback (`####…`). */
  readonly generalFeedback?: string;
  /** The `$CATEGORY` in force, if any. */
  readonly category?: string;
  /** The comment lines just before the question, without `//`. */
  readonly comments: readonly string[];
  /** Where the question starts (its title or text). */
  readonly place: GiftPlace;
}

/** A read GIFT file: its questions and categories, or its errors (never a partial file). */
export type GiftReadResult =
  | {
      readonly ok: true;
      readonly questions: readonly GiftQuestion[];
      readonly categories: readonly string[];
      /** Header comments: those before the first question or category, without `//`. */
      readonly header: readonly string[];
    }
  | { readonly ok: false; readonly errors: readonly QuizError[] };

/**
 * Most questions one file may hold: those of one quiz (`QUIZ_LIMITS.questions`), since a quiz is
 * a lesson's quiz, not a whole bank.
 */
export const MAX_GIFT_QUESTIONS: number = QUIZ_LIMITS.questions;

/** The characters a backslash escapes in GIFT. */
const ESCAPABLE = new Set(['\\', '~', '=', '#', '{', '}', ':', 'n']);

/**
 * GIFT text "cooked" as Moodle does before reading it: each escape (`\:`) becomes one
 * private-use character, so that only unescaped characters have a meaning. `offsets[i]` is the
 * offset in the file of cooked character `i`, for locating problems.
 */
interface Cooked {
  readonly text: string;
  readonly offsets: readonly number[];
}

const PRIVATE = 0xe000;
const cookedChar = (c: string) => String.fromCharCode(PRIVATE + (c.codePointAt(0) ?? 0));

/** Resolves escaped characters left in a cooked text: `\n` a line break, the rest themselves. */
function uncook(text: string): string {
  return text.replace(/[\ue000-\ue0ff]/g, (c) => {
    const original = String.fromCharCode((c.codePointAt(0) ?? PRIVATE) - PRIVATE);
    return original === 'n' ? '\n' : original;
  });
}

class GiftReader {
  private readonly lineStarts: number[] = [0];
  readonly errors: QuizError[] = [];

  constructor(
    private readonly text: string,
    private readonly fileName: string,
  ) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }

  place(offset: number): GiftPlace {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }

  error(offset: number, message: string): void {
    this.errors.push({
      severity: 'error',
      file: this.fileName,
      ...this.place(offset),
      path: '',
      message,
    });
  }

  errorAt(place: GiftPlace, message: string): void {
    this.errors.push({ severity: 'error', file: this.fileName, ...place, path: '', message });
  }

  /**
   * Cooks the lines of a block (each `[start, end)` in the file, joined by line breaks), with
   * the offsets of its characters.
   */
  cook(lines: readonly (readonly [number, number])[]): Cooked {
    let text = '';
    const offsets: number[] = [];
    for (const [index, [start, end]] of lines.entries()) {
      if (index > 0) {
        text += '\n';
        offsets.push(start - 1);
      }
      this.cookLine(start, end, (c, offset) => {
        text += c;
        offsets.push(offset);
      });
    }
    return { text, offsets };
  }

  private cookLine(start: number, end: number, add: (c: string, offset: number) => void): void {
    for (let i = start; i < end; i++) {
      const c = this.text[i] ?? '';
      const next = this.text[i + 1] ?? '';
      if (c === '\\' && ESCAPABLE.has(next) && i + 1 < end) {
        add(cookedChar(next), i);
        i++;
      } else add(c, i);
    }
  }
}

const FORMAT = /^\s*\[(moodle|html|markdown|plain)\]/;
const WEIGHT = /^%(-?[\d.]+)%/;
const TRUE_FALSE = /^(T|TRUE|F|FALSE)$/;

/** Splits a cooked text at each unescaped `#`: the text, then its feedback parts. */
const splitFeedback = (text: string) => text.split('#');

/** Reads one question block (cooked), or reports why it cannot be read. */
function readQuestion(
  reader: GiftReader,
  block: Cooked,
  comments: readonly string[],
  category: string | undefined,
): GiftQuestion | undefined {
  let { text } = block;
  const at = (index: number) => block.offsets[Math.min(index, block.offsets.length - 1)] ?? 0;
  const lead = text.length - text.trimStart().length;
  const start = at(lead);
  let cursor = lead;
  let title: string | undefined;
  if (text.startsWith('::', cursor)) {
    const close = text.indexOf('::', cursor + 2);
    if (close < 0) {
      reader.error(
        at(cursor),
        "the title opened with '::' has no closing '::'; write the title as ::Title:: before the question text (or '\\:' for a colon in the text)",
      );
      return undefined;
    }
    title = uncook(text.slice(cursor + 2, close)).trim();
    cursor = close + 2;
  }
  const open = text.indexOf('{', cursor);
  const close = text.lastIndexOf('}');
  const strayClose = text.indexOf('}', cursor);
  if (open < 0 && strayClose >= 0) {
    reader.error(
      at(strayClose),
      "this '}' closes no answers; write '\\}' for a brace in the text, or open the answers with '{'",
    );
    return undefined;
  }
  let formatText = text.slice(cursor, open < 0 ? text.length : open);
  let format: GiftFormat = 'moodle';
  const named = FORMAT.exec(formatText);
  if (named) {
    format = named[1] as GiftFormat;
    cursor += named[0].length;
    formatText = formatText.slice(named[0].length);
  }
  const base = {
    ...(title === undefined ? {} : { title }),
    format,
    comments,
    place: reader.place(start),
  };
  const withCategory = category === undefined ? {} : { category };
  if (open < 0)
    return {
      kind: 'description',
      before: uncook(formatText).trim(),
      after: '',
      answers: [],
      ...withCategory,
      ...base,
    };
  if (close < open) {
    reader.error(
      at(open),
      "the answers opened with '{' here are never closed; add '}' after the last answer (or write '\\{' for a brace in the text)",
    );
    return undefined;
  }
  const second = text.indexOf('{', open + 1);
  if (second >= 0 && second < close) {
    reader.error(
      at(second),
      "a second '{' inside the answers; a question has one set of answers: close the first with '}', or write '\\{' for a brace",
    );
    return undefined;
  }
  // Around answers inside the text, the spaces next to the braces are the text's own.
  const after = uncook(text.slice(close + 1)).trimEnd();
  const before = uncook(text.slice(cursor, open)).trimStart();
  const embedded = after.trim() !== '';
  text = text.slice(open + 1, close);
  const offset = open + 1;
  // `####` starts the general feedback.
  const generalAt = text.indexOf('####');
  const generalFeedback =
    generalAt < 0 ? undefined : uncook(text.slice(generalAt + 4)).trim() || undefined;
  const answerText = generalAt < 0 ? text : text.slice(0, generalAt);
  const common = {
    before: embedded ? before : before.trimEnd(),
    after: embedded ? after : '',
    ...(generalFeedback === undefined ? {} : { generalFeedback }),
    ...withCategory,
    ...base,
  };
  const trimmed = answerText.trim();
  if (trimmed === '') return { kind: 'essay', answers: [], ...common };
  if (trimmed.startsWith('#')) return readNumerical(reader, answerText, offset, at, common);
  const [first = '', ...feedbacks] = splitFeedback(trimmed);
  if (TRUE_FALSE.test(first.trim())) {
    const [wrong, right] = feedbacks.map((part) => uncook(part).trim());
    return {
      kind: 'truefalse',
      answers: [],
      truth: {
        value: first.trim().startsWith('T'),
        ...(wrong ? { wrongFeedback: wrong } : {}),
        ...(right ? { rightFeedback: right } : {}),
      },
      ...common,
    };
  }
  const answers = splitAnswers(reader, answerText, offset, at);
  if (answers === undefined) return undefined;
  if (answers.length === 0) {
    reader.error(
      at(offset + answerText.length - answerText.trimStart().length),
      "these answers are none of GIFT's forms: start each answer with '=' (right) or '~' (wrong), write TRUE or FALSE, '#' for a number, or leave the braces empty for an essay",
    );
    return undefined;
  }
  const matching = answers.every((answer) => answer.mark === '=' && answer.right !== undefined);
  if (answers.some((answer) => answer.right !== undefined) && !matching) {
    const odd = answers.find((answer) => answer.right === undefined || answer.mark !== '=');
    reader.errorAt(
      odd?.place ?? reader.place(at(offset)),
      "a matching question pairs every answer as '=left -> right'; this answer has no '->' or starts with '~'",
    );
    return undefined;
  }
  if (matching) return { kind: 'matching', answers, ...common };
  const kind = answerText.includes('~') ? 'multichoice' : 'shortanswer';
  return { kind, answers, ...common };
}

/** Splits an answer block at each unescaped `=` or `~` that starts an answer. */
function splitAnswers(
  reader: GiftReader,
  text: string,
  offset: number,
  at: (index: number) => number,
): GiftAnswer[] | undefined {
  const answers: GiftAnswer[] = [];
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '=' || text[i] === '~') starts.push(i);
  const leading = text.slice(0, starts[0] ?? text.length).trim();
  if (leading !== '' && starts.length > 0) {
    reader.error(
      at(offset + text.indexOf(leading)),
      `'${uncook(leading)}' stands before the first answer; start each answer with '=' (right) or '~' (wrong)`,
    );
    return undefined;
  }
  for (const [n, start] of starts.entries()) {
    const end = starts[n + 1] ?? text.length;
    let body = text.slice(start + 1, end);
    const mark = text[start] as '=' | '~';
    let weight: number | undefined;
    const weighted = WEIGHT.exec(body.trimStart());
    if (body.trimStart().startsWith('%')) {
      const value = weighted ? Number(weighted[1]) : Number.NaN;
      if (!weighted || !Number.isFinite(value) || value < -100 || value > 100) {
        reader.error(
          at(offset + start + 1 + body.length - body.trimStart().length),
          "an answer's weight is a percentage between -100 and 100 written between two '%', such as ~%50%; write '\\%' for a percent sign in the text",
        );
        return undefined;
      }
      weight = value;
      body = body.trimStart().slice(weighted[0].length);
    }
    const [answer = '', ...feedback] = splitFeedback(body);
    const arrow = answer.indexOf('->');
    const place = reader.place(at(offset + start));
    answers.push({
      mark,
      ...(weight === undefined ? {} : { weight }),
      text: uncook(arrow < 0 ? answer : answer.slice(0, arrow)).trim(),
      ...(arrow < 0 ? {} : { right: uncook(answer.slice(arrow + 2)).trim() }),
      ...(feedback.length > 0 && uncook(feedback.join('#')).trim()
        ? { feedback: uncook(feedback.join('#')).trim() }
        : {}),
      place,
    });
  }
  return answers;
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const NUMERIC_ANSWER = new RegExp(`^(${NUMBER})(?::(${NUMBER})|\\.\\.(${NUMBER}))?$`);

/** Reads a numerical answer block, `{#3:2}`, `{#1..5}` or `{#=3:0#right =%50%3:1}`. */
function readNumerical(
  reader: GiftReader,
  text: string,
  offset: number,
  at: (index: number) => number,
  common: Omit<GiftQuestion, 'kind' | 'answers'>,
): GiftQuestion | undefined {
  const hash = text.indexOf('#');
  const rest = text.slice(hash + 1);
  const list = /^\s*[=~]/.test(rest)
    ? splitAnswers(reader, rest, offset + hash + 1, at)
    : (() => {
        const [value = '', ...feedback] = splitFeedback(rest);
        const fb = uncook(feedback.join('#')).trim();
        return [
          {
            mark: '=' as const,
            text: uncook(value).trim(),
            ...(fb ? { feedback: fb } : {}),
            place: reader.place(at(offset + hash)),
          },
        ];
      })();
  if (list === undefined) return undefined;
  for (const answer of list) {
    if (!NUMERIC_ANSWER.test(answer.text.replace(/\s/g, ''))) {
      reader.errorAt(
        answer.place,
        `'${answer.text}' is not a numerical answer; write a number, a number and its tolerance (3:0.5) or a range (1..5)`,
      );
      return undefined;
    }
  }
  return { kind: 'numerical', answers: list, ...common };
}

/**
 * Reads a GIFT file as Moodle's own importer does (qformat_gift), where strict grammars refuse
 * what Moodle accepts: `:` and `=` in question text, numerical answers, `[html]` and
 * `[markdown]` format tags, `$CATEGORY` lines, comments, escapes, non-ASCII text, no final
 * line break, CRLF line ends. Questions are separated by blank lines. Bytes must be UTF-8 (a
 * byte order mark is dropped). Every problem is located at its line and column; a file with
 * any error gives no questions.
 */
export function readGift(source: string | Uint8Array, fileName: string): GiftReadResult {
  const decoded = decodeSource(source);
  if (!decoded.ok) {
    const bytes = typeof source === 'string' ? new Uint8Array() : source;
    const utf16 =
      (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return {
      ok: false,
      errors: [
        {
          severity: 'error',
          file: fileName,
          line: decoded.line,
          column: decoded.column,
          path: '',
          message: utf16
            ? 'the file is UTF-16 text; save it as UTF-8 (Moodle exports GIFT as UTF-8) and import it again'
            : `the bytes here are not UTF-8 text (byte ${decoded.byte} of the file); save the file as UTF-8 (in a text editor, "Save with encoding: UTF-8") and import it again`,
        },
      ],
    };
  }
  const text = decoded.text.replace(/\r\n?/g, (crlf) => `${' '.repeat(crlf.length - 1)}\n`);
  const reader = new GiftReader(text, fileName);
  const questions: GiftQuestion[] = [];
  const categories: string[] = [];
  let header: string[] = [];
  let category: string | undefined;
  /** Comments since the last question: the next question's. */
  let comments: string[] = [];
  let block: [number, number][] = [];
  let count = 0;

  const flush = () => {
    if (block.length === 0) return;
    const cooked = reader.cook(block);
    block = [];
    count++;
    if (count > MAX_GIFT_QUESTIONS) {
      if (count === MAX_GIFT_QUESTIONS + 1)
        reader.error(
          cooked.offsets[0] ?? 0,
          `this is question ${count}: a quiz holds at most ${MAX_GIFT_QUESTIONS} questions; split the bank into several files (by $CATEGORY, say) and import each as its own quiz`,
        );
      return;
    }
    const question = readQuestion(reader, cooked, comments, category);
    comments = [];
    if (question) questions.push(question);
  };

  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    // Comment lines go wherever they are, as Moodle removes them before reading.
    if (trimmed.startsWith('//')) comments.push(trimmed.slice(2).trim());
    else if (trimmed === '') flush();
    else if (block.length === 0 && trimmed.startsWith('$CATEGORY:')) {
      category = trimmed.slice('$CATEGORY:'.length).trim();
      categories.push(category);
      // Comments before the first category, with no question yet, describe the file.
      if (count === 0 && categories.length === 1) [header, comments] = [comments, []];
    } else block.push([start + (line.length - line.trimStart().length), start + line.length]);
  }
  flush();
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  if (questions.length === 0)
    return {
      ok: false,
      errors: [
        {
          severity: 'error',
          file: fileName,
          line: 1,
          column: 1,
          path: '',
          message:
            'the file holds no question; a GIFT question is its text followed by its answers in braces, such as: Where did the ministers meet? {=Singapore ~Seoul}',
        },
      ],
    };
  return { ok: true, questions, categories, header };
}
