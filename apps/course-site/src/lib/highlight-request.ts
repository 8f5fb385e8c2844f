const SENTENCE_ID = /^p[1-8]\.s[1-9]\d*$/;

/**
 * Reads which sentences a link asks the reader to highlight: the `highlight` query parameter
 * (comma-separated sentence ids, e.g. `?highlight=p3.s2,p3.s3`) and a sentence id in the hash
 * (`#p3.s2`). Returns the ids in order, without duplicates; malformed ids, and a hash that is
 * not valid percent-encoding (`#%`, `#%E0%A4%A`), are ignored.
 */
export function highlightRequest(search: string, hash: string): string[] {
  const ids: string[] = [];
  const fromQuery = new URLSearchParams(search).get('highlight') ?? '';
  const fromHash = decodedHash(hash.replace(/^#/, ''));
  for (const candidate of [...fromQuery.split(','), fromHash]) {
    const id = candidate.trim();
    if (SENTENCE_ID.test(id) && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The hash percent-decoded, or as it is when it is not valid percent-encoding. */
function decodedHash(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}
