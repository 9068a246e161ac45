import { TZDate } from '@date-fns/tz';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** `YYYY-MM-DD HH:mm:ss` in the site's time zone, as on the article meta line. */
export function formatPublishTime(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** `YYYY-MM-DD` in the site's time zone, for lists. */
export function formatDate(date: Date, timeZone: string): string {
  return formatPublishTime(date, timeZone).slice(0, 10);
}

/** The value a `datetime-local` input shows for this instant in the site's zone (`YYYY-MM-DDTHH:mm:ss`). */
export function toSiteInputValue(date: Date, timeZone: string): string {
  return formatPublishTime(date, timeZone).replace(' ', 'T');
}

const wallTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The instant a wall-clock time names in the site's zone, whatever the zone of the server or
 * the browser that sent it: `2026-12-03T10:00` in Asia/Shanghai is 02:00 UTC. Accepts what a
 * `datetime-local` or `date` input sends; null for anything else or a day that does not exist.
 * A time skipped by a change to summer time is moved forward by the change.
 */
export function parseSiteTime(value: string, timeZone: string): Date | null {
  const m = wallTime.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || hour > 23 || minute > 59 || second > 59) return null;
  // 2026-02-30 is no day: the calendar must give back the same date.
  const calendar = new Date(Date.UTC(year!, month! - 1, day!));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month! - 1 || calendar.getUTCDate() !== day) return null;
  return new Date(new TZDate(year!, month! - 1, day!, hour, minute, second, timeZone).getTime());
}

// What newsrooms call the zones of the Chinese-speaking world; others take Intl's own name.
const zoneNames: Record<string, string> = {
  'Asia/Shanghai': '北京時間',
  'Asia/Chongqing': '北京時間',
  'Asia/Harbin': '北京時間',
  PRC: '北京時間',
  'Asia/Hong_Kong': '香港時間',
  'Asia/Macau': '澳門時間',
  'Asia/Taipei': '台北時間',
  'Asia/Singapore': '新加坡時間',
  'Asia/Kuala_Lumpur': '馬來西亞時間',
};

/** How a time in this zone is labelled in the workspace: 北京時間 for Asia/Shanghai. */
export function zoneLabel(timeZone: string): string {
  const known = zoneNames[timeZone];
  if (known) return known;
  try {
    const name = new Intl.DateTimeFormat('zh-Hant', { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date(0)).find((p) => p.type === 'timeZoneName')?.value;
    return name && !name.startsWith('GMT') ? name : `${timeZone} 時間`;
  } catch {
    return `${timeZone} 時間`;
  }
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
