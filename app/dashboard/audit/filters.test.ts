import { describe, expect, it } from 'vitest';
import { auditHref, readAuditFilter, startOfDayIn } from './filters';

describe('audit filters', () => {
  it.each([
    ['2026-11-30', 'Asia/Shanghai', '2026-11-29T16:00:00.000Z'],
    ['2026-11-30', 'UTC', '2026-11-30T00:00:00.000Z'],
    // New York changes its clock on 2026-03-08: midnight is still EST (UTC-5), the next day EDT.
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z'],
    ['2026-03-09', 'America/New_York', '2026-03-09T04:00:00.000Z'],
  ])('%s starts in %s at %s', (day, zone, instant) => {
    expect(startOfDayIn(day, zone)?.toISOString()).toBe(instant);
  });

  it.each(['', '2026-02-30', '30/11/2026', '2026-13-01'])('ignores the date %j', (day) => {
    expect(startOfDayIn(day, 'Asia/Shanghai')).toBeUndefined();
  });

  it('reads the form, including the whole end day, and ignores what it cannot read', () => {
    const { filter } = readAuditFilter({ actor: '3', story: '#12', action: 'staff.', from: '2026-11-01', to: '2026-11-30', before: 'x' }, 'Asia/Shanghai');
    expect(filter).toEqual({
      actorId: 3,
      storyId: 12,
      action: 'staff.',
      from: new Date('2026-10-31T16:00:00.000Z'),
      until: new Date('2026-11-30T16:00:00.000Z'),
      before: undefined,
    });
    expect(readAuditFilter({ actor: ['1', '2'], story: 'abc', from: 'yesterday' }, 'UTC').filter).toEqual({
      actorId: undefined,
      storyId: undefined,
      action: undefined,
      from: undefined,
      until: undefined,
      before: undefined,
    });
  });

  it('keeps the filters on the next page', () => {
    expect(auditHref({ actor: '3', story: '', action: 'staff.disable' }, 41)).toBe('/dashboard/audit?actor=3&action=staff.disable&before=41');
    expect(auditHref({ actor: '3', story: '' })).toBe('/dashboard/audit?actor=3');
    expect(auditHref({ actor: '' })).toBe('/dashboard/audit');
  });
});
