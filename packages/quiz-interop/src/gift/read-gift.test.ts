import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatError } from '@tmm/quiz-engine/parser';
import { describe, expect, it } from 'vitest';
import { MAX_GIFT_QUESTIONS, readGift } from './read-gift';

const bank = readFileSync(join(import.meta.dirname, '..', '__fixtures__', 'moodle-bank.gift'));

/** The first error of reading `text`, formatted as the command line prints it. */
function firstError(text: string | Uint8Array): string {
  const result = readGift(text, 'bank.gift');
  if (result.ok) throw new Error('expected an error');
  return formatError(result.errors[0] ?? never());
}
const never = () => {
  throw new Error('no error');
};

describe('readGift on a Moodle bank with every GIFT feature', () => {
  const result = readGift(bank, 'moodle-bank.gift');
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  const byTitle = (title: string) => result.questions.find((question) => question.title === title);

  it('reads every question, with its kind, as Moodle tells them apart', () => {
    expect(bank.at(-1)).toBe('}'.charCodeAt(0)); // no final line break
    expect(result.questions.map((question) => [question.title ?? '', question.kind])).toEqual([
      ['Where they met', 'multichoice'],
      ['Three subjects', 'multichoice'],
      ['Date', 'truefalse'],
      ['Host', 'truefalse'],
      ['', 'truefalse'],
      ['A link', 'multichoice'],
      ['Minister of Defense of Japan', 'shortanswer'],
      ['Missing word', 'multichoice'],
      ['Fill the place', 'shortanswer'],
      ['Who is who', 'matching'],
      ['Escapes', 'multichoice'],
      ['Non-ASCII', 'multichoice'],
      ['Line break', 'multichoice'],
      ['Year', 'numerical'],
      ['Ministers', 'numerical'],
      ['Year, roughly', 'numerical'],
      ['Year range', 'numerical'],
      ['Year, weighted', 'numerical'],
      ['Your view', 'essay'],
      ['Before you begin', 'description'],
      ['Last', 'truefalse'],
    ]);
    expect(result.categories).toEqual([
      '$course$/top/Week 3: the trilateral meeting',
      '$course$/top/Week 3: the trilateral meeting/Writing',
    ]);
    expect(result.header[0]).toMatch(/^A question bank as Moodle exports it/);
  });

  it("accepts what Moodle accepts: unescaped ':' and '=' in text, URLs, format tags, escapes, \\n, non-ASCII", () => {
    expect(result.questions[4]?.before).toBe('Simple arithmetic, to check the bank imports: 1+1=2');
    expect(byTitle('A link')?.before).toMatch(
      /^Read the statement at https:\/\/www\.mod\.go\.jp\//,
    );
    expect(byTitle('Three subjects')?.format).toBe('markdown');
    expect(byTitle('Who is who')?.format).toBe('html');
    expect(byTitle('Escapes')).toMatchObject({
      before: "Which of these is written with GIFT's special characters { } ~ = # : escaped?",
      answers: [
        { mark: '=', text: 'a~b = c # d : e', feedback: 'Right: all escaped.' },
        { mark: '~' },
      ],
    });
    expect(byTitle('Line break')?.before).toBe(
      'First line\nSecond line: which sentence opens paragraph 1?',
    );
    expect(byTitle('Non-ASCII')?.before).toMatch(/^日本 and 대한민국/);
  });

  it('keeps weights, feedback, general feedback, comments, categories and places', () => {
    expect(byTitle('Three subjects')?.answers.map((answer) => answer.weight)).toEqual([
      33.33333, 33.33333, 33.33333, -100,
    ]);
    expect(byTitle('Three subjects')?.comments).toEqual([
      'key points: denuclearization',
      'Multiple answers with weights, as Moodle writes them.',
    ]);
    expect(byTitle('Host')?.truth).toEqual({
      value: false,
      wrongFeedback: 'Read the first sentence again: where did they convene?',
      rightFeedback: 'Right: they met in Singapore.',
    });
    expect(byTitle('Missing word')).toMatchObject({
      before: 'The ministers met in ',
      after: ' on June 3, 2023.',
    });
    expect(
      byTitle('Year, weighted')?.answers.map((answer) => [
        answer.text,
        answer.weight,
        answer.feedback,
      ]),
    ).toEqual([
      ['2023:0', undefined, 'Exactly.'],
      ['2023:1', 50, 'Close.'],
    ]);
    expect(byTitle('Last')).toMatchObject({
      generalFeedback: 'The second sentence says so.',
      category: '$course$/top/Week 3: the trilateral meeting/Writing',
      place: { line: 87, column: 1 },
    });
    expect(byTitle('Who is who')?.answers[3]).toMatchObject({
      text: '',
      right: 'Singapore',
      place: { line: 52, column: 2 },
    });
  });

  it('reads CRLF line ends and a byte order mark as it reads LF', () => {
    const crlf = readGift(
      `\uFEFF${bank.toString('utf8').replaceAll('\n', '\r\n')}`,
      'moodle-bank.gift',
    );
    expect(crlf).toEqual(result);
  });
});

