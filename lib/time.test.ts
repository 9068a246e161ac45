import { describe, expect, it } from 'vitest';
import { formatDate, formatPublishTime, isValidTimeZone, parseSiteTime, toSiteInputValue, zoneLabel } from './time';

describe('formatPublishTime', () => {
  const instant = new Date('2021-11-15T02:32:25Z');
  it('shows the time in the site zone, to the second', () => {
    expect(formatPublishTime(instant, 'Asia/Shanghai')).toBe('2021-11-15 10:32:25');
    expect(formatPublishTime(instant, 'UTC')).toBe('2021-11-15 02:32:25');
    expect(formatPublishTime(instant, 'America/New_York')).toBe('2021-11-14 21:32:25');
  });
  it('uses 00 for midnight, not 24', () => {
    expect(formatPublishTime(new Date('2021-11-14T16:00:00Z'), 'Asia/Shanghai')).toBe('2021-11-15 00:00:00');
  });
  it('crosses the date line in the zone', () => {
    expect(formatDate(new Date('2021-11-14T17:00:00Z'), 'Asia/Shanghai')).toBe('2021-11-15');
  });
  it('knows a real zone from a made-up one', () => {
    expect(isValidTimeZone('Asia/Taipei')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('parseSiteTime', () => {
  // Whatever zone this process runs in, the site's zone decides.
  it.each([
    ['2026-12-03T10:00', 'Asia/Shanghai', '2026-12-03T02:00:00.000Z'],
    ['2026-12-03T10:00:30', 'Asia/Shanghai', '2026-12-03T02:00:30.000Z'],
    ['2026-12-03 10:00', 'Asia/Shanghai', '2026-12-03T02:00:00.000Z'],
    ['2026-12-03T10:00', 'Europe/London', '2026-12-03T10:00:00.000Z'],
    ['2026-07-03T10:00', 'Europe/London', '2026-07-03T09:00:00.000Z'],
    ['2026-07-03T10:00', 'America/New_York', '2026-07-03T14:00:00.000Z'],
    ['2026-12-03', 'Asia/Shanghai', '2026-12-02T16:00:00.000Z'],
    ['2026-12-31T23:59:59', 'Asia/Taipei', '2026-12-31T15:59:59.000Z'],
  ])('%s in %s is %s', (value, zone, iso) => {
    expect(parseSiteTime(value, zone)?.toISOString()).toBe(iso);
  });

  it('moves a time skipped by summer time forward, and reads a repeated one', () => {
    // London skips 01:00–02:00 on 2026-03-29.
    expect(parseSiteTime('2026-03-29T01:30', 'Europe/London')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(parseSiteTime('2026-03-29T02:30', 'Europe/London')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it.each(['', '10:00', '2026-13-01T10:00', '2026-02-30T10:00', '2026-12-03T24:00', '2026-12-03T10:60', '2026-12-03T10:00Z', '2026-12-03T10:00+08:00', 'tomorrow'])(
    'refuses %j',
    (value) => expect(parseSiteTime(value, 'Asia/Shanghai')).toBeNull(),
  );

  it('round-trips with the input value it fills', () => {
    const instant = new Date('2026-12-03T02:00:00Z');
    expect(toSiteInputValue(instant, 'Asia/Shanghai')).toBe('2026-12-03T10:00:00');
    expect(parseSiteTime(toSiteInputValue(instant, 'Asia/Shanghai'), 'Asia/Shanghai')).toEqual(instant);
  });
});

describe('zoneLabel', () => {
  it.each([
    ['Asia/Shanghai', '北京時間'],
    ['Asia/Taipei', '台北時間'],
    ['Asia/Hong_Kong', '香港時間'],
    ['Europe/London', '英國時間'],
    ['UTC', 'UTC 時間'],
  ])('%s is labelled %s', (zone, label) => expect(zoneLabel(zone)).toBe(label));
});
