import type { ColumnType } from './types.js';

/** Engines send large integers and decimals as strings to keep them exact; charts want numbers. */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

const plain = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatNumber = (value: number) => plain.format(value);
export const formatCompact = (value: number) => compact.format(value);

/** A date column's value as a short label; a bare date must not shift a day with the time zone. */
function formatDateValue(value: string, type: 'date' | 'datetime'): string {
  if (type === 'date' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  // Truncated timestamps (a month, a day) sit at midnight; their clock time is noise.
  if (/^\d{4}-\d{2}-\d{2}[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?$/.test(value)) return value.slice(0, 10);
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return value;
  return type === 'date' ? dateFormat.format(parsed) : dateTimeFormat.format(parsed);
}

/** How a cell reads in a table, a tooltip or an axis label. */
export function formatValue(value: unknown, type?: ColumnType): string {
  if (value === null || value === undefined) return '';
  if ((type === 'date' || type === 'datetime') && typeof value === 'string') return formatDateValue(value, type);
  if (type === 'number') {
    const number = toNumber(value);
    if (number !== null) return formatNumber(number);
  }
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Orders mixed cells: numbers numerically, everything else as text, empty cells last. */
export function compareValues(a: unknown, b: unknown): number {
  const emptyA = a === null || a === undefined;
  const emptyB = b === null || b === undefined;
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  const numberA = toNumber(a);
  const numberB = toNumber(b);
  if (numberA !== null && numberB !== null) return numberA - numberB;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}
