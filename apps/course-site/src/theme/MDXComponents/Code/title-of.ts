/** The `title="…"` of a fenced block's meta string, as the classic theme reads it. */
export function titleOf(metastring: unknown): string | undefined {
  if (typeof metastring !== 'string') return undefined;
  return /title=(?<quote>["'])(?<title>.*?)\k<quote>/.exec(metastring)?.groups?.title;
}
