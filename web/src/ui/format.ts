const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatDateTime(iso: string | null, fallback = 'Never'): string {
  const date = iso ? parse(iso) : null;
  return date ? dateTime.format(date) : fallback;
}

export function formatDate(iso: string): string {
  const date = parse(iso);
  return date ? dateOnly.format(date) : '—';
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];
const relative = {
  long: new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }),
  short: new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'short' }),
};

/** "5 minutes ago"; a time slightly ahead of this machine's clock reads as now. */
export function formatRelative(iso: string, now: number, style: keyof typeof relative = 'long'): string {
  const date = parse(iso);
  if (!date) return '—';
  const ms = Math.max(0, now - date.getTime());
  const [unit, size] = UNITS.find(([, length]) => ms >= length) ?? ['second', 1000];
  return relative[style].format(-Math.floor(ms / size), unit);
}
