import { entity, glossaryTerm } from '@tmm/statement-content';
import { describe, expect, it } from 'vitest';
import { glossaryAnchor, glossaryHref } from './glossary-href';

describe('glossaryHref', () => {
  it('links a glossary term by its own id', () => {
    expect(glossaryHref({ termId: 'dprk' })).toBe('/glossary#dprk');
  });

  it('links a name that no term shares by its own id', () => {
    expect(entity('lloyd-austin')).toBeDefined();
    expect(glossaryTerm('lloyd-austin')).toBeUndefined();

    expect(glossaryHref({ entityId: 'lloyd-austin' })).toBe('/glossary#lloyd-austin');
  });

  it('prefixes a name whose id is also a term, so the two entries keep distinct anchors', () => {
    expect(entity('dprk')).toBeDefined();
    expect(glossaryTerm('dprk')).toBeDefined();

    expect(glossaryAnchor({ entityId: 'dprk' })).toBe('name-dprk');
    expect(glossaryAnchor({ entityId: 'dprk' })).not.toBe(glossaryAnchor({ termId: 'dprk' }));
  });
});
