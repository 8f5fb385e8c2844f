import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * Where the value at `path` is written in a YAML text (keys and 0-based indexes), or
 * undefined when the text does not spell it out.
 * @example yamlPosition('id: a\ntitle: b\n', ['title']) // { line: 2, column: 8 }
 */
export function yamlPosition(
  text: string,
  path: readonly (string | number)[],
): Position | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  let node: Node | null = document.contents;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      node = (pair?.value as Node | null | undefined) ?? null;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = (node.items[segment] as Node | undefined) ?? null;
    } else node = null;
    if (node === null) return undefined;
  }
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
