import type { AuditFilter } from '@/db/queries/audit';
import { parseSiteTime } from '@/lib/time';

export type AuditSearchParams = Record<string, string | string[] | undefined>;

/** The instant a calendar day starts in a time zone (DST-aware), or undefined for no such day. */
export function startOfDayIn(day: string, timeZone: string): Date | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? (parseSiteTime(day, timeZone) ?? undefined) : undefined;
}

function dayAfter(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1)).toISOString().slice(0, 10) : '';
}

function one(value: string | string[] | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

function positiveInt(value: string): number | undefined {
  return /^\d{1,12}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** What the filter form asked for, read leniently: an unreadable field is ignored, never an error. */
export function readAuditFilter(params: AuditSearchParams, timeZone: string) {
  const form = {
    actor: one(params.actor),
    story: one(params.story),
    action: one(params.action).slice(0, 80),
    from: one(params.from),
    to: one(params.to),
  };
  const filter: AuditFilter = {
    actorId: positiveInt(form.actor),
    storyId: positiveInt(form.story.replace(/^#/, '')),
    action: form.action || undefined,
    from: startOfDayIn(form.from, timeZone),
    // The end date is included: entries before the next day starts.
    until: startOfDayIn(dayAfter(form.to), timeZone),
    before: positiveInt(one(params.before)),
  };
  return { form, filter };
}

/** The same filters, from the newest entry or from older than `before`. */
export function auditHref(form: Record<string, string>, before?: number): string {
  const query = new URLSearchParams(Object.entries(form).filter(([, v]) => v));
  if (before) query.set('before', String(before));
  const text = query.toString();
  return text ? `/dashboard/audit?${text}` : '/dashboard/audit';
}
