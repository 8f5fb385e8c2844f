import { describe, expect, it } from 'vitest';
import { contextNoteData } from './context-notes';
import { isAfterMeeting } from './dates';

const byId = new Map(contextNoteData.map((note) => [note.id, note]));

describe('the context notes', () => {
  it('give the background the statement assumes', () => {
    const background = contextNoteData
      .filter((note) => note.kind === 'background')
      .map((note) => note.id);

    expect(background).toEqual(
      expect.arrayContaining([
        'shangri-la-dialogue',
        'may-31-launch',
        'resolutions-on-launches',
        'phnom-penh-summit',
        'tisa-2014',
        'gsomia-normalization',
      ]),
    );
  });

  it('tell what happened next, dated after the meeting', () => {
    const next = contextNoteData.filter((note) => note.kind === 'what-happened-next');

    expect(next.map((note) => [note.id, note.date])).toEqual(
      expect.arrayContaining([
        ['camp-david-summit', '2023-08-18'],
        ['tmm-2023-11-12', '2023-11-12'],
        ['mechanism-activated', '2023-12-19'],
        ['later-satellite-launches', '2023-08-24'],
        ['freedom-edge-2024', '2024-06-27'],
        ['tscf-memorandum', '2024-07-28'],
      ]),
    );
    for (const note of next) expect(isAfterMeeting(note.date ?? ''), note.id).toBe(true);
  });

  it('keep background notes to events up to the meeting', () => {
    for (const note of contextNoteData.filter((item) => item.kind === 'background')) {
      if (note.date !== undefined) expect(isAfterMeeting(note.date), note.id).toBe(false);
    }
  });

  it('cite a source for every note, without an address only where none was checked', () => {
    const withoutUrl = contextNoteData.flatMap((note) =>
      note.sources.filter((source) => source.url === undefined).map(() => note.id),
    );

    for (const note of contextNoteData) expect(note.sources.length, note.id).toBeGreaterThan(0);
    expect(new Set(withoutUrl)).toEqual(
      new Set([
        'resolutions-on-launches',
        'freedom-edge-2024',
        'tscf-memorandum',
        'tmm-2023-11-12',
      ]),
    );
  });

  it('tell of the GSOMIA from its 2016 signing to its 2023 normalization', () => {
    const body = byId.get('gsomia-normalization')?.body ?? '';

    for (const date of [
      'November 23, 2016',
      'August 22, 2019',
      'November 22, 2019',
      'March 21, 2023',
    ]) {
      expect(body).toContain(date);
    }
  });

  it('attach the 2024 framework to the cooperation among the three, not to confidence building in the region', () => {
    const anchors = byId.get('tscf-memorandum')?.anchors ?? [];

    expect(anchors.map((anchor) => anchor.paragraph)).toEqual(['p5']);
  });

  it('tell that the June 3 meeting was not the only Trilateral Ministerial Meeting of 2023', () => {
    const body = byId.get('tmm-2023-11-12')?.body ?? '';

    for (const words of ['November 12, 2023', 'Shin Wonsik', 'Kihara Minoru', 'Seoul', 'virtually'])
      expect(body).toContain(words);
  });
});
