/** Id of a body paragraph, `p1` to `p8`. */
export type ParagraphId = 'p1' | 'p2' | 'p3' | 'p4' | 'p5' | 'p6' | 'p7' | 'p8';

/** Id of a sentence: its paragraph and its 1-based place, e.g. `p3.s2`. */
export type SentenceId = `${ParagraphId}.s${number}`;

/** One sentence of the body, exactly as published. */
export interface Sentence {
  readonly id: SentenceId;
  readonly text: string;
}

/** One body paragraph; its sentences joined by single spaces give the published paragraph. */
export interface Paragraph {
  readonly id: ParagraphId;
  /** 1-based position in the body. */
  readonly number: number;
  readonly sentences: readonly Sentence[];
}

/** A citation shown to the learner beside a fact that goes beyond the statement. */
export interface Source {
  readonly title: string;
  /** Omitted only where the citation names a document whose address was not checked. */
  readonly url?: string;
  readonly publisher?: string;
  /** ISO date of the source, where it has one. */
  readonly date?: string;
}

/** Where the statement was published. */
export interface Publication {
  readonly id: string;
  readonly publisher: string;
  readonly url: string;
  /** ISO date the page carries. */
  readonly date: string;
  readonly language: 'en' | 'ja';
  readonly note?: string;
  /** Links the page prints, by their labels (e.g. "In Japanese"). */
  readonly links?: readonly PublicationLink[];
}

/** A link printed on a publisher's page, kept by its label as printed. */
export interface PublicationLink {
  readonly label: string;
  readonly language: 'en' | 'ja';
  readonly format: 'html' | 'pdf';
  /** Omitted where the target address was not checked. */
  readonly url?: string;
}

/** A minister who took part, with the office the statement gives. */
export interface Participant {
  readonly id: string;
  /** The name as the statement writes it. */
  readonly name: string;
  readonly office: string;
  readonly state: 'united-states' | 'japan' | 'republic-of-korea';
  /** Entity id of the same person. */
  readonly entityId: string;
}

/** The statement with its provenance. */
export interface Statement {
  readonly id: string;
  readonly title: string;
  /** ISO date, 2023-06-03. */
  readonly date: string;
  /** The date as the source prints it. */
  readonly dateText: string;
  readonly place: string;
  readonly participants: readonly Participant[];
  readonly publications: readonly Publication[];
  readonly paragraphs: readonly Paragraph[];
}

/**
 * A place in the body, in the manner of the W3C Web Annotation TextQuoteSelector:
 * the exact words, optionally with text just before (`prefix`) or after (`suffix`) them
 * to make the match unique.
 */
export interface TextQuoteAnchor {
  readonly paragraph: ParagraphId;
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

/** An anchor resolved to offsets in its paragraph's text. */
export interface ResolvedAnchor {
  readonly paragraph: ParagraphId;
  /** Offset of the first character, in UTF-16 code units of the paragraph text. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  readonly exact: string;
  /** Every sentence the range touches, in order. */
  readonly sentenceIds: readonly SentenceId[];
}

/** A term of the statement explained in plain language. */
export interface GlossaryTerm {
  readonly id: string;
  readonly term: string;
  readonly aliases: readonly string[];
  readonly definition: string;
  /** Required where the definition states facts beyond the statement. */
  readonly sources: readonly Source[];
  /** Every place the statement uses the term (at least one). */
  readonly anchors: readonly TextQuoteAnchor[];
}

/** Kinds of named things the statement mentions. */
export type EntityKind = 'person' | 'state' | 'organisation' | 'agreement' | 'event';

/** A person, state, organisation, agreement or dated event the statement names. */
export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly description: string;
  /** ISO date (or YYYY-MM / YYYY) for events and agreements. */
  readonly date?: string;
  /** True for events after the meeting of June 3, 2023. */
  readonly later?: boolean;
  readonly sources: readonly Source[];
  /** Places in the statement that name it; empty only for later events. */
  readonly anchors: readonly TextQuoteAnchor[];
}

/** One of the statement's main commitments. */
export interface KeyPoint {
  readonly id: string;
  /** Its place among the key points, from 1, in the order the statement makes them. */
  readonly number: number;
  readonly title: string;
  readonly summary: string;
  readonly evidence: readonly TextQuoteAnchor[];
}

/** Background to a passage, or what happened after the meeting. */
export interface ContextNote {
  readonly id: string;
  readonly kind: 'background' | 'what-happened-next';
  readonly title: string;
  readonly body: string;
  /** ISO date of the event the note is about, where it has one. */
  readonly date?: string;
  readonly sources: readonly Source[];
  readonly anchors: readonly TextQuoteAnchor[];
}

/** A dated event for the timeline. */
export interface TimelineEvent {
  readonly id: string;
  /** ISO date, sortable. */
  readonly date: string;
  readonly title: string;
  readonly description: string;
  /** True for events after the meeting. */
  readonly later: boolean;
  readonly sources: readonly Source[];
  readonly entityId?: string;
}

/** A value or an error, never both: the shape every fallible query returns. */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Why an anchor failed to resolve. */
export type AnchorErrorKind = 'unknown-paragraph' | 'empty-exact' | 'no-match' | 'ambiguous';

/** An anchor that does not resolve to exactly one place, with a sentence a person can act on. */
export interface AnchorError {
  readonly kind: AnchorErrorKind;
  readonly anchor: TextQuoteAnchor;
  /** How many places matched (0 or more than 1). */
  readonly matches: number;
  readonly message: string;
}

/** The outcome of resolving an anchor. */
export type AnchorResult = Result<ResolvedAnchor, AnchorError>;

/** The annotation kinds, as named in error messages and references. */
export type AnnotationKind = 'glossary' | 'entity' | 'key-point' | 'context-note' | 'timeline';

/** A problem found in the annotation data, naming the annotation it belongs to. */
export interface AnnotationProblem {
  readonly kind: AnnotationKind;
  readonly id: string;
  readonly message: string;
}

/** An annotation together with the places it covers in one paragraph. */
export interface Anchored<T> {
  readonly annotation: T;
  readonly ranges: readonly ResolvedAnchor[];
}

/** Everything that touches one paragraph, each kind in data order. */
export interface ParagraphAnnotations {
  readonly paragraph: ParagraphId;
  readonly glossary: readonly Anchored<GlossaryTerm>[];
  readonly entities: readonly Anchored<Entity>[];
  readonly contextNotes: readonly Anchored<ContextNote>[];
  readonly keyPoints: readonly Anchored<KeyPoint>[];
}

/**
 * A piece of a paragraph for the reader: it lies within one sentence, is covered by the same
 * key points throughout, and carries at most one clickable annotation.
 */
export interface Segment {
  readonly paragraph: ParagraphId;
  readonly sentenceId: SentenceId;
  /** Offsets in the paragraph text, in UTF-16 code units. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Key points whose evidence covers this segment, in key point order. */
  readonly keyPointIds: readonly string[];
  /** The glossary term this segment links to, if any (never together with `entityId`). */
  readonly termId?: string;
  /** The entity this segment links to, if any (never together with `termId`). */
  readonly entityId?: string;
}
