import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { glossary, keyPoints } from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';

/** The format reference, written as Markdown so that it reads in an editor as on the site. */
const reference = await readFile(
  join(import.meta.dirname, '..', '..', 'instructors', 'format-reference.mdx'),
  'utf8',
);

/** The rows of the table under a `##` heading, as [id, name]. */
function tableUnder(heading: string): [string, string][] {
  const section = reference.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return section.split('\n').flatMap((line) => {
    const row = /^\| `([^`]+)` +\| (.+?) +\|$/.exec(line);
    return row?.[1] && row[2] ? [[row[1], row[2]] as [string, string]] : [];
  });
}

describe('the format reference', () => {
  it('lists every key point id with its title, in the content order', () => {
    expect(tableUnder('Key point ids')).toEqual(
      keyPoints().map((point) => [point.id, point.title]),
    );
  });

  it('lists every glossary id with its term, in the content order', () => {
    expect(tableUnder('Glossary ids')).toEqual(glossary().map((term) => [term.id, term.term]));
  });
});
