/**
 * The glossary page's filter: which entries a typed query keeps. Every word of the query must
 * appear in the entry's words (its name, other names and definition), ignoring case, accents
 * and the kind of apostrophe or dash, so "Lee Jong-sup", "lee jong sup" and "jong" all find
 * Lee Jong-Sup, and "DPRK’s" finds "DPRK's".
 */

/** Text folded for matching: lower case, no accents, one kind of apostrophe, dashes as spaces. */
export function foldForFilter(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\s\-\u2010-\u2015]+/g, ' ')
    .trim();
}

/** The words of a query, folded; an empty list keeps every entry. */
export function queryWords(query: string): string[] {
  const folded = foldForFilter(query);
  return folded === '' ? [] : folded.split(' ');
}

/** Whether an entry whose texts are `texts` matches every word of the query. */
export function entryMatches(texts: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldForFilter(texts.join(' '));
  return words.every((word) => haystack.includes(word));
}

/** What the filter's status line says: how many entries of how many the query keeps. */
export function filterStatus(query: string, shown: number, total: number): string {
  if (queryWords(query).length === 0) return `All ${total} entries.`;
  const quoted = `“${query.trim()}”`;
  if (shown === 0) return `No entry matches ${quoted}.`;
  return `${shown} of ${total} ${total === 1 ? 'entry' : 'entries'} ${shown === 1 ? 'matches' : 'match'} ${quoted}.`;
}
