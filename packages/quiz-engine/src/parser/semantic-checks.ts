import { rejectedLinks } from '../markdown/parse-inline-markdown';
import { mainKeyPoint } from '../question-base';
import { questionAuthoring } from './authoring-registry';
import { at, type Report, unique } from './check-helpers';
import type { ReferenceCheck, TextField } from './question-authoring';
import type { QuestionDocument, QuizDocument } from './quiz-schema';
import type { DocumentPath } from './source-locator';

/** A type's authoring side, as the parser calls it with a question of that type. */
interface AuthoringOfQuestion {
  readonly check?: (question: QuestionDocument, path: DocumentPath, report: Report) => void;
  readonly textFields?: (question: QuestionDocument, path: DocumentPath) => readonly TextField[];
  readonly resolve?: (
    question: QuestionDocument,
    path: DocumentPath,
    references: ReferenceCheck | 'unchecked',
    report: Report,
  ) => object | undefined;
}

/** The authoring side of a written question's type. */
export function authoringOf(question: QuestionDocument): AuthoringOfQuestion {
  // NOTE: each entry takes only its own type's questions, which `question.type` picks;
  // TypeScript cannot correlate the two across the union.
  return questionAuthoring[question.type] as AuthoringOfQuestion;
}

/** Every Markdown text field of a question, with its path: the common ones, then its type's. */
function textFields(question: QuestionDocument, path: DocumentPath): TextField[] {
  return [
    { text: question.prompt, path: [...path, 'prompt'] },
    ...question.hints.map((hint, i) => ({ text: hint, path: [...path, 'hints', i] })),
    { text: question.explanation, path: [...path, 'explanation'] },
    { text: question.feedback.correct, path: [...path, 'feedback', 'correct'] },
    { text: question.feedback.partial, path: [...path, 'feedback', 'partial'] },
    { text: question.feedback.incorrect, path: [...path, 'feedback', 'incorrect'] },
    ...(authoringOf(question).textFields?.(question, path) ?? []),
  ];
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
    const first = mainKeyPoint(question);
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

const unsafeLink = (href: string) =>
  `link target '${href}' is not allowed; use an http(s) address or a relative one`;

/**
 * Checks what a schema cannot: unique question ids, each type's own checks (unique ids inside
 * a question, a correct option where one is needed, distinct choices, blanks that match their
 * placeholders), safe links, and pool sizes; and warns about settings that have no effect.
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
    authoringOf(question).check?.(question, path, report);
    for (const field of textFields(question, path))
      for (const href of field.text === undefined ? [] : rejectedLinks(field.text))
        report(field.path, unsafeLink(href));
    if (!document.settings.hints && question.hints.length > 0)
      report(
        [...path, 'hints'],
        "these hints are never shown because 'settings.hints' is false",
        'warning',
      );
  });
  if (document.description)
    for (const href of rejectedLinks(document.description))
      report(['description'], unsafeLink(href));
  checkPool(document, report);
  if (document.settings.grading === 'certainty' && !document.settings.confidence)
    report(
      ['settings', 'grading'],
      "'grading: certainty' needs 'confidence: true': without confidence ratings there is no certainty-based mark",
    );
  if (document.behaviour === 'test')
    for (const key of ['tries', 'penaltyPerTry'])
      if (written(['settings', key]))
        report(
          ['settings', key],
          `'${key}' has no effect in test behaviour, which grades once at the end`,
          'warning',
        );
}
