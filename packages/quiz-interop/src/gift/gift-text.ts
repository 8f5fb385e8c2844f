/** Characters GIFT gives a meaning to, escaped with a backslash in any text. */
const SPECIAL = /[\\~=#{}:]/g;

/**
 * A text field as GIFT text: one line (the inline Markdown of a quiz reads a line break as a
 * space, and a blank line would end the question), its special characters escaped; trimmed
 * unless it is a piece of a text (next to a blank).
 * @example giftText('1+1=2: {yes}') // '1+1\\=2\\: \\{yes\\}'
 */
export function giftText(text: string, { trim = true } = {}): string {
  const line = text.replace(/\s*\n\s*/g, ' ');
  return (trim ? line.trim() : line).replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * A GIFT answer weight for a fraction of the marks, as Moodle writes its grade options:
 * a percentage with at most five decimals (1/3 → `33.33333`).
 */
export function giftWeight(fraction: number): string {
  return String(Math.round(fraction * 100 * 100000) / 100000);
}
