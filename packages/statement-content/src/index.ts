/** @tmm/statement-content: the June 3, 2023 TMM joint press statement, its annotations and pure queries. */

export {
  describeAnchor,
  resolveAnchor,
  sentenceAnchor,
  sentenceIdsOf,
  sentencesCovered,
} from './anchor';
export type { AnnotationSet } from './annotations';
export { courseAnnotations } from './annotations';
export type { DatePrecision } from './dates';
export { datePrecision, formatDate, isAfterMeeting, isIsoDate } from './dates';
export type { LetterGroup } from './queries';
export {
  annotationsIn,
  contextNote,
  contextNoteHeading,
  contextNotes,
  entities,
  entity,
  glossary,
  glossaryTerm,
  isContextNoteId,
  isEntityId,
  isGlossaryId,
  isKeyPointId,
  keyPoint,
  keyPoints,
  termsByFirstLetter,
  timeline,
} from './queries';
export { segmentParagraph } from './segment';
export { statement } from './statement';
export type { SentenceSpan } from './text';
export {
  allSentenceIds,
  getParagraph,
  getSentence,
  isParagraphId,
  isSentenceId,
  paragraphIds,
  paragraphOf,
  paragraphText,
  sentenceSpans,
} from './text';
export type {
  AnchorError,
  AnchorErrorKind,
  Anchored,
  AnchorResult,
  AnnotationKind,
  AnnotationProblem,
  ContextNote,
  Entity,
  EntityKind,
  GlossaryTerm,
  KeyPoint,
  Paragraph,
  ParagraphAnnotations,
  ParagraphId,
  Participant,
  Publication,
  PublicationLink,
  ResolvedAnchor,
  Result,
  Segment,
  Sentence,
  SentenceId,
  Source,
  Statement,
  TextQuoteAnchor,
  TimelineEvent,
} from './types';
export { isKebabCaseId, validateAnnotations } from './validate';
