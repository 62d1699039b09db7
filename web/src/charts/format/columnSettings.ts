import type { WidgetConfig } from '../types.js';

export const FORMAT_KINDS = ['auto', 'number', 'currency', 'percent', 'compact', 'date', 'text'] as const;
export type FormatKind = (typeof FORMAT_KINDS)[number];

export const DATE_GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type DateGrain = (typeof DATE_GRAINS)[number];

/** What an author chose for one result column; every field is optional. */
export interface ColumnSetting {
  label?: string;
  format?: FormatKind;
  decimals?: number;
  /** ISO 4217 code, e.g. "EUR". */
  currency?: string;
  date_grain?: DateGrain;
}

/**
 * The widget config key holding per-column settings: `{"<column name>": ColumnSetting}`.
 * Not `columns`, which a table already uses for the list of columns it shows.
 */
export const COLUMN_SETTINGS_KEY = 'column_formats';

const MAX_DECIMALS = 10;

function pick<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** One column's settings as stored, keeping only the fields that make sense. */
export function readColumnSetting(raw: unknown): ColumnSetting {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const entry = raw as Record<string, unknown>;
  const setting: ColumnSetting = {};
  // Kept untrimmed: the editor writes on every keystroke, and a space typed last must stay.
  if (typeof entry.label === 'string' && entry.label.trim()) setting.label = entry.label;
  const format = pick(FORMAT_KINDS, entry.format);
  if (format && format !== 'auto') setting.format = format;
  const decimals = typeof entry.decimals === 'string' && entry.decimals.trim() ? Number(entry.decimals) : entry.decimals;
  if (typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0) setting.decimals = Math.min(decimals, MAX_DECIMALS);
  if (typeof entry.currency === 'string' && /^[A-Za-z]{3}$/.test(entry.currency.trim())) setting.currency = entry.currency.trim().toUpperCase();
  const grain = pick(DATE_GRAINS, entry.date_grain);
  if (grain) setting.date_grain = grain;
  return setting;
}

/** Every column's settings from a widget config; a missing or malformed map is no settings. */
export function readColumnSettings(config: WidgetConfig): Record<string, ColumnSetting> {
  const raw = config[COLUMN_SETTINGS_KEY];
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const settings: Record<string, ColumnSetting> = {};
  for (const [name, entry] of Object.entries(raw as Record<string, unknown>)) {
    const setting = readColumnSetting(entry);
    if (Object.keys(setting).length) settings[name] = setting;
  }
  return settings;
}

/** The config with one column's settings replaced; empty settings are dropped, and so is an empty map. */
export function withColumnSetting(config: WidgetConfig, column: string, setting: ColumnSetting): WidgetConfig {
  const settings = { ...readColumnSettings(config) };
  const kept = readColumnSetting(setting);
  if (Object.keys(kept).length) settings[column] = kept;
  else delete settings[column];
  const next = { ...config };
  if (Object.keys(settings).length) next[COLUMN_SETTINGS_KEY] = settings;
  else delete next[COLUMN_SETTINGS_KEY];
  return next;
}

/** The time grain of a metric data source (stored as sent, so of any shape), or null. */
export function timeGrainOf(dataSource: unknown): DateGrain | null {
  if (!dataSource || typeof dataSource !== 'object') return null;
  return pick(DATE_GRAINS, (dataSource as Record<string, unknown>).time_grain) ?? null;
}
