import { describe, expect, it } from 'vitest';
import { resolveAnchor } from './anchor';
import { entityData } from './entities';
import { statement } from './statement';

const byId = new Map(entityData.map((entity) => [entity.id, entity]));

describe('the entities', () => {
  it('name the three ministers, as participants of the statement', () => {
    for (const participant of statement.participants) {
      const minister = byId.get(participant.entityId);

      expect(minister?.kind).toBe('person');
      expect(minister?.anchors[0]?.exact).toBe(participant.name);
    }
  });

  it('name the three leaders as the statement writes them', () => {
    const leaders = ['president-biden', 'prime-minister-kishida', 'president-yoon'].map(
      (id) => byId.get(id)?.anchors[0]?.exact,
    );

    expect(leaders).toEqual([
      'U.S. President Biden',
      'Japanese Prime Minister Kishida',
      'ROK President Yoon',
    ]);
  });

  it('cover the states, the Security Council and the agreements the statement names', () => {
    const kinds = Object.fromEntries(entityData.map((entity) => [entity.id, entity.kind]));

    expect(kinds).toMatchObject({
      'united-states': 'state',
      japan: 'state',
      'republic-of-korea': 'state',
      dprk: 'state',
      russia: 'state',
      ukraine: 'state',
      'un-security-council': 'organisation',
      tisa: 'agreement',
      gsomia: 'agreement',
      unclos: 'agreement',
    });
  });

  it('date the events the statement refers to', () => {
    expect(byId.get('phnom-penh-summit')?.date).toBe('2022-11-13');
    expect(byId.get('dprk-launch-2023-05-31')?.date).toBe('2023-05-31');
    expect(byId.get('tmm-2023-06-03')?.date).toBe('2023-06-03');
    expect(byId.get('tisa')?.date).toBe('2014-12-28');
  });

  it('mark events after the meeting as later, with no anchor in the statement', () => {
    const later = entityData.filter((entity) => entity.later === true);

    expect(later.map((entity) => [entity.id, entity.date])).toEqual(
      expect.arrayContaining([
        ['camp-david-summit', '2023-08-18'],
        ['tmm-2023-11-12', '2023-11-12'],
        ['missile-warning-mechanism-activated', '2023-12-19'],
        ['dprk-launch-2023-08-24', '2023-08-24'],
        ['dprk-launch-2023-11-21', '2023-11-21'],
        ['freedom-edge-2024', '2024-06-27'],
        ['tscf-memorandum', '2024-07-28'],
      ]),
    );
    for (const entity of later) expect(entity.anchors).toEqual([]);
  });

  it('anchor every entity that is not later at least once, each anchor in one place', () => {
    for (const entity of entityData.filter((item) => item.later !== true)) {
      expect(entity.anchors.length, entity.id).toBeGreaterThan(0);
      for (const anchor of entity.anchors) expect(resolveAnchor(anchor).ok, entity.id).toBe(true);
    }
  });

  it('cite at least one source for each entity', () => {
    for (const entity of entityData) expect(entity.sources.length, entity.id).toBeGreaterThan(0);
  });
});
