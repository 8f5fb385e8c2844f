import { type LineCounter, Parser, type YAMLError } from 'yaml';
import { quizJsonSchema } from './quiz-json-schema';

/** A YAML syntax problem, at the line of the mistake, in an instructor's words. */
export interface SyntaxProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A mistake found in the text, and the lines whose parser errors it causes. */
interface Diagnosis extends SyntaxProblem {
  readonly from: number;
  readonly to: number;
}

/** Plain wording for the YAML errors no diagnosis below explains. */
const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'this key appears twice in the same mapping; keep one',
  TAB_AS_INDENT: 'tabs are not allowed for indentation in YAML; indent with spaces',
  MULTIPLE_DOCS: "the file holds more than one YAML document ('---'); put one quiz per file",
  BLOCK_AS_IMPLICIT_KEY:
    'a mapping is nested on the same line as its key; put it on the next line, indented',
  MISSING_CHAR: 'a quote or bracket opened earlier is never closed',
  BAD_INDENT: 'the indentation here does not match the lines around it',
  UNEXPECTED_TOKEN: 'unexpected character here',
};

/** Codes whose YAML library wording adds a useful detail to ours. */
const WITH_DETAIL = new Set(['MISSING_CHAR', 'BAD_INDENT', 'UNEXPECTED_TOKEN']);

function libraryMessage(error: YAMLError): string {
  // The library reports some misplaced lines as a missing character (a `-`, a `:`): those are
  // about structure, not about a quote or bracket left open.
  const code =
    error.code === 'MISSING_CHAR' && !/quote|flow|[\]}]/i.test(error.message)
      ? 'BAD_INDENT'
      : error.code;
  const known = YAML_MESSAGES[code];
  const detail = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  if (!known) return `YAML syntax: ${detail}`;
  return `YAML syntax: ${known}${WITH_DETAIL.has(code) ? ` (${detail})` : ''}`;
}

/**
 * Keys whose value is text an instructor writes (as opposed to a nested mapping), so that
 * `key: Words: more words` is read as text that needs quotes.
 */
const TEXT_KEYS = new Set([
  'title',
  'description',
  'prompt',
  'text',
  'correct',
  'partial',
  'incorrect',
  'explanation',
  'exact',
  'prefix',
  'suffix',
  'left',
  'right',
]);

let keys: Set<string> | undefined;

/** Every key of the quiz format, from its JSON Schema, to recognise a key written without ':'. */
function formatKeys(): Set<string> {
  if (keys) return keys;
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null)
      for (const [name, value] of Object.entries(node)) {
        if (name === 'properties' && typeof value === 'object' && value !== null)
          for (const key of Object.keys(value)) found.add(key);
        walk(value);
      }
  };
  walk(quizJsonSchema());
  keys = found;
  return found;
}

/** Characters that cannot start plain (unquoted) text in YAML. */
const INDICATORS = '*&![]{}|>%@`"\'';

/**
 * The text written in quotes as YAML reads it back unchanged: single quotes unless the text
 * has an apostrophe and no double quote or backslash.
 *
 * @example quoteText('Right: Singapore') // "'Right: Singapore'"
 */
export function quoteText(text: string): string {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"') && !text.includes('\\')) return `"${text}"`;
  return `'${text.replaceAll("'", "''")}'`;
}

interface Line {
  /** 1-based. */
  readonly number: number;
  readonly text: string;
  readonly indent: number;
  /** The text without indentation and trailing comment. */
  readonly content: string;
}

