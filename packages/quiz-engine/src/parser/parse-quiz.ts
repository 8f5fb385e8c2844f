import { type Document, LineCounter, parseDocument, visit } from 'yaml';
import type { Quiz } from '../quiz';
import { buildQuiz } from './build-quiz';
import { checkReferences } from './check-references';
import { decodeSource } from './decode-source';
import { issueProblems } from './issue-message';
import { DEPTH_MESSAGE, limitProblems, QUIZ_LIMITS, tooDeepAt } from './limits';
import { byPosition, formatPath, type QuizError } from './quiz-error';
import { quizDocumentSchema } from './quiz-schema';
import type { ResolveReference } from './references';
import { checkSemantics } from './semantic-checks';
import { type DocumentPath, SourceLocator } from './source-locator';
import { syntaxProblems } from './yaml-syntax';

/** How to parse a quiz file. */
export interface ParseOptions {
  /** Shown in every error; defaults to `quiz.yaml`. */
  readonly fileName?: string;
  /**
   * Checks references to the course content (evidence anchors, key points, glossary terms,
   * passages). Pass `'unchecked'` to accept references unchecked, e.g. to preview a file
   * without the content: select-evidence questions are then refused, because their
   * sentences come from the resolver.
   */
  readonly resolve: ResolveReference | 'unchecked';
}

/** A typed quiz, or every error found; warnings either way. Never a partial quiz. */
export type ParseResult =
  | { readonly ok: true; readonly quiz: Quiz; readonly warnings: readonly QuizError[] }
  | {
      readonly ok: false;
      readonly errors: readonly QuizError[];
      readonly warnings: readonly QuizError[];
    };

/**
 * Parses and checks a quiz written in YAML or JSON (a string, or bytes that must be UTF-8).
 *
 * @example
 * const result = parseQuiz(text, { fileName: 'quizzes/basics.yaml', resolve });
 * if (!result.ok) console.error(result.errors.map(formatError).join('\n'));
 */
export function parseQuiz(source: string | Uint8Array, options: ParseOptions): ParseResult {
  const file = options.fileName ?? 'quiz.yaml';
  const fail = (line: number, column: number, message: string, path = ''): ParseResult => ({
    ok: false,
    errors: [{ severity: 'error', file, line, column, path, message }],
    warnings: [],
  });
  const size =
    typeof source === 'string' ? new TextEncoder().encode(source).byteLength : source.byteLength;
  if (size > QUIZ_LIMITS.fileBytes)
    return fail(
      1,
      1,
      `the file is ${size.toLocaleString('en')} bytes; a quiz file may be at most ${QUIZ_LIMITS.fileBytes.toLocaleString('en')} bytes (split it into smaller quizzes)`,
    );
  const decoded = decodeSource(source);
  if (!decoded.ok)
    return fail(
      decoded.line,
      decoded.column,
      `the file is not valid UTF-8 (byte ${decoded.byte}); save it with UTF-8 encoding`,
    );
  const lineCounter = new LineCounter();
  const document = parseDocument(decoded.text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const locator = new SourceLocator(document, lineCounter);
  if (document.errors.length === 0 && document.contents === null)
    return fail(1, 1, 'the file is empty; a quiz needs at least id, title and questions');
  // The YAML library reports a stack overflow on very deep nesting as a syntax error: name the limit.
  const overflow = document.errors.find((error) => /call stack/i.test(error.message));
  const deepAt =
    overflow?.pos[0] ?? (document.errors.length === 0 ? tooDeepAt(document) : undefined);
  if (deepAt !== undefined) {
    const { line, column } = locator.position(deepAt);
    return fail(line, column, DEPTH_MESSAGE);
  }
  if (document.errors.length > 0) {
    const errors = syntaxProblems(decoded.text, document.errors, lineCounter).map(
      (problem): QuizError => ({ severity: 'error', file, path: '', ...problem }),
    );
    return { ok: false, errors: errors.sort(byPosition), warnings: [] };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const alias = unresolvedAlias(document);
    if (alias) {
      const { line, column } = locator.position(alias.offset);
      return fail(
        line,
        column,
        `YAML: the alias '*${alias.name}' has no anchor '&${alias.name}' before it; define the anchor first`,
      );
    }
    const first = firstAlias(document);
    const { line, column } = locator.position(first?.offset ?? 0);
    const reason = error instanceof Error ? error.message : String(error);
    if (first && /alias count/i.test(reason))
      return fail(
        line,
        column,
        `YAML: the aliases ('*${first.name}' and others) repeat the text so many times that the quiz would grow too large to read; write the text out where it is needed instead of repeating it through aliases`,
      );
    return fail(line, column, `YAML: ${reason}`);
  }

  const errors: QuizError[] = [];
  const warnings: QuizError[] = [];
  const place = (
    path: DocumentPath,
    message: string,
    severity: 'error' | 'warning',
    part: 'key' | 'value',
  ) => {
    const { line, column } = locator.locate(path, part);
    const problem = { severity, file, line, column, path: formatPath(path), message };
    (severity === 'error' ? errors : warnings).push(problem);
  };
  const limits = limitProblems(data);
  if (limits.length > 0) {
    for (const problem of limits) place(problem.path, problem.message, 'error', 'value');
    return { ok: false, errors: errors.sort(byPosition), warnings: [] };
  }
  const parsed = quizDocumentSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) =>
      issueProblems(issue, data, quizDocumentSchema),
    );
    // A misspelt key is reported once, as unknown with a suggestion, not also as missing.
    const suggested = new Set(
      problems.map((p) => p.suggests && `${formatPath(p.path.slice(0, -1))}#${p.suggests}`),
    );
    for (const problem of problems)
      if (!problem.missing || !suggested.has(`${formatPath(problem.path)}#${problem.missing}`))
        place(problem.path, problem.message, 'error', problem.part ?? 'value');
    return { ok: false, errors: dedupe(errors).sort(byPosition), warnings: [] };
  }
  const report = (path: DocumentPath, message: string, severity: 'error' | 'warning' = 'error') =>
    place(path, message, severity, 'value');
  checkSemantics(parsed.data, report, (path) => locator.has(path));
  const resolved = checkReferences(parsed.data, options.resolve, report);
  if (errors.length > 0)
    return {
      ok: false,
      errors: dedupe(errors).sort(byPosition),
      warnings: warnings.sort(byPosition),
    };
  return { ok: true, quiz: buildQuiz(parsed.data, resolved), warnings: warnings.sort(byPosition) };
}

/** The first alias whose anchor is not defined before it. */
function unresolvedAlias(document: Document): { offset: number; name: string } | undefined {
  let found: { offset: number; name: string } | undefined;
  visit(document, {
    Alias(_, node) {
      if (!found && node.resolve(document) === undefined)
        found = { offset: node.range?.[0] ?? 0, name: node.source };
    },
  });
  return found;
}

/** The first alias in the document, where a refusal to expand aliases is reported. */
function firstAlias(document: Document): { offset: number; name: string } | undefined {
  let found: { offset: number; name: string } | undefined;
  visit(document, {
    Alias(_, node) {
      found ??= { offset: node.range?.[0] ?? 0, name: node.source };
    },
  });
  return found;
}

/** Drops repeated problems (the same message at the same place). */
function dedupe(errors: readonly QuizError[]): QuizError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.line}:${error.column}:${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
