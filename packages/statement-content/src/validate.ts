import { resolveAnchor } from './anchor';
import type { AnnotationSet } from './annotations';
import { courseAnnotations } from './annotations';
import { isAfterMeeting, isIsoDate } from './dates';
import { statement } from './statement';
import type { AnnotationKind, AnnotationProblem, Source, TextQuoteAnchor } from './types';

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a stable id: lowercase letters and digits in words joined by single hyphens. */
export function isKebabCaseId(value: string): boolean {
  return kebabCase.test(value);
}

const kindLabels: Record<AnnotationKind, string> = {
  glossary: 'glossary term',
  entity: 'entity',
  'key-point': 'key point',
  'context-note': 'context note',
  timeline: 'timeline event',
};

interface Checked {
  readonly id: string;
  readonly anchors: readonly TextQuoteAnchor[];
  readonly sources: readonly Source[];
  /** Whether an empty `anchors` is an error. */
  readonly needsAnchors: boolean;
  /** Whether an empty `sources` is an error. */
  readonly needsSources: boolean;
  readonly date?: string;
  /** Whether the data marks it as happening after the meeting. */
  readonly later?: boolean;
}

function checkAll(kind: AnnotationKind, items: readonly Checked[]): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  const report = (id: string, message: string) =>
    problems.push({ kind, id, message: `${kindLabels[kind]} '${id}': ${message}` });
  const seen = new Set<string>();
  for (const item of items) {
    if (!isKebabCaseId(item.id)) report(item.id, 'id must be kebab-case (e.g. "missile-defense")');
    if (seen.has(item.id)) report(item.id, `id is used twice among ${kindLabels[kind]}s`);
    seen.add(item.id);
    if (item.needsAnchors && item.anchors.length === 0) report(item.id, 'has no anchor');
    for (const anchor of item.anchors) {
      const resolved = resolveAnchor(anchor);
      if (!resolved.ok) report(item.id, resolved.error.message);
    }
    if (item.needsSources && item.sources.length === 0) report(item.id, 'cites no source');
    for (const source of item.sources) {
      if (source.url !== undefined && !/^https?:\/\/\S+$/.test(source.url)) {
        report(item.id, `source '${source.title}' has a url that is not http(s): ${source.url}`);
      }
      if (source.date !== undefined && !isIsoDate(source.date)) {
        report(item.id, `source '${source.title}' has a date that is not ISO: ${source.date}`);
      }
    }
    if (item.date !== undefined) {
      if (!isIsoDate(item.date))
        report(item.id, `date '${item.date}' is not YYYY, YYYY-MM or YYYY-MM-DD`);
      else if (item.later !== undefined && item.later !== isAfterMeeting(item.date)) {
        report(
          item.id,
          item.later
            ? `is marked later but its date ${item.date} is not after the meeting (${statement.date})`
            : `date ${item.date} is after the meeting (${statement.date}); mark it as later`,
        );
      }
    }
  }
  return problems;
}

/**
 * Checks every annotation: kebab-case ids unique within each kind, every anchor resolving to
 * exactly one place, sources where facts need them, and "later" matching the date. Returns the
 * problems found, each naming its annotation; an empty list means the data is sound.
 * @example validateAnnotations() // []
 */
export function validateAnnotations(
  annotations: AnnotationSet = courseAnnotations,
): readonly AnnotationProblem[] {
  const entityIds = new Set(annotations.entities.map((entity) => entity.id));
  const crossReferences: AnnotationProblem[] = [
    ...annotations.timeline
      .filter((event) => event.entityId !== undefined && !entityIds.has(event.entityId))
      .map((event) => ({
        kind: 'timeline' as const,
        id: event.id,
        message: `timeline event '${event.id}': names entity '${event.entityId}', which does not exist`,
      })),
    ...statement.participants
      .filter((participant) => !entityIds.has(participant.entityId))
      .map((participant) => ({
        kind: 'entity' as const,
        id: participant.entityId,
        message: `entity '${participant.entityId}': participant ${participant.name} needs an entity with this id`,
      })),
  ];
  return [
    ...checkAll(
      'glossary',
      annotations.glossary.map((term) => ({
        ...term,
        needsAnchors: true,
        // A definition that gives a year states facts beyond the statement, so it must cite.
        needsSources: /\b\d{4}\b/.test(term.definition),
      })),
    ),
    ...checkAll(
      'entity',
      annotations.entities.map((entity) => ({
        ...entity,
        needsAnchors: entity.later !== true,
        needsSources: true,
        later: entity.later === true,
      })),
    ),
    ...checkAll(
      'key-point',
      annotations.keyPoints.map((point) => ({
        id: point.id,
        anchors: point.evidence,
        sources: [],
        needsAnchors: true,
        needsSources: false,
      })),
    ),
    ...checkAll(
      'context-note',
      annotations.contextNotes.map((note) => ({
        ...note,
        needsAnchors: true,
        needsSources: true,
        ...(note.date === undefined ? {} : { later: note.kind === 'what-happened-next' }),
      })),
    ),
    ...checkAll(
      'timeline',
      annotations.timeline.map((event) => ({
        ...event,
        anchors: [],
        needsAnchors: false,
        needsSources: true,
      })),
    ),
    ...crossReferences,
  ];
}
