import type { DateGrain } from './columnSettings.js';

/** A date's (or a `YYYY-MM` month's) calendar parts as written in the value, so a bare date never shifts with the time zone. */
export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** Midnight (or no time at all): the value names a day, not an instant. */
  wholeDay: boolean;
}

const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export function calendarDay(value: unknown): CalendarDay | null {
  if (typeof value !== 'string') return null;
  const match = ISO.exec(value.trim());
  if (!match) return null;
  const [, year, month, day = '01', hour = '00', minute = '00', second = '00', fraction = '0', zone] = match;
  // An instant at midnight in another zone is not a whole day here; UTC midnight is how engines send dates.
  const utc = zone === undefined || zone === 'Z' || /^[+-]00:?00$/.test(zone);
  const midnight = hour === '00' && minute === '00' && second === '00' && /^0*$/.test(fraction);
  return { year: Number(year), month: Number(month), day: Number(day), wholeDay: midnight && utc };
}

/**
 * The grain a set of dates is at, or null when they are not all whole days:
 * every value on January 1st → year; on the first of January, April, July or October → quarter;
 * on the first of a month → month; otherwise day. Quarter and year need two distinct values,
 * since one lone January 1st says nothing about the periods around it. Weeks are never guessed:
 * any set of one weekday would pass for them; they come from the metric's time grain or the author.
 */
export function guessDateGrain(values: unknown[]): DateGrain | null {
  const days: CalendarDay[] = [];
  const distinct = new Set<string>();
  for (const value of values) {
    if (value === null || value === undefined) continue;
    const parsed = calendarDay(value);
    if (!parsed || !parsed.wholeDay) return null;
    days.push(parsed);
    distinct.add(`${parsed.year}-${parsed.month}-${parsed.day}`);
  }
  if (days.length === 0) return null;
  if (!days.every((d) => d.day === 1)) return 'day';
  const several = distinct.size > 1;
  if (several && days.every((d) => d.month === 1)) return 'year';
  if (several && days.every((d) => (d.month - 1) % 3 === 0)) return 'quarter';
  return 'month';
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** "Feb 3, 2025", "Feb 3 – 9, 2025", "Feb 2025", "Q1 2025", "2025". */
export function formatDateAtGrain(day: CalendarDay, grain: DateGrain, locale?: string): string {
  const start = new Date(Date.UTC(day.year, day.month - 1, day.day));
  switch (grain) {
    case 'year':
      return String(day.year);
    case 'quarter':
      return `Q${Math.floor((day.month - 1) / 3) + 1} ${day.year}`;
    case 'month':
      return dateFormat(locale, { month: 'short', year: 'numeric' }).format(start);
    case 'week': {
      const end = new Date(start.getTime() + 6 * 86_400_000);
      return dateFormat(locale, { month: 'short', day: 'numeric', year: 'numeric' }).formatRange(start, end);
    }
    default:
      return dateFormat(locale, { dateStyle: 'medium' }).format(start);
  }
}

const instantFormats = new Map<string, Intl.DateTimeFormat>();
/** A point in time with its clock time, in the viewer's zone. */
export function formatInstant(value: string, locale?: string): string {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return value;
  const key = locale ?? '';
  let format = instantFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    instantFormats.set(key, format);
  }
  return format.format(parsed);
}
