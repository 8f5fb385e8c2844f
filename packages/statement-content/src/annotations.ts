import { contextNoteData } from './context-notes';
import { entityData } from './entities';
import { glossaryData } from './glossary';
import { keyPointData } from './key-points';
import { timelineData } from './timeline';
import type { ContextNote, Entity, GlossaryTerm, KeyPoint, TimelineEvent } from './types';

/** Every kind of annotation data together: what validation and the queries work on. */
export interface AnnotationSet {
  readonly glossary: readonly GlossaryTerm[];
  readonly entities: readonly Entity[];
  readonly keyPoints: readonly KeyPoint[];
  readonly contextNotes: readonly ContextNote[];
  readonly timeline: readonly TimelineEvent[];
}

/** The course's annotations of the statement. */
export const courseAnnotations: AnnotationSet = {
  glossary: glossaryData,
  entities: entityData,
  keyPoints: keyPointData,
  contextNotes: contextNoteData,
  timeline: timelineData,
};
