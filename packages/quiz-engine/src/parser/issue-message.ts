import type { z } from 'zod';
import { didYouMean, didYouMeanNote } from './did-you-mean';
import { keysAt } from './schema-walk';
import type { DocumentPath } from './source-locator';
import { quoteText } from './yaml-syntax';

/** A problem with a place in the document and a sentence for a person. */
export interface PlacedProblem {
  readonly path: DocumentPath;
  /** Point at the key rather than the value (unknown keys). */
  readonly part?: 'key' | 'value';
  readonly message: string;
  /** For a missing key: its name (dropped when an unknown key nearby suggests it). */
  readonly missing?: string;
  /** For an unknown key: the known key it was probably meant to be. */
  readonly suggests?: string;
}

const NOUNS: Record<string, [string, string]> = {
  questions: ['question', 'questions'],
  options: ['option', 'options'],
  blanks: ['blank', 'blanks'],
  accept: ['accepted answer', 'accepted answers'],
  items: ['item', 'items'],
  pairs: ['pair', 'pairs'],
  passage: ['paragraph id', 'paragraph ids'],
  evidence: ['evidence anchor', 'evidence anchors'],
};

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
};

/** The value at `path` in `data`. */
export function valueAt(data: unknown, path: DocumentPath): unknown {
  let value = data;
  for (const segment of path) {
    value = typeof value === 'object' && value !== null ? Reflect.get(value, segment) : undefined;
  }
  return value;
}

/** Describes a value for a message: `the text 'three'`, `the number 3`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'a mapping';
    default:
      return 'nothing';
  }
}

/**
 * For text that YAML read as something else (a mapping because of `: `, a number, true or
 * false), how to write it as text: in quotes, with the words to paste.
 */
function quoteHint(key: string | number | undefined, value: unknown): string {
  const write = (text: string) =>
    typeof key === 'string' ? `${key}: ${quoteText(text)}` : `- ${quoteText(text)}`;
  if (typeof value === 'number' || typeof value === 'boolean')
    return `; to use it as text, put it in quotes: ${write(String(value))}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return '';
  const entries = Object.entries(value);
  const [entry] = entries;
  if (entries.length !== 1 || !entry || typeof entry[1] !== 'string') return '';
  const [inner, rest] = entry;
  return `: YAML reads '${inner}:' as a key because of the ': ' after it; write the text on one line, in quotes: ${write(`${inner}: ${rest}`)}`;
}

/** Names the value at `path`: `'tries'`, or `each entry of 'hints'`. */
function subject(path: DocumentPath): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the document';
  if (typeof last === 'string') return `'${last}'`;
  const parent = path[path.length - 2];
  return typeof parent === 'string' ? `each entry of '${parent}'` : 'each entry';
}

/** The kebab-case spelling of an id, for a suggestion. */
const kebab = (text: string) =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const suggestion = (input: unknown, candidates: readonly string[]) =>
  typeof input === 'string' ? didYouMeanNote(input, candidates) : '';

/** Turns a zod issue into sentences placed in the document. */
export function issueProblems(
  issue: z.core.$ZodIssue,
  data: unknown,
  schema: z.ZodType,
): PlacedProblem[] {
  const path = issue.path.filter((segment) => typeof segment !== 'symbol');
  const value = valueAt(data, path);
  const key = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      if (path.length === 0)
        return [
          {
            path,
            message: `the document must be a mapping with keys such as id, title and questions, not ${describeValue(value)}`,
          },
        ];
      if (value === undefined && typeof key === 'string')
        return [
          { path: path.slice(0, -1), message: `missing required key '${key}'`, missing: key },
        ];
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const quote = issue.expected === 'string' ? quoteHint(key, value) : '';
      return [
        {
          path,
          message: `${subject(path)} must be ${expected}, not ${describeValue(value)}${quote}`,
        },
      ];
    }
    case 'unrecognized_keys': {
      const allowed = keysAt(schema, path, data).filter((name) => !name.startsWith('$'));
      return issue.keys.map((name) => {
        const guess = didYouMean(name, allowed);
        const hint = guess
          ? `; did you mean '${guess}'?`
          : `; allowed keys here: ${allowed.join(', ')}`;
        return {
          path: [...path, name],
          part: 'key',
          message: `unknown key '${name}'${hint}`,
          ...(guess ? { suggests: guess } : {}),
        };
      });
    }
    case 'invalid_union': {
      const options =
        'options' in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
      if (options.length === 0) return [{ path, message: issue.message }];
      const list = options.join(', ');
      if (value === undefined)
        return [
          {
            path: path.slice(0, -1),
            message: `missing required key '${String(key)}'; expected one of: ${list}`,
          },
        ];
      if (typeof value !== 'string')
        return [
          {
            path,
            message: `${subject(path)} must be one of: ${list}, not ${describeValue(value)}`,
          },
        ];
      const guess = suggestion(value, options);
      return [
        {
          path,
          message: `unknown question ${String(key)} '${value}'${guess}${guess ? ' Expected' : '; expected'} one of: ${list}`,
        },
      ];
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const expected = values.length === 1 ? `'${values[0]}'` : `one of: ${values.join(', ')}`;
      return [
        {
          path,
          message: `${subject(path)} must be ${expected}, not ${describeValue(value)}${suggestion(value, values)}`,
        },
      ];
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return [{ path, message: `${subject(path)} must not be empty` }];
      if (issue.origin === 'array') {
        const [one, many] = NOUNS[String(key)] ?? ['entry', 'entries'];
        const count = Array.isArray(value) ? value.length : 0;
        return [
          {
            path,
            message: `${subject(path)} must list at least ${minimum === 1 ? `one ${one}` : `${minimum} ${many}`}; it lists ${count}`,
          },
        ];
      }
      const bound = issue.inclusive ? `at least ${minimum}` : `greater than ${minimum}`;
      return [{ path, message: `${subject(path)} must be ${bound}, not ${String(value)}` }];
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'array')
        return [{ path, message: `${subject(path)} must list at most ${maximum} entries` }];
      const bound = issue.inclusive ? `at most ${maximum}` : `less than ${maximum}`;
      return [{ path, message: `${subject(path)} must be ${bound}, not ${String(value)}` }];
    }
    case 'invalid_format': {
      if (issue.format === 'regex' && typeof value === 'string') {
        const better = kebab(value);
        const hint = better && better !== value ? `, e.g. '${better}'` : '';
        return [
          {
            path,
            message: `'${value}' is not a valid id: use lower-case letters and digits joined by single hyphens${hint}`,
          },
        ];
      }
      return [{ path, message: `${subject(path)}: ${issue.message}` }];
    }
    default:
      return [{ path, message: `${subject(path)}: ${issue.message}` }];
  }
}
