import type { ColumnType, ResultColumn } from '../types.js';
import { toNumber } from '../values.js';
import type { ColumnSetting, DateGrain } from './columnSettings.js';
import { calendarDay, formatDateAtGrain, formatInstant, guessDateGrain } from './dates.js';
import { guessDisplayName, words } from './displayName.js';
import { fractionDigits, numberFormat } from './numbers.js';

/** How a column's values read once every choice and guess is made. */
export type ResolvedKind = 'number' | 'currency' | 'percent' | 'compact' | 'date' | 'text';

export interface ColumnFormat {
  name: string;
  label: string;
  kind: ResolvedKind;
  /** The full text of a value: table cells, tooltips, KPI cards, exports. */
  text(value: unknown): string;
  /** The short text of a value on an axis tick: large numbers compact ("$1.2M"). */
  tick(value: unknown): string;
}

export interface FormatContext {
  locale?: string;
  /** The grain of a metric's `period` column. */
  timeGrain?: DateGrain | null;
  /** Forces how percent values are read (KPI cards of old hold percent points). */
  percentScale?: PercentScale;
}

/** Fractions (0.25 reads "25%") or percent points (25 reads "25%"). */
export type PercentScale = 'fraction' | 'points';

const PERCENT_LAST_WORDS = new Set(['pct', 'percent', 'percentage', 'rate', 'ratio', 'share']);
const PERCENT_FIRST_WORDS = new Set(['pct', 'percent', 'share']);
/** Numbers that are names, not amounts: 2025 is a year, not "2,025". */
const NAME_LIKE_LAST_WORDS = new Set(['id', 'year', 'yr']);

function numbersOf(values: unknown[]): number[] {
  return values.map(toNumber).filter((n): n is number => n !== null);
}

/**
 * The one rule for percent values: when every value lies within -1..1 they are fractions
 * (0.25 → 25%), otherwise percent points (25 → 25%).
 */
export function percentScaleOf(values: unknown[]): PercentScale {
  return numbersOf(values).every((n) => Math.abs(n) <= 1) ? 'fraction' : 'points';
}

/**
 * A number column is guessed to be a percentage when its name says so (`*_pct`, `*_percent`,
 * `*_rate`, `*_ratio`, `share`, `pct_*`, …) and every value lies within -100..100.
 */
export function looksLikePercent(name: string, values: unknown[]): boolean {
  const parts = words(name).map((word) => word.toLowerCase());
  const named = PERCENT_LAST_WORDS.has(parts.at(-1) ?? '') || PERCENT_FIRST_WORDS.has(parts[0] ?? '');
  const numbers = numbersOf(values);
  return named && numbers.length > 0 && numbers.every((n) => Math.abs(n) <= 100);
}

function isNameLike(name: string, values: unknown[]): boolean {
  const last = words(name).at(-1)?.toLowerCase() ?? '';
  return NAME_LIKE_LAST_WORDS.has(last) && numbersOf(values).every((n) => Number.isInteger(n));
}

function plainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function numeric(format: (n: number) => string): (value: unknown) => string {
  return (value) => {
    if (value === null || value === undefined) return '';
    const number = toNumber(value);
    return number === null ? plainText(value) : format(number);
  };
}

function numberFormatters(kind: ResolvedKind, setting: ColumnSetting, values: unknown[], context: FormatContext) {
  const { locale } = context;
  const { decimals } = setting;
  const compactTick = numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  if (kind === 'currency') {
    const currency = setting.currency ?? 'USD';
    const full = numberFormat(locale, { style: 'currency', currency, ...(decimals === undefined ? {} : fractionDigits(decimals, 2)) });
    const tick = numberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
    return { text: numeric((n) => full.format(n)), tick: numeric((n) => tick.format(n)) };
  }
  if (kind === 'percent') {
    const scale = context.percentScale ?? percentScaleOf(values);
    const factor = scale === 'points' ? 100 : 1;
    const full = numberFormat(locale, { style: 'percent', ...fractionDigits(decimals, 1) });
    return { text: numeric((n) => full.format(n / factor)), tick: numeric((n) => full.format(n / factor)) };
  }
  if (kind === 'compact') {
    const full = numberFormat(locale, { notation: 'compact', ...fractionDigits(decimals, 1) });
    return { text: numeric((n) => full.format(n)), tick: numeric((n) => full.format(n)) };
  }
  const full = numberFormat(locale, fractionDigits(decimals, 2));
  return { text: numeric((n) => full.format(n)), tick: numeric((n) => (Math.abs(n) >= 10_000 ? compactTick.format(n) : full.format(n))) };
}

function dateFormatters(type: ColumnType | undefined, grain: DateGrain | null, context: FormatContext) {
  const text = (value: unknown) => {
    if (value === null || value === undefined) return '';
    const day = calendarDay(value);
    if (day && (grain || day.wholeDay)) return formatDateAtGrain(day, grain ?? 'day', context.locale);
    if (typeof value === 'string' && type === 'datetime') return formatInstant(value, context.locale);
    return plainText(value);
  };
  return { text, tick: text };
}

function resolveKind(column: ResultColumn, setting: ColumnSetting, values: unknown[]): ResolvedKind {
  if (setting.format && setting.format !== 'auto') return setting.format;
  if (column.type === 'date' || column.type === 'datetime') return 'date';
  if (column.type !== 'number') return 'text';
  if (looksLikePercent(column.name, values)) return 'percent';
  if (isNameLike(column.name, values)) return 'text';
  return 'number';
}

/** The format of one column from its author's settings, its type, its name and its values. */
export function columnFormat(column: ResultColumn, values: unknown[], setting: ColumnSetting = {}, context: FormatContext = {}): ColumnFormat {
  const label = setting.label?.trim() || guessDisplayName(column.name);
  const kind = resolveKind(column, setting, values);
  if (kind === 'date') {
    const grain = setting.date_grain ?? (column.name === 'period' ? context.timeGrain : null) ?? guessDateGrain(values);
    return { name: column.name, label, kind, ...dateFormatters(column.type, grain, context) };
  }
  if (kind === 'text') return { name: column.name, label, kind, text: plainText, tick: plainText };
  return { name: column.name, label, kind, ...numberFormatters(kind, setting, values, context) };
}