/** A line's content without a trailing `# comment` (outside quotes, roughly). */
function stripComment(content: string): string {
  if (content.startsWith('#')) return '';
  const at = content.search(/\s#/);
  return (at === -1 ? content : content.slice(0, at)).trimEnd();
}

function splitLines(text: string): Line[] {
  return text.split('\n').map((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const indent = line.length - line.replace(/^ +/, '').length;
    return { number: index + 1, text: line, indent, content: stripComment(line.slice(indent)) };
  });
}

/** `key: value` on a line (after any `- `), or undefined. */
function keyValue(content: string): { key: string; value: string; at: number } | undefined {
  const dashes = /^(?:- +)*/.exec(content)?.[0].length ?? 0;
  const match = /^([A-Za-z_$][\w$-]*):(?:[ \t]+(.*))?$/.exec(content.slice(dashes));
  if (!match?.[1]) return undefined;
  const value = match[2] ?? '';
  return { key: match[1], value, at: dashes + content.slice(dashes).length - value.length };
}

const isKeyLike = (content: string) => keyValue(content) !== undefined || /^- /.test(content);

interface CstToken {
  readonly type: string;
  readonly offset: number;
  /** Empty for collections, which keep their parts in `start`, `items` and `end`. */
  readonly source: string;
  readonly end?: unknown;
  readonly start?: unknown;
}

/** Walks the concrete syntax tree and calls `found` on each token, outermost first. */
function walkTokens(node: unknown, found: (token: CstToken) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walkTokens(item, found);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const token = node as Record<string, unknown>;
  if (typeof token.type === 'string' && typeof token.offset === 'number')
    found({
      ...token,
      type: token.type,
      offset: token.offset,
      source: typeof token.source === 'string' ? token.source : '',
    });
  for (const key of ['start', 'items', 'key', 'sep', 'value', 'end', 'props'])
    if (key in token) walkTokens(token[key], found);
}

/** A list or mapping in brackets whose closing bracket is missing. */
function unclosedBracket(
  token: CstToken,
  lineCounter: LineCounter,
  last: number,
): Diagnosis | undefined {
  if (token.type !== 'flow-collection') return undefined;
  const start = token.start as { source?: string } | undefined;
  const open = start?.source === '{' ? '{' : '[';
  const close = open === '{' ? '}' : ']';
  const ends = Array.isArray(token.end) ? (token.end as { type?: string }[]) : [];
  if (ends.some((end) => end.type === 'flow-seq-end' || end.type === 'flow-map-end'))
    return undefined;
  const { line, col } = lineCounter.linePos(token.offset);
  return {
    line,
    column: col,
    from: line,
    to: last,
    message: `YAML syntax: the ${open === '[' ? 'list' : 'mapping'} opened here with '${open}' is never closed; end it with '${close}' after its last ${open === '[' ? 'item' : 'entry'} (or, if this is text, put it in quotes)`,
  };
}

/**
 * A quoted text or bracket that is never closed, or a quote closed only after running over
 * what looks like keys.
 */
function unclosedQuote(
  text: string,
  lineCounter: LineCounter,
  lines: readonly Line[],
): Diagnosis | undefined {
  let found: Diagnosis | undefined;
  const last = lines.length;
  for (const document of new Parser().parse(text))
    walkTokens(document, (token) => {
      if (found) return;
      found = unclosedBracket(token, lineCounter, last);
      if (found) return;
      const quote =
        token.type === 'double-quoted-scalar'
          ? '"'
          : token.type === 'single-quoted-scalar'
            ? "'"
            : undefined;
      if (!quote) return;
      const closed =
        quote === '"'
          ? /^"(?:[^"\\]|\\[\s\S])*"$/.test(token.source)
          : /^'(?:[^']|'')*'$/.test(token.source);
      const { line, col } = lineCounter.linePos(token.offset);
      const mark = quote === '"' ? 'double quote (")' : "single quote (')";
      if (!closed) {
        found = {
          line,
          column: col,
          from: line,
          to: last,
          message: `YAML syntax: the ${mark} opened here is never closed, so the rest of the file is read as its text; add the closing ${quote} at the end of this text`,
        };
        return;
      }
      const inner = token.source.split('\n').slice(1);
      const runOn = inner.findIndex((part) => isKeyLike(part.trim()));
      if (runOn !== -1)
        found = {
          line,
          column: col,
          from: line,
          to: last,
          message: `YAML syntax: the ${mark} opened here is not closed on its line, so line ${line + runOn + 1} is read as part of its text; close the quote opened at line ${line} with ${quote} at the end of its text`,
        };
    });
  return found;
}

/** Lines indented with tabs: one problem for all of them. */
function tabIndents(lines: readonly Line[]): Diagnosis | undefined {
  const tabbed = lines.filter((line) => /^ *\t/.test(line.text) && line.text.trim() !== '');
  const first = tabbed[0];
  const lastTabbed = tabbed.at(-1);
  if (!first || !lastTabbed) return undefined;
  const which = tabbed.length === 1 ? 'the line' : `lines ${first.number} to ${lastTabbed.number}`;
  return {
    line: first.number,
    column: 1,
    from: first.number,
    to: lastTabbed.number + 1,
    message: `YAML syntax: this line is indented with a tab; YAML needs spaces: replace the ${tabbed.length === 1 ? 'tab' : 'tabs'} at the start of ${which} with spaces`,
  };
}

