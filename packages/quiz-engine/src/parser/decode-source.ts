/** Decoded source text, or where its bytes stop being UTF-8. */
export type DecodedSource =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly byte: number };

/** The length of the valid UTF-8 sequence starting at `i`, or 0 if it is invalid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i] ?? 0;
  if (first < 0x80) return 1;
  const [length, min, max] =
    first >= 0xc2 && first <= 0xdf
      ? [2, 0x80, 0xbf]
      : first === 0xe0
        ? [3, 0xa0, 0xbf]
        : first === 0xed
          ? [3, 0x80, 0x9f] // no UTF-16 surrogates
          : first >= 0xe1 && first <= 0xef
            ? [3, 0x80, 0xbf]
            : first === 0xf0
              ? [4, 0x90, 0xbf]
              : first >= 0xf1 && first <= 0xf3
                ? [4, 0x80, 0xbf]
                : first === 0xf4
                  ? [4, 0x80, 0x8f]
                  : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  const second = bytes[i + 1] ?? 0;
  if (second < min || second > max) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k] ?? 0;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/**
 * Decodes a file's bytes as UTF-8 (a leading byte order mark is dropped). Invalid bytes are
 * reported with their 1-based line and column (in characters) and 0-based byte offset.
 */
export function decodeSource(source: string | Uint8Array): DecodedSource {
  if (typeof source === 'string') return { ok: true, text: source.replace(/^\uFEFF/, '') };
  let line = 1;
  let column = 1;
  for (let i = 0; i < source.length; ) {
    const length = sequenceLength(source, i);
    if (length === 0) return { ok: false, line, column, byte: i };
    if (source[i] === 0x0a) {
      line++;
      column = 1;
    } else column += length === 4 ? 2 : 1;
    i += length;
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(source).replace(/^\uFEFF/, '') };
}
