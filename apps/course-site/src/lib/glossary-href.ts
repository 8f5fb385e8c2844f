import { glossaryTerm } from '@tmm/statement-content';

/** What a glossary link points at: a glossary term or a named entity. */
export type GlossaryRef = { readonly termId: string } | { readonly entityId: string };

/**
 * The element id of a term or name on the glossary page. Terms keep their own id
 * (`/glossary#dprk`); a name whose id is also a term's gets a `name-` prefix so both can be linked.
 */
export function glossaryAnchor(ref: GlossaryRef): string {
  if ('termId' in ref) return ref.termId;
  return glossaryTerm(ref.entityId) === undefined ? ref.entityId : `name-${ref.entityId}`;
}

/** The glossary page link for a term or name, e.g. `/glossary#dprk`. */
export function glossaryHref(ref: GlossaryRef): string {
  return `/glossary#${glossaryAnchor(ref)}`;
}