/** Matches a block scalar header at the end of a line (`key: >-`, `- |`). */
const BLOCK_HEADER = /(?:^|[:-]\s+)[|>][-+0-9]*$/;

/**
 * Lines that are not indentation-structured: inside block scalars, multi-line quotes and flow
 * collections (lists in brackets, mappings in braces).
 */
function freeLines(text: string, lineCounter: LineCounter, lines: readonly Line[]): Set<number> {
  const free = new Set<number>();
  for (const document of new Parser().parse(text))
    walkTokens(document, (token) => {
      if (!['double-quoted-scalar', 'single-quoted-scalar', 'flow-collection'].includes(token.type))
        return;
      const first = lineCounter.linePos(token.offset).line;
      const span = token.source.split('\n').length;
      for (let line = first + 1; line < first + span; line++) free.add(line);
    });
  // Flow collections keep their items outside `source`: mark the lines between brackets.
  let depth = 0;
  for (const line of lines) {
    if (depth > 0) free.add(line.number);
    for (const char of line.content.replace(/(["'])(?:(?!\1).)*\1/g, '')) {
      if (char === '[' || char === '{') depth++;
      else if ((char === ']' || char === '}') && depth > 0) depth--;
    }
  }
  for (let index = 0; index < lines.length; index++) {
    const header = lines[index];
    if (!header || !BLOCK_HEADER.test(header.content)) continue;
    for (let next = index + 1; next < lines.length; next++) {
      const line = lines[next];
      if (!line) break;
      if (line.content !== '' && line.indent <= header.indent) break;
      free.add(line.number);
    }
  }
  return free;
}

/** Text under a block scalar header (`>-`, `|`) that is not indented more than its key. */
function unindentedBlock(lines: readonly Line[]): Diagnosis | undefined {
  for (let index = 0; index < lines.length; index++) {
    const header = lines[index];
    if (!header || !BLOCK_HEADER.test(header.content)) continue;
    const next = lines.slice(index + 1).find((line) => line.content !== '');
    if (!next || next.indent > header.indent || isKeyLike(next.content)) continue;
    const key = keyValue(header.content)?.key;
    const owner = key ? `'${key}: ${header.content.split(/:\s+/).at(-1)}'` : 'the line above';
    const keyColumn =
      header.indent + (header.content.length - header.content.replace(/^(?:- +)*/, '').length);
    let end = next.number;
    for (const line of lines.slice(next.number))
      if (line.content !== '' && line.indent <= header.indent && !isKeyLike(line.content))
        end = line.number;
      else if (line.content !== '') break;
    return {
      line: next.number,
      column: next.indent + 1,
      from: header.number,
      to: end + 1,
      message: `YAML syntax: the text under ${owner} (line ${header.number}) must be indented more than '${key ?? 'its key'}'; indent it by ${keyColumn + 2} spaces`,
    };
  }
  return undefined;
}

/** The first line whose indentation matches none of the levels open around it. */
function misindented(lines: readonly Line[], free: ReadonlySet<number>): Diagnosis | undefined {
  const levels: { indent: number; line: Line }[] = [];
  /** The last line written at each indentation, to name in a message. */
  const lastAt = new Map<number, Line>();
  let previous: Line | undefined;
  for (const line of lines) {
    if (line.content === '' || free.has(line.number)) continue;
    const top = levels.at(-1);
    const opens =
      previous !== undefined && (/:$/.test(previous.content) || /^-$/.test(previous.content));
    let wrong: { expected: { indent: number; line: Line } } | undefined;
    if (!top || line.indent > top.indent) {
      if (top && !opens && previous && isKeyLike(line.content))
        wrong = { expected: levels.find((level) => level.indent === previous?.indent) ?? top };
      else if (top && !opens) {
        previous = line;
        continue; // the continuation of a text written over several lines
      }
    } else if (line.indent < top.indent) {
      // A list item lines up with the items of a list, a key with the keys of a mapping.
      const dash = line.content.startsWith('-');
      const alike = levels.filter((level) => level.line.content.startsWith('-') === dash);
      const closest = [...(alike.length > 0 ? alike : levels)].sort(
        (a, b) =>
          Math.abs(a.indent - line.indent) - Math.abs(b.indent - line.indent) ||
          b.indent - a.indent,
      )[0];
      while ((levels.at(-1)?.indent ?? -1) > line.indent) levels.pop();
      if ((levels.at(-1)?.indent ?? -1) !== line.indent && closest) wrong = { expected: closest };
    }
    if (wrong) {
      const { indent } = wrong.expected;
      const sibling = lastAt.get(indent) ?? wrong.expected.line;
      const key = keyValue(line.content)?.key;
      const siblingKey = keyValue(sibling.content.replace(/^(?:- +)*/, ''))?.key;
      const what = line.content.startsWith('-') ? 'this list item' : key ? `'${key}'` : 'this line';
      const target = sibling.content.startsWith('-')
        ? `the '-' on line ${sibling.number}`
        : siblingKey
          ? `'${siblingKey}' on line ${sibling.number}`
          : `line ${sibling.number}`;
      let to = lines.length;
      for (const later of lines.slice(line.number))
        if (later.content !== '' && !free.has(later.number) && later.indent < indent) {
          to = later.number - 1;
          break;
        }
      return {
        line: line.number,
        column: line.indent + 1,
        from: line.number - 1,
        to,
        message: `YAML syntax: ${what} is indented ${line.indent} ${line.indent === 1 ? 'space' : 'spaces'}, but the lines around it use ${indent}; indent it ${indent} spaces to line it up with ${target}`,
      };
    }
    if (!top || line.indent > top.indent || line.indent !== levels.at(-1)?.indent)
      levels.push({ indent: line.indent, line });
    lastAt.set(line.indent, line);
    const dashes = /^(?:- +)+/.exec(line.content)?.[0].length ?? 0;
    if (dashes > 0 && line.content.length > dashes) {
      const content = {
        ...line,
        indent: line.indent + dashes,
        content: line.content.slice(dashes),
      };
      levels.push({ indent: content.indent, line: content });
      lastAt.set(content.indent, content);
    }
    previous = line;
  }
  return undefined;
}

/** A comma missing between the entries of a list or mapping in brackets (JSON, mostly). */
function missingComma(line: Line, lines: readonly Line[]): SyntaxProblem {
  // The entry before is usually on the line above: the comma goes at its end.
  const before = lines
    .slice(0, line.number - 1)
    .reverse()
    .find((earlier) => earlier.content !== '');
  const at = before ?? line;
  return {
    line: at.number,
    column: at.indent + at.content.length + 1,
    message: `YAML syntax: a comma is missing between two entries; add ',' at the end of line ${at.number}`,
  };
}

/** A problem on one line: text that YAML reads as something else and must be quoted. */
function onLine(
  line: Line | undefined,
  error: YAMLError,
  lines: readonly Line[],
): SyntaxProblem | undefined {
  if (!line) return undefined;
  if (error.code === 'MISSING_CHAR' && error.message.startsWith('Missing ,'))
    return missingComma(line, lines);
  const pair = keyValue(line.content);
  if (!pair && (error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'MISSING_CHAR')) {
    const noSpace = /^([A-Za-z_][\w-]*):(\S.*)$/.exec(line.content);
    const noColon = /^([A-Za-z_][\w-]*)\s+(\S.*)$/.exec(line.content);
    const column = line.indent + 1;
    if (noSpace?.[1] && noSpace[2])
      return {
        line: line.number,
        column,
        message: `YAML syntax: a key needs a space after its ':'; write ${noSpace[1]}: ${noSpace[2]}`,
      };
    if (noColon?.[1] && noColon[2] && formatKeys().has(noColon[1]))
      return {
        line: line.number,
        column,
        message: `YAML syntax: '${noColon[1]}' needs a ':' after it; write ${noColon[1]}: ${noColon[2]}`,
      };
    if (!line.content.startsWith('-'))
      return {
        line: line.number,
        column,
        message: `YAML syntax: this line is neither 'key: value' nor a list item ('- …'); if it continues the text above, indent it more than that text's key, and if it starts a key, put ':' and a space after the key`,
      };
  }
  if (!pair) {
    const item = /^((?:- +)+)(.*)$/.exec(line.content);
    const value = item?.[2];
    if (item?.[1] && value && INDICATORS.includes(value[0] ?? ''))
      return {
        line: line.number,
        column: line.indent + item[1].length + 1,
        message: `YAML syntax: text that starts with '${value[0]}' must be in quotes, or YAML reads it as ${describeIndicator(value[0] ?? '')}; write - ${quoteText(value)}`,
      };
    return undefined;
  }
  const { key, value, at } = pair;
  const column = line.indent + at + 1;
  const first = value[0] ?? '';
  if (
    first &&
    INDICATORS.includes(first) &&
    !/^(?:\[.*\]|\{.*\}|[|>][-+0-9]*|&\S+|!\S+|\*\S+|"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')$/.test(value)
  )
    return {
      line: line.number,
      column,
      message: `YAML syntax: text that starts with '${first}' must be in quotes, or YAML reads it as ${describeIndicator(first)}; write ${key}: ${quoteText(value)}`,
    };
  const nested = /^([^'"\s][^:]*?):(?:\s|$)/.exec(value);
  if (
    nested &&
    (error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY')
  ) {
    const inner = nested[1] ?? '';
    if (!TEXT_KEYS.has(key) && /^[a-z][A-Za-z0-9-]*$/.test(inner))
      return {
        line: line.number,
        column,
        message: `YAML syntax: '${inner}:' starts a mapping nested on the same line as '${key}:'; put '${inner}: …' on the next line, indented under '${key}'`,
      };
    return {
      line: line.number,
      column,
      message: `YAML syntax: this text contains ': ', which YAML reads as a key and its value; put the text in quotes: ${key}: ${quoteText(value)}`,
    };
  }
  return undefined;
}

function describeIndicator(char: string): string {
  switch (char) {
    case '*':
      return 'an alias (a reference to an anchor)';
    case '&':
      return 'an anchor';
    case '!':
      return 'a tag';
    case '[':
    case ']':
      return 'a list';
    case '{':
    case '}':
      return 'a mapping';
    case '|':
    case '>':
      return 'a block of text on the following lines';
    case '"':
    case "'":
      return 'quoted text that ends at the next quote';
    default:
      return 'a reserved character';
  }
}

/**
 * Turns the YAML library's syntax errors into problems at the line of the mistake, in an
 * instructor's words, with the follow-on errors a mistake causes folded into it: an unclosed
 * quote is reported where it opened, tab indentation once, a misindented line at that line,
 * text that YAML reads as something else with the words to paste.
 */
export function syntaxProblems(
  text: string,
  errors: readonly YAMLError[],
  lineCounter: LineCounter,
): SyntaxProblem[] {
  const lines = splitLines(text);
  const free = freeLines(text, lineCounter, lines);
  const placed = errors.map((error) => ({ error, ...lineCounter.linePos(error.pos[0]) }));
  const diagnoses = [
    tabIndents(lines),
    unclosedQuote(text, lineCounter, lines),
    unindentedBlock(lines),
    misindented(lines, free),
  ].filter((diagnosis): diagnosis is Diagnosis => diagnosis !== undefined);
  const problems: SyntaxProblem[] = [];
  const used = new Set<Diagnosis>();
  const folded = new Set<number>();
  for (const { error, line, col } of placed) {
    if (error.code === 'DUPLICATE_KEY' || error.code === 'MULTIPLE_DOCS') {
      problems.push({ line, column: col, message: libraryMessage(error) });
      continue;
    }
    const diagnosis = diagnoses.find((d) => d.from <= line && line <= d.to);
    if (diagnosis) {
      used.add(diagnosis);
      continue;
    }
    // The line of the error, or the one before it (YAML often notices at the next token).
    const local =
      onLine(lines[line - 1], error, lines) ??
      (col === 1 ? onLine(lines[line - 2], error, lines) : undefined);
    if (local) {
      if (!folded.has(local.line)) problems.push(local);
      folded.add(local.line);
      continue;
    }
    if (folded.has(line)) continue;
    folded.add(line);
    problems.push({ line, column: col, message: libraryMessage(error) });
  }
  for (const diagnosis of used)
    problems.push({ line: diagnosis.line, column: diagnosis.column, message: diagnosis.message });
  return problems;
}
