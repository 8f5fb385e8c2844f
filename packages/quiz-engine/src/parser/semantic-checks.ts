import { rejectedLinks } from '../markdown/parse-inline-markdown';
import { blankSegments } from '../questions/fill-in-the-blank/blank-segments';
import { normaliseAnswerText } from '../questions/fill-in-the-blank/normalise-answer-text';
import type { QuestionDocument, QuizDocument } from './quiz-schema';
import type { DocumentPath } from './source-locator';

/** Records a problem at a path. */
export type Report = (path: DocumentPath, message: string, severity?: 'error' | 'warning') => void;

/** Reports the second and later uses of the same key among `entries`. */
function unique(
  entries: readonly { key: string; path: DocumentPath }[],
  describe: (key: string, first: DocumentPath) => string,
  report: Report,
): void {
  const seen = new Map<string, DocumentPath>();
  for (const { key, path } of entries) {
    const first = seen.get(key);
    if (first) report(path, describe(key, first));
    else seen.set(key, path);
  }
}

const at = (path: DocumentPath) =>
  path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join('');

/** Ids inside one question (options, blanks, items, pairs and distractors share a namespace). */
function innerIds(question: QuestionDocument, path: DocumentPath) {
  const list = (key: string, entries: readonly { id: string }[]) =>
    entries.map((entry, index) => ({ key: entry.id, path: [...path, key, index, 'id'] }));
  switch (question.type) {
    case 'single-choice':
    case 'multiple-select':
      return list('options', question.options);
    case 'fill-in-the-blank':
      return list('blanks', question.blanks);
    case 'ordering':
      return list('items', question.items);
    case 'matching':
      return [...list('pairs', question.pairs), ...list('distractors', question.distractors)];
    default:
      return [];
  }
}

/** Same-text entries are indistinguishable to the learner. */
function distinctTexts(
  texts: readonly { text: string; path: DocumentPath }[],
  what: string,
  report: Report,
): void {
  unique(
    texts.map(({ text, path }) => ({ key: normaliseAnswerText(text), path })),
    (_, first) =>
      `this ${what} has the same text as ${at(first.slice(0, -1))}; ${what}s must differ`,
    report,
  );
}

function checkChoices(question: QuestionDocument, path: DocumentPath, report: Report): void {
  if (question.type !== 'single-choice' && question.type !== 'multiple-select') return;
  const correct = question.options.flatMap((option, index) => (option.correct ? [index] : []));
  if (correct.length === 0)
    report(
      [...path, 'options'],
      `a ${question.type} question needs ${question.type === 'single-choice' ? 'exactly one' : 'at least one'} correct option; mark it with 'correct: true'`,
    );
  if (question.type === 'single-choice' && correct.length > 1) {
    const [first, ...others] = correct.map((index) => question.options[index]?.id ?? '');
    for (const [k, index] of correct.slice(1).entries())
      report(
        [...path, 'options', index, 'correct'],
        `a single-choice question needs exactly one correct option, but '${first}' and '${others[k]}' are both correct; use type multiple-select for several`,
      );
  }
  distinctTexts(
    question.options.map((option, index) => ({
      text: option.text,
      path: [...path, 'options', index, 'text'],
    })),
    'option',
    report,
  );
}

function checkBlanks(question: QuestionDocument, path: DocumentPath, report: Report): void {
  if (question.type !== 'fill-in-the-blank') return;
  const placed = blankSegments(question.text).flatMap((s) => (s.type === 'blank' ? [s.id] : []));
  const defined = new Set(question.blanks.map((blank) => blank.id));
  const seen = new Set<string>();
  for (const id of placed) {
    if (!defined.has(id))
      report([...path, 'text'], `the text has a placeholder {{${id}}} but no blank has id '${id}'`);
    else if (seen.has(id))
      report([...path, 'text'], `the placeholder {{${id}}} appears more than once; use it once`);
    seen.add(id);
  }
  question.blanks.forEach((blank, index) => {
    const blankPath = [...path, 'blanks', index];
    if (!placed.includes(blank.id))
      report(
        [...blankPath, 'id'],
        `blank '${blank.id}' does not appear in the text; add {{${blank.id}}} where it goes`,
      );
    blank.accept.forEach((accepted, k) => {
      if (normaliseAnswerText(accepted) === '')
        report(
          [...blankPath, 'accept', k],
          `accepted answer '${accepted}' is empty once punctuation and spaces are ignored`,
        );
    });
  });
}

