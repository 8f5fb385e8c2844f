import { describe, expect, it } from 'vitest';
import { datePrecision, formatDate, isAfterMeeting } from './dates';
import { entityData } from './entities';
import { timelineData } from './timeline';

const dates = Object.fromEntries(timelineData.map((event) => [event.id, event.date]));

describe('the timeline data', () => {
  it('dates the UN Security Council decisions on DPRK launches', () => {
    expect(dates).toMatchObject({
      'unscr-1718': '2006-10',
      'unscr-1874': '2009-06-12',
      'prst-2012-13': '2012-04-16',
      'unscr-2087': '2013-01-22',
      'unscr-2270': '2016-03-02',
      'unscr-2371': '2017-08-05',
      'unscr-2375': '2017-09-11',
      'unscr-2397': '2017-12-22',
    });
  });

  it('shows resolution 1718 to the month only, since its day is not confirmed', () => {
    const resolution = timelineData.find((event) => event.id === 'unscr-1718');

    expect(datePrecision(resolution?.date ?? '')).toBe('month');
    expect(formatDate(resolution?.date ?? '')).toBe('October 2006');
  });

  it('runs from TISA and GSOMIA through the meeting to what followed', () => {
    expect(dates).toMatchObject({
      'tisa-announced': '2014-12-28',
      'gsomia-signed': '2016-11-23',
      'gsomia-notice-2019': '2019-08-22',
      'gsomia-suspension-2019': '2019-11-22',
      'gsomia-notes-withdrawn': '2023-03-21',
      'phnom-penh-summit': '2022-11-13',
      'dprk-launch-2023-05-31': '2023-05-31',
      'shangri-la-dialogue-2023': '2023-06-02',
      'tmm-2023-06-03': '2023-06-03',
      'camp-david-summit': '2023-08-18',
      'dprk-launch-2023-08-24': '2023-08-24',
      'tmm-2023-11-12': '2023-11-12',
      'dprk-launch-2023-11-21': '2023-11-21',
      'missile-warning-mechanism-activated': '2023-12-19',
      'freedom-edge-2024': '2024-06-27',
      'tscf-memorandum': '2024-07-28',
    });
  });

  it('marks an event later exactly when it is after the meeting', () => {
    for (const event of timelineData) {
      expect(event.later, event.id).toBe(isAfterMeeting(event.date));
    }
  });

  it('cites a source for every event and names only entities that exist', () => {
    const entityIds = new Set(entityData.map((entity) => entity.id));

    for (const event of timelineData) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      if (event.entityId !== undefined) expect(entityIds.has(event.entityId), event.id).toBe(true);
    }
  });
});
