/** A place in the source text, shaped like a W3C TextQuoteSelector; the engine treats it opaquely. */
export interface EvidenceAnchor {
  /** Paragraph id in the source, such as `p3`. */
  readonly paragraph: string;
  /** The exact words quoted. */
  readonly exact: string;
  /** Words just before `exact`, to make the match unique. */
  readonly prefix?: string;
  /** Words just after `exact`, to make the match unique. */
  readonly suffix?: string;
}