function checkDistinctness(question: QuestionDocument, path: DocumentPath, report: Report): void {
  if (question.type === 'ordering')
    distinctTexts(
      question.items.map((item, index) => ({
        text: item.text,
        path: [...path, 'items', index, 'text'],
      })),
      'item',
      report,
    );
  if (question.type === 'matching') {
    distinctTexts(
      question.pairs.map((pair, index) => ({
        text: pair.left,
        path: [...path, 'pairs', index, 'left'],
      })),
      'left-hand prompt',
      report,
    );
    distinctTexts(
      [
        ...question.pairs.map((pair, index) => ({
          text: pair.right,
          path: [...path, 'pairs', index, 'right'],
        })),
        ...question.distractors.map((d, index) => ({
          text: d.text,
          path: [...path, 'distractors', index, 'text'],
        })),
      ],
      'right-hand choice',
      report,
    );
  }
}

/** Every Markdown text field of a question, with its path. */
function textFields(question: QuestionDocument, path: DocumentPath) {
  const fields: { text: string; path: DocumentPath }[] = [
    { text: question.prompt, path: [...path, 'prompt'] },
  ];
  const add = (text: string | undefined, ...rest: (string | number)[]) => {
    if (text !== undefined) fields.push({ text, path: [...path, ...rest] });
  };
  for (const [i, hint] of question.hints.entries()) add(hint, 'hints', i);
  add(question.explanation, 'explanation');
  add(question.feedback.correct, 'feedback', 'correct');
  add(question.feedback.partial, 'feedback', 'partial');
  add(question.feedback.incorrect, 'feedback', 'incorrect');
  if (question.type === 'single-choice' || question.type === 'multiple-select')
    question.options.forEach((o, i) => {
      add(o.text, 'options', i, 'text');
      add(o.feedback, 'options', i, 'feedback');
    });
  if (question.type === 'fill-in-the-blank') {
    add(question.text, 'text');
    for (const [i, b] of question.blanks.entries()) add(b.feedback, 'blanks', i, 'feedback');
  }
  if (question.type === 'ordering')
    for (const [i, item] of question.items.entries()) add(item.text, 'items', i, 'text');
  if (question.type === 'matching') {
    question.pairs.forEach((p, i) => {
      add(p.left, 'pairs', i, 'left');
      add(p.right, 'pairs', i, 'right');
      add(p.feedback, 'pairs', i, 'feedback');
    });
    for (const [i, d] of question.distractors.entries()) add(d.text, 'distractors', i, 'text');
  }
  return fields;
}

function checkPool(document: QuizDocument, report: Report): void {
  const { pool } = document.settings;
  if (!pool) return;
  const drawPath = ['settings', 'pool', 'draw'];
  if (!pool.perKeyPoint) {
    if (pool.draw > document.questions.length)
      report(
        drawPath,
        `the pool draws ${pool.draw} questions but the quiz has only ${document.questions.length}`,
      );
    return;
  }
  const groups = new Map<string, number>();
  document.questions.forEach((question, index) => {
    const first = question.keyPoints[0];
    if (first === undefined)
      report(
        ['questions', index],
        `with 'pool.perKeyPoint' every question needs a key point; add 'keyPoints' to question '${question.id}'`,
      );
    else groups.set(first, (groups.get(first) ?? 0) + 1);
  });
  for (const [keyPoint, count] of groups)
    if (count < pool.draw)
      report(
        drawPath,
        `the pool draws ${pool.draw} questions per key point but key point '${keyPoint}' has only ${count}`,
      );
}

/**
 * Checks what a schema cannot: unique ids, a correct option where one is needed, distinct
 * choices, blanks that match their placeholders, safe links, and pool sizes; and warns about
 * settings that have no effect.
 */
export function checkSemantics(
  document: QuizDocument,
  report: Report,
  written: (path: DocumentPath) => boolean,
): void {
  unique(
    document.questions.map((question, index) => ({
      key: question.id,
      path: ['questions', index, 'id'],
    })),
    (id, first) => `duplicate question id '${id}'; ${at(first.slice(0, -1))} already uses it`,
    report,
  );
  document.questions.forEach((question, index) => {
    const path = ['questions', index];
    unique(
      innerIds(question, path),
      (id, first) =>
        `duplicate id '${id}' in this question; ${at(first.slice(2, -1))} already uses it`,
      report,
    );
    checkChoices(question, path, report);
    checkBlanks(question, path, report);
    checkDistinctness(question, path, report);
    for (const field of textFields(question, path))
      for (const href of rejectedLinks(field.text))
        report(
          field.path,
          `link target '${href}' is not allowed; use an http(s) address or a relative one`,
        );
    if (!document.settings.hints && question.hints.length > 0)
      report(
        [...path, 'hints'],
        "these hints are never shown because 'settings.hints' is false",
        'warning',
      );
  });
  if (document.description)
    for (const href of rejectedLinks(document.description))
      report(
        ['description'],
        `link target '${href}' is not allowed; use an http(s) address or a relative one`,
      );
  checkPool(document, report);
  if (document.behaviour === 'test')
    for (const key of ['tries', 'penaltyPerTry'])
      if (written(['settings', key]))
        report(
          ['settings', key],
          `'${key}' has no effect in test behaviour, which grades once at the end`,
          'warning',
        );
}
