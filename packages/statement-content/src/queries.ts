import { resolveAnchor } from './anchor';
import { courseAnnotations } from './annotations';
import type {
  Anchored,
  ContextNote,
  Entity,
  GlossaryTerm,
  KeyPoint,
  ParagraphAnnotations,
  ParagraphId,
  TextQuoteAnchor,
  TimelineEvent,
} from './types';

const {
  glossary: terms,
  entities: things,
  keyPoints: points,
  contextNotes: notes,
} = courseAnnotations;

function byId<T extends { readonly id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const termsById = byId(terms);
const entitiesById = byId(things);
const keyPointsById = byId(points);
const notesById = byId(notes);

/** Every glossary term, in data order. */
export function glossary(): readonly GlossaryTerm[] {
  return terms;
}

/** The glossary term with this id, or undefined. */
export function glossaryTerm(id: string): GlossaryTerm | undefined {
  return termsById.get(id);
}

/** True when `id` names a glossary term (for checking quiz references). */
export function isGlossaryId(id: string): boolean {
  return termsById.has(id);
}

/** A group of the glossary under one initial letter. */
export interface LetterGroup {
  /** Upper-case initial, or `#` for terms that start with a digit or a sign. */
  readonly letter: string;
  readonly terms: readonly GlossaryTerm[];
}

const compareText = (a: string, b: string) =>
  a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * The glossary grouped by first letter, ignoring case: groups A to Z (with `#` first for
 * terms that do not start with a letter), each sorted alphabetically by term.
 */
export function termsByFirstLetter(): readonly LetterGroup[] {
  const groups = new Map<string, GlossaryTerm[]>();
  const sorted = [...terms].sort((a, b) => compareText(a.term, b.term));
  for (const term of sorted) {
    const initial = term.term.charAt(0).toUpperCase();
    const letter = /^[A-Z]$/.test(initial) ? initial : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === '#' ? -1 : b === '#' ? 1 : a < b ? -1 : 1))
    .map(([letter, group]) => ({ letter, terms: group }));
}

/** Every entity, in data order. */
export function entities(): readonly Entity[] {
  return things;
}

/** The entity with this id, or undefined. */
export function entity(id: string): Entity | undefined {
  return entitiesById.get(id);
}

/** True when `id` names an entity. */
export function isEntityId(id: string): boolean {
  return entitiesById.has(id);
}

/** Every key point, in the order the statement makes them. */
export function keyPoints(): readonly KeyPoint[] {
  return points;
}

/** The key point with this id, or undefined. */
export function keyPoint(id: string): KeyPoint | undefined {
  return keyPointsById.get(id);
}

/** True when `id` names a key point (for checking quiz references). */
export function isKeyPointId(id: string): boolean {
  return keyPointsById.has(id);
}

/** Every context note, in data order. */
export function contextNotes(): readonly ContextNote[] {
  return notes;
}

/** The context note with this id, or undefined. */
export function contextNote(id: string): ContextNote | undefined {
  return notesById.get(id);
}

/** True when `id` names a context note. */
export function isContextNoteId(id: string): boolean {
  return notesById.has(id);
}

/** The heading a reader shows for a note: "Later:" before notes on events after the meeting. */
export function contextNoteHeading(note: ContextNote): string {
  return note.kind === 'what-happened-next' ? `Later: ${note.title}` : note.title;
}

/** Timeline events sorted by date (then id, so equal dates keep a fixed order). */
export function timeline(): readonly TimelineEvent[] {
  return [...courseAnnotations.timeline].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

function anchoredIn<T>(
  paragraph: ParagraphId,
  items: readonly T[],
  anchorsOf: (item: T) => readonly TextQuoteAnchor[],
): Anchored<T>[] {
  return items.flatMap((annotation) => {
    const ranges = anchorsOf(annotation)
      .filter((anchor) => anchor.paragraph === paragraph)
      .flatMap((anchor) => {
        const resolved = resolveAnchor(anchor);
        return resolved.ok ? [resolved.value] : [];
      })
      .sort((a, b) => a.start - b.start);
    return ranges.length === 0 ? [] : [{ annotation, ranges }];
  });
}

/**
 * Every glossary term, entity, context note and key point that touches a paragraph, each
 * with its resolved ranges there (sorted by offset), including those that lose a link overlap
 * in `segmentParagraph`.
 */
export function annotationsIn(paragraph: ParagraphId): ParagraphAnnotations {
  return {
    paragraph,
    glossary: anchoredIn(paragraph, terms, (term) => term.anchors),
    entities: anchoredIn(paragraph, things, (thing) => thing.anchors),
    contextNotes: anchoredIn(paragraph, notes, (note) => note.anchors),
    keyPoints: anchoredIn(paragraph, points, (point) => point.evidence),
  };
}
