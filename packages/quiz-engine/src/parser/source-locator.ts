import {
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';

/** A document path: keys and 0-based indexes. */
export type DocumentPath = readonly (string | number)[];

/** A 1-based position in the source. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Finds where a document path is written, using the source ranges the YAML parser keeps. */
export class SourceLocator {
  constructor(
    private readonly document: Document,
    private readonly lineCounter: LineCounter,
  ) {}

  /**
   * A locator for a YAML (or JSON) text on its own, to place a problem found after parsing.
   *
   * @example SourceLocator.fromText('id: a\ntitle: b\n').locate(['title']) // { line: 2, column: 8 }
   */
  static fromText(text: string): SourceLocator {
    const lineCounter = new LineCounter();
    return new SourceLocator(parseDocument(text, { lineCounter }), lineCounter);
  }

  /** The position of an offset in the source text. */
  position(offset: number): SourcePosition {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  /**
   * The position of the value at `path`, or of its key when `part` is `key`. A path that is
   * not in the document falls back to its nearest written ancestor.
   */
  locate(path: DocumentPath, part: 'value' | 'key' = 'value'): SourcePosition {
    let node: Node | null | undefined = this.resolve(this.document.contents);
    let key: Node | undefined;
    for (const segment of path) {
      const found = this.child(node, segment);
      if (!found) break;
      key = found.key;
      // `key:` with nothing after it has a null value: point at the key.
      node = found.value ?? undefined;
      if (!node) break;
    }
    const target = part === 'key' && key ? key : (node ?? key);
    return this.position(target?.range?.[0] ?? 0);
  }

  /** Whether the document spells out `path` (as opposed to a default filling it in). */
  has(path: DocumentPath): boolean {
    let node: Node | null | undefined = this.resolve(this.document.contents);
    for (const segment of path) {
      const found = this.child(node, segment);
      if (!found) return false;
      node = found.value;
    }
    return true;
  }

  private child(
    node: Node | null | undefined,
    segment: string | number,
  ): { key?: Node; value: Node | null } | undefined {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return undefined;
      const key = isScalar(pair.key) ? pair.key : undefined;
      const value = this.resolve((pair.value as Node | null) ?? null);
      return key ? { key, value } : { value };
    }
    if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      return item === undefined ? undefined : { value: this.resolve(item) };
    }
    return undefined;
  }

  private resolve(node: Node | null): Node | null {
    return isAlias(node) ? ((node.resolve(this.document) as Node | undefined) ?? node) : node;
  }
}