describe('readGift on bad input: one located error, no questions', () => {
  it.each([
    [
      'Q {=a ~b',
      "bank.gift:1:3: error: the answers opened with '{' here are never closed; add '}' after the last answer (or write '\\{' for a brace in the text)",
    ],
    [
      'Q =a ~b}',
      "bank.gift:1:8: error: this '}' closes no answers; write '\\}' for a brace in the text, or open the answers with '{'",
    ],
    [
      '::Title Q {=a ~b}',
      "bank.gift:1:1: error: the title opened with '::' has no closing '::'; write the title as ::Title:: before the question text (or '\\:' for a colon in the text)",
    ],
    [
      'Q\n{=a ~%fifty%b}',
      "bank.gift:2:6: error: an answer's weight is a percentage between -100 and 100 written between two '%', such as ~%50%; write '\\%' for a percent sign in the text",
    ],
    [
      'Q {=a -> b =c}',
      "bank.gift:1:12: error: a matching question pairs every answer as '=left -> right'; this answer has no '->' or starts with '~'",
    ],
    [
      'Q {=a {~b}',
      "bank.gift:1:7: error: a second '{' inside the answers; a question has one set of answers: close the first with '}', or write '\\{' for a brace",
    ],
    [
      'Q {maybe}',
      "bank.gift:1:4: error: these answers are none of GIFT's forms: start each answer with '=' (right) or '~' (wrong), write TRUE or FALSE, '#' for a number, or leave the braces empty for an essay",
    ],
    [
      'Q {#three}',
      "bank.gift:1:4: error: 'three' is not a numerical answer; write a number, a number and its tolerance (3:0.5) or a range (1..5)",
    ],
    [
      '',
      'bank.gift:1:1: error: the file holds no question; a GIFT question is its text followed by its answers in braces, such as: Where did the ministers meet? {=Singapore ~Seoul}',
    ],
    [
      '// only a comment\n\n$CATEGORY: x\n',
      'bank.gift:1:1: error: the file holds no question; a GIFT question is its text followed by its answers in braces, such as: Where did the ministers meet? {=Singapore ~Seoul}',
    ],
  ])('%j', (text, message) => {
    expect(firstError(text)).toBe(message);
  });

  it('locates the error in a later question, past CRLF lines and escapes', () => {
    expect(firstError('Q1 \\{ {=a ~b}\r\n\r\nQ2 {=a ~b')).toMatch(
      /^bank\.gift:3:4: error: the answers opened with '\{'/,
    );
  });

  it('says where a file stops being UTF-8, and names UTF-16', () => {
    const latin1 = Uint8Array.from([
      ...Buffer.from('Where did they meet?\nCaf'),
      0xe9,
      ...Buffer.from(' {=a ~b}'),
    ]);
    expect(firstError(latin1)).toBe(
      'bank.gift:2:4: error: the bytes here are not UTF-8 text (byte 24 of the file); save the file as UTF-8 (in a text editor, "Save with encoding: UTF-8") and import it again',
    );
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Q {T}', 'utf16le')]);
    expect(firstError(utf16)).toMatch(
      /^bank\.gift:1:1: error: the file is UTF-16 text; save it as UTF-8/,
    );
  });

  it(`refuses a bank of 10,000 questions at question ${MAX_GIFT_QUESTIONS + 1}, in linear time`, () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => `::Q${i}:: Is ${i} a number? {T}`).join(
      '\n\n',
    );
    const result = readGift(huge, 'bank.gift');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(formatError(result.errors[0] ?? never())).toBe(
        `bank.gift:${2 * MAX_GIFT_QUESTIONS + 1}:1: error: this is question ${MAX_GIFT_QUESTIONS + 1}: a quiz holds at most ${MAX_GIFT_QUESTIONS} questions; split the bank into several files (by $CATEGORY, say) and import each as its own quiz`,
      );
    }
  });
});
