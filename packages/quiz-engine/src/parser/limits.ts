import type { Document } from 'yaml';
import { isCollection, isPair } from 'yaml';
import type { DocumentPath } from './source-locator';

/**
 * What a quiz file may hold. Far above anything a quiz needs (the course's largest file is about
 * 31 KB, its longest text a few hundred characters, its largest quiz a dozen questions nesting 6
 * levels), and low enough that checking a file, building the site and showing a quiz stay quick.
 */
export const QUIZ_LIMITS = {
  /** Bytes in one quiz file. */
  fileBytes: 250_000,
  /** Characters in one text (a prompt, an option, feedback, an explanation…). */
  textLength: 5_000,
  /** Questions in one quiz (its pool included). */
  questions: 200,
  /** Nesting of mappings and lists. */
  depth: 16,
} as const;

/** One problem with a limit, where it is. */
export interface LimitProblem {
  readonly path: DocumentPath;
  readonly message: string;
}

/** The first node nested deeper than the limit: its offset in the text. */
export function tooDeepAt(document: Document): number | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: document.contents, depth: 1 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth } = item;
    if (!isCollection(node)) continue;
    if (depth > QUIZ_LIMITS.depth) return node.range?.[0] ?? 0;
    for (const entry of node.items) {
      if (isPair(entry)) {
        stack.push({ node: entry.key, depth: depth + 1 });
        stack.push({ node: entry.value, depth: depth + 1 });
      } else stack.push({ node: entry, depth: depth + 1 });
    }
  }
  return undefined;
}

/** The message for a file nested deeper than the limit. */
export const DEPTH_MESSAGE = `the file nests mappings and lists more than ${QUIZ_LIMITS.depth} levels deep, the limit for a quiz file`;

/** The first C0 control character other than tab, line feed and carriage return, or DEL. */
function firstControl(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f)
      return index;
  }
  return -1;
}

/**
 * Texts that are too long or hold control characters, and a question list over the limit, in
 * the parsed data (iteratively: the depth is checked first). Each problem names the limit.
 */
export function limitProblems(data: unknown): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const questions =
    typeof data === 'object' && data !== null && 'questions' in data ? data.questions : undefined;
  if (Array.isArray(questions) && questions.length > QUIZ_LIMITS.questions)
    problems.push({
      path: ['questions'],
      message: `the quiz has ${questions.length.toLocaleString('en')} questions; a quiz may have at most ${QUIZ_LIMITS.questions} (split it into several quizzes)`,
    });
  const stack: { value: unknown; path: DocumentPath }[] = [{ value: data, path: [] }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value === 'string') {
      if (value.length > QUIZ_LIMITS.textLength)
        problems.push({
          path,
          message: `this text is ${value.length.toLocaleString('en')} characters long; a text may be at most ${QUIZ_LIMITS.textLength.toLocaleString('en')}`,
        });
      const control = firstControl(value);
      if (control >= 0)
        problems.push({
          path,
          message: `this text holds the control character U+${value.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0')} (character ${control + 1}); remove it`,
        });
    } else if (Array.isArray(value)) {
      value.forEach((child, index) => {
        stack.push({ value: child, path: [...path, index] });
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value))
        stack.push({ value: child, path: [...path, key] });
    }
  }
  return problems;
}
