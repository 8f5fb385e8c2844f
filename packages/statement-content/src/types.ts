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
