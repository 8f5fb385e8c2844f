/** A piece of a fill-in-the-blank text: Markdown text, or the place of a blank. */
export type BlankSegment =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'blank'; readonly id: string };

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** Splits a fill-in-the-blank text at its `{{blank-id}}` placeholders. */
export function blankSegments(text: string): BlankSegment[] {
  const segments: BlankSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ type: 'text', text: text.slice(last, match.index) });
    segments.push({ type: 'blank', id: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ type: 'text', text: text.slice(last) });
  return segments;
}
