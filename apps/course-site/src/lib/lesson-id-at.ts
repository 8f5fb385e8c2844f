/**
 * The lesson a link points to, given the lessons' base path: lessons are keyed to their slug,
 * the one path segment after the base (`/lessons/the-meeting#key-points` → `the-meeting`).
 * Undefined for the base itself, deeper paths and anything outside it.
 */
export function lessonIdAt(href: string, basePath: string): string | undefined {
  const path = href.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const base = basePath.replace(/\/+$/, '');
  if (!path.startsWith(`${base}/`)) return undefined;
  const rest = path.slice(base.length + 1);
  return rest === '' || rest.includes('/') ? undefined : rest;
}
