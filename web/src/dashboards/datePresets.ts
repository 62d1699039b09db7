/** Relative date ranges a date filter offers; kept by name in the URL, so a shared link stays relative. */
export const DATE_PRESETS = [
  { id: 'today', label: 'Today' },
  { id: 'last_7_days', label: 'Last 7 days' },
  { id: 'last_30_days', label: 'Last 30 days' },
  { id: 'last_90_days', label: 'Last 90 days' },
  { id: 'this_month', label: 'This month' },
  { id: 'this_quarter', label: 'This quarter' },
  { id: 'this_year', label: 'This year' },
  { id: 'previous_month', label: 'Previous month' },
  { id: 'previous_quarter', label: 'Previous quarter' },
  { id: 'previous_year', label: 'Previous year' },
] as const;

export type DatePreset = (typeof DATE_PRESETS)[number]['id'];

export const isDatePreset = (text: string): text is DatePreset => DATE_PRESETS.some((preset) => preset.id === text);

const day = (date: Date) => date.toISOString().slice(0, 10);
const utc = (year: number, month: number, date: number) => new Date(Date.UTC(year, month, date));

/** The first and last day (inclusive, YYYY-MM-DD) of `preset` as seen on `today` (UTC). */
export function presetRange(preset: DatePreset, today = new Date()): [string, string] {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  const d = today.getUTCDate();
  const quarter = Math.floor(m / 3) * 3;
  switch (preset) {
    case 'today':
      return [day(utc(y, m, d)), day(utc(y, m, d))];
    case 'last_7_days':
      return [day(utc(y, m, d - 6)), day(utc(y, m, d))];
    case 'last_30_days':
      return [day(utc(y, m, d - 29)), day(utc(y, m, d))];
    case 'last_90_days':
      return [day(utc(y, m, d - 89)), day(utc(y, m, d))];
    case 'this_month':
      return [day(utc(y, m, 1)), day(utc(y, m + 1, 0))];
    case 'this_quarter':
      return [day(utc(y, quarter, 1)), day(utc(y, quarter + 3, 0))];
    case 'this_year':
      return [day(utc(y, 0, 1)), day(utc(y, 11, 31))];
    case 'previous_month':
      return [day(utc(y, m - 1, 1)), day(utc(y, m, 0))];
    case 'previous_quarter':
      return [day(utc(y, quarter - 3, 1)), day(utc(y, quarter, 0))];
    case 'previous_year':
      return [day(utc(y - 1, 0, 1)), day(utc(y - 1, 11, 31))];
  }
}

/** The range of the same length just before `[from, to]`: what "previous period" compares with. */
export function previousPeriod(from: string, to: string): [string, string] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  const days = Math.round((end - start) / 86_400_000) + 1;
  return [day(new Date(start - days * 86_400_000)), day(new Date(start - 86_400_000))];
}
