import {
  annotationsIn,
  contextNotes,
  entities,
  glossary,
  isAfterMeeting,
  keyPoints,
  paragraphText,
  resolveAnchor,
  type Source,
  segmentParagraph,
  statement,
  type TextQuoteAnchor,
  timeline,
  validateAnnotations,
} from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';

// The content package checked through its public exports only, as the site and quizzes use it.

const anchored: readonly (readonly [string, readonly TextQuoteAnchor[]])[] = [
  ...glossary().map((term) => [`glossary term '${term.id}'`, term.anchors] as const),
  ...entities().map((item) => [`entity '${item.id}'`, item.anchors] as const),
  ...keyPoints().map((point) => [`key point '${point.id}'`, point.evidence] as const),
  ...contextNotes().map((note) => [`context note '${note.id}'`, note.anchors] as const),
];

const sourced: readonly (readonly [string, readonly Source[]])[] = [
  ...glossary().map((term) => [`glossary term '${term.id}'`, term.sources] as const),
  ...entities().map((item) => [`entity '${item.id}'`, item.sources] as const),
  ...contextNotes().map((note) => [`context note '${note.id}'`, note.sources] as const),
  ...timeline().map((event) => [`timeline event '${event.id}'`, event.sources] as const),
];

describe('statement content integrity', () => {
  it('reports no problem in any annotation', () => {
    expect(validateAnnotations()).toEqual([]);
  });

  it.each(anchored)('resolves every anchor of %s to exactly one place', (label, anchors) => {
    const places = anchors.map((anchor) => {
      const result = resolveAnchor(anchor);
      expect(result.ok, `${label}: ${result.ok ? '' : result.error.message}`).toBe(true);
      return result.ok ? `${result.value.paragraph}:${result.value.start}-${result.value.end}` : '';
    });

    // Two anchors of one annotation on the same words would be one place counted twice.
    expect(new Set(places).size, label).toBe(places.length);
  });

  it('covers every paragraph with the evidence of some key point', () => {
    const uncovered = statement.paragraphs
      .map((paragraph) => paragraph.id)
      .filter((id) => annotationsIn(id).keyPoints.length === 0);

    expect(uncovered).toEqual([]);
  });

  it('marks every context note after the meeting as later, and none before it', () => {
    for (const note of contextNotes()) {
      if (note.date === undefined) {
        expect(note.kind, note.id).toBe('background');
      } else {
        expect(note.kind === 'what-happened-next', note.id).toBe(isAfterMeeting(note.date));
      }
    }
  });

  it('marks every timeline event after June 3, 2023 as later, and none before', () => {
    for (const event of timeline()) {
      expect(event.later, event.id).toBe(event.date > statement.date);
    }
    expect(timeline().filter((event) => event.later).length).toBeGreaterThanOrEqual(6);
  });

  it('marks dated entities after the meeting as later, and none before', () => {
    for (const item of entities()) {
      if (item.date !== undefined)
        expect(item.later === true, item.id).toBe(item.date > statement.date);
    }
  });

  it.each(sourced)('gives %s sources with http(s) addresses or none', (label, sources) => {
    for (const source of sources) {
      expect(source.title.length, label).toBeGreaterThan(0);
      if (source.url !== undefined) expect(source.url, label).toMatch(/^https?:\/\/[^\s]+$/);
    }
  });

  it('cites at least one source for every fact-bearing note, event and entity', () => {
    const unsourced = [
      ...contextNotes().filter((note) => note.sources.length === 0),
      ...timeline().filter((event) => event.sources.length === 0),
      ...entities().filter((item) => item.sources.length === 0),
    ].map((item) => item.id);

    expect(unsourced).toEqual([]);
  });

  it('lets the reader rebuild every paragraph from its segments', () => {
    for (const paragraph of statement.paragraphs) {
      const rebuilt = segmentParagraph(paragraph.id)
        .map((segment) => segment.text)
        .join('');
      expect(rebuilt, paragraph.id).toBe(paragraphText(paragraph.id));
    }
  });
});
