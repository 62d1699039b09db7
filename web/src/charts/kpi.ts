import type { FormatContext } from './format/columnFormat.js';
import { readColumnSettings, type ColumnSetting } from './format/columnSettings.js';
import { resultFormats } from './format/resultFormats.js';
import { configNumber, configString, firstColumn, isNumeric, pickColumn } from './config.js';
import type { ResultSet, WidgetConfig } from './types.js';
import { toNumber } from './values.js';

export type KpiFormat = 'number' | 'currency' | 'percent';
export const KPI_FORMATS: readonly KpiFormat[] = ['number', 'currency', 'percent'];

export interface Kpi {
  value: number | null;
  /** Change in percent (12.5 means +12.5 %), or null when there is nothing to compare with. */
  trend: number | null;
  /** What the trend compares with, e.g. "vs last month". */
  trendLabel: string | null;
  /** The value column's display name, when its author gave one. */
  label: string | null;
  text: string;
  fullText: string;
}

/**
 * A KPI card's own `format`, `currency` and `decimals` keys predate per-column formats; they still
 * apply to the value column, under whatever that column's settings say.
 */
export function legacySetting(config: WidgetConfig): ColumnSetting {
  const format = (KPI_FORMATS as readonly string[]).includes(String(config.format)) ? (config.format as KpiFormat) : undefined;
  const decimals = configNumber(config, 'decimals');
  return {
    ...(format ? { format } : {}),
    ...(configString(config, 'currency') ? { currency: configString(config, 'currency') } : {}),
    ...(decimals !== undefined && Number.isInteger(decimals) && decimals >= 0 ? { decimals } : {}),
  };
}

/** The headline number of a KPI card from the first row of its result. */
export function readKpi(result: ResultSet, config: WidgetConfig, context: FormatContext = {}): Kpi {
  const { columns } = result;
  const row = result.rows[0] ?? {};
  // The server's reading of a saved widget wins, so every face shows the same number and trend.
  const served = result.shape?.kind === 'kpi' ? result.shape : null;
  const valueColumn = pickColumn(columns, configString(config, 'value')) ?? firstColumn(columns, isNumeric);
  const value = served ? served.value : valueColumn ? toNumber(row[valueColumn]) : null;

  const trendColumn = pickColumn(columns, configString(config, 'trend'));
  const compareColumn = pickColumn(columns, configString(config, 'compare'));
  let trend: number | null = served ? (served.trend ?? null) : trendColumn ? toNumber(row[trendColumn]) : null;
  if (!served && trend === null && compareColumn && value !== null) {
    const previous = toNumber(row[compareColumn]);
    trend = previous ? ((value - previous) / Math.abs(previous)) * 100 : null;
  }

  const own = valueColumn ? readColumnSettings(config)[valueColumn] : undefined;
  const legacy = legacySetting(config);
  // A percent KPI of the card's own format holds percent points (42 reads "42%"), like its trend.
  const points = legacy.format === 'percent' && !own?.format;
  const formats = resultFormats(result, config, { ...context, ...(points ? { percentScale: 'points' } : {}) }, valueColumn ? { [valueColumn]: legacy } : {});
  const format = formats.column(valueColumn ?? '');

  const prefix = configString(config, 'prefix') ?? '';
  const suffix = configString(config, 'suffix') ?? '';
  const render = (compact: boolean) =>
    value === null ? '—' : `${prefix}${compact ? format.tick(value) : format.text(value)}${suffix}`;
  return {
    value,
    trend,
    trendLabel: configString(config, 'trend_label') ?? null,
    label: own?.label?.trim() || null,
    text: render(Math.abs(value ?? 0) >= 1_000_000),
    fullText: render(false),
  };
}
