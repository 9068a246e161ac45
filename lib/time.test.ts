import { describe, expect, it } from 'vitest';
import { formatDate, formatPublishTime, isValidTimeZone } from './time';

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
