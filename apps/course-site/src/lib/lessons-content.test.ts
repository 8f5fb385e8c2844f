import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
import { courseLayout } from '../../plugins/quizzes/course-layout';
import { readLessons } from '../../plugins/quizzes/lessons';

// The lessons as the build reads them (front matter, and the ids passed to components, from the
// MDX tree), and their prose as the author wrote it.
const siteDir = fileURLToPath(new URL('../..', import.meta.url));
const lessons = (await readLessons(courseLayout(siteDir))).lessons.map((lesson) => ({
  ...lesson,
  name: lesson.path.split('/').at(-1) ?? lesson.path,
  source: readFileSync(lesson.path, 'utf8'),
}));
const taughtLessons = lessons.filter((lesson) => lesson.teaches);

/** The ids a lesson passes to a component, e.g. `<KeyPointSummary ids={['a', 'b']} />`. */
function idsPassed(lesson: (typeof lessons)[number], component: string, prop: string): string[] {
  return [...(lesson.page.idLists[`${component}.${prop}`] ?? [])];
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
    const shown = taughtLessons.flatMap((lesson) =>
      idsPassed(lesson, 'StatementExcerpt', 'paragraphs'),
    );

    expect([...shown].sort()).toEqual([...paragraphIds].sort());
  });

  it('summarise every key point of the statement', () => {
    const summarised = new Set(
      lessons.flatMap((lesson) => idsPassed(lesson, 'KeyPointSummary', 'ids')),
    );

    expect(keyPoints().filter((point) => !summarised.has(point.id))).toEqual([]);
  });

  it('pass components only ids the content package knows', () => {
    const unknown = lessons.flatMap((lesson) => [
      ...idsPassed(lesson, 'StatementExcerpt', 'paragraphs')
        .filter((id) => !isParagraphId(id))
        .map((id) => `${lesson.name}: paragraph ${id}`),
      ...idsPassed(lesson, 'KeyPointSummary', 'ids')
        .filter((id) => !isKeyPointId(id))
        .map((id) => `${lesson.name}: key point ${id}`),
      ...idsPassed(lesson, 'LessonContextNotes', 'ids')
        .filter((id) => !isContextNoteId(id))
        .map((id) => `${lesson.name}: context note ${id}`),
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
    for (const { page } of lessons) {
      expect(page.title).toBeTruthy();
      expect(page.description).toBeTruthy();
      expect(page.sidebarLabel).toBeTruthy();
      expect(Number.isInteger(page.sidebarPosition)).toBe(true);
      expect(page.slug).toMatch(/^\/[a-z0-9-]+$/);
    }
    expect(new Set(lessons.map((lesson) => lesson.id)).size).toBe(lessons.length);
  });

  it('teach with the statement’s text and a summary of its key points, unless an assessment', () => {
    const shape = lessons.map((lesson) => [
      lesson.id,
      lesson.teaches,
      idsPassed(lesson, 'StatementExcerpt', 'paragraphs').length > 0,
      idsPassed(lesson, 'KeyPointSummary', 'ids').length > 0,
    ]);

    expect(
      shape.filter(([, teaches, excerpt, summary]) => teaches !== excerpt || teaches !== summary),
    ).toEqual([]);
    expect(taughtLessons).toHaveLength(7);
  });

  it('never write a level-one heading: the title is the only one', () => {
    const withHeadingOne = lessons.filter(({ source }) => /^# /m.test(source));

    expect(withHeadingOne.map(({ name }) => name)).toEqual([]);
  });
});
