import { readdirSync, readFileSync } from 'node:fs';
import {
  contextNotes,
  entities,
  glossary,
  isContextNoteId,
  isKeyPointId,
  isParagraphId,
  keyPoints,
  paragraphIds,
  paragraphText,
  statement,
} from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';

// The lessons are MDX files; these checks read them as text, the way an author writes them.
const docsDirectory = new URL('../../docs/', import.meta.url);
const lessons = readdirSync(docsDirectory)
  .filter((name) => /^\d\d-.+\.mdx$/.test(name))
  .sort()
  .map((name) => ({ name, source: readFileSync(new URL(name, docsDirectory), 'utf8') }));
const taughtLessons = lessons.filter(({ source }) => source.includes('<StatementExcerpt'));

/** The string ids a component is given in a lesson, e.g. `<KeyPointSummary ids={['a', 'b']} />`. */
function idsPassed(source: string, component: string, prop: string): string[] {
  const pattern = new RegExp(`<${component}\\s+${prop}=\\{\\[([^\\]]*)\\]\\}`, 'g');
  return [...source.matchAll(pattern)].flatMap((match) =>
    [...(match[1] ?? '').matchAll(/'([^']+)'/g)].map((id) => id[1] ?? ''),
  );
}

function frontMatter(source: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  return Object.fromEntries(
    block.split('\n').map((line) => {
      const at = line.indexOf(':');
      return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }),
  );
}

const sameApostrophes = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

// Words a lesson may quote: the statement and the course's own annotations of it, which carry
// the sources of every outside quotation.
const quotable = sameApostrophes(
  [
    ...paragraphIds.map((id) => paragraphText(id)),
    ...contextNotes().flatMap((note) => [note.body, ...note.sources.map((s) => s.title)]),
    ...glossary().map((term) => term.definition),
    ...entities().map((thing) => thing.description),
    ...statement.publications.map((publication) => publication.note ?? ''),
  ].join('\n'),
);

describe('the lessons', () => {
  it('show every paragraph of the statement, each in one lesson', () => {
    const shown = taughtLessons.flatMap(({ source }) =>
      idsPassed(source, 'StatementExcerpt', 'paragraphs'),
    );

    expect([...shown].sort()).toEqual([...paragraphIds].sort());
  });

  it('summarise every key point of the statement', () => {
    const summarised = new Set(
      lessons.flatMap(({ source }) => idsPassed(source, 'KeyPointSummary', 'ids')),
    );

    expect(keyPoints().filter((point) => !summarised.has(point.id))).toEqual([]);
  });

  it('pass components only ids the content package knows', () => {
    const unknown = lessons.flatMap(({ name, source }) => [
      ...idsPassed(source, 'StatementExcerpt', 'paragraphs')
        .filter((id) => !isParagraphId(id))
        .map((id) => `${name}: paragraph ${id}`),
      ...idsPassed(source, 'KeyPointSummary', 'ids')
        .filter((id) => !isKeyPointId(id))
        .map((id) => `${name}: key point ${id}`),
      ...idsPassed(source, 'LessonContextNotes', 'ids')
        .filter((id) => !isContextNoteId(id))
        .map((id) => `${name}: context note ${id}`),
    ]);

    expect(unknown).toEqual([]);
  });

  it('quote only words that the statement or its sourced annotations contain', () => {
    const misquoted = lessons.flatMap(({ name, source }) => {
      const prose = source.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ');
      return [...prose.matchAll(/“([^”]+)”/g)]
        .map((match) => sameApostrophes(match[1] ?? '').replace(/\.$/, ''))
        .filter((quote) => !quotable.includes(quote))
        .map((quote) => `${name}: “${quote}”`);
    });

    expect(misquoted).toEqual([]);
  });

  it('each have the sections of a lesson, in order', () => {
    const sections = [
      '## Learning objectives',
      '## The text',
      '## In plain words',
      '## Key points',
      '## Background and what happened next',
    ];
    const outOfOrder = taughtLessons.filter(({ source }) => {
      const places = sections.map((heading) => source.indexOf(`\n${heading}\n`));
      return places.some((place, index) => place === -1 || place < (places[index - 1] ?? 0));
    });

    expect(outOfOrder.map(({ name }) => name)).toEqual([]);
  });

  it('have a title, a description, a sidebar place and label, and a unique slug', () => {
    const matters = lessons.map(({ source }) => frontMatter(source));
    const slugs = matters.map((matter) => matter.slug);

    for (const matter of matters) {
      expect(matter.title).toBeTruthy();
      expect(matter.description).toBeTruthy();
      expect(matter.sidebar_label).toBeTruthy();
      expect(matter.sidebar_position).toMatch(/^\d+$/);
      expect(matter.slug).toMatch(/^\/[a-z0-9-]+$/);
    }
    expect(new Set(slugs).size).toBe(lessons.length);
  });

  it('never write a level-one heading: the title is the only one', () => {
    const withHeadingOne = lessons.filter(({ source }) => /^# /m.test(source));

    expect(withHeadingOne.map(({ name }) => name)).toEqual([]);
  });
});
