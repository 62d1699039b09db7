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
  text: string;
  fullText: string;
}

function formatter(format: KpiFormat, config: WidgetConfig, compact: boolean): Intl.NumberFormat {
  const decimals = configNumber(config, 'decimals');
  const digits = decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  const notation = compact ? ({ notation: 'compact', maximumFractionDigits: 1 } as const) : {};
  if (format === 'currency') {
    const currency = configString(config, 'currency') ?? 'USD';
    try {
      return new Intl.NumberFormat(undefined, { style: 'currency', currency, ...digits, ...notation });
    } catch {
      // An unknown currency code would throw on every render; fall back to a plain number.
    }
  }
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: 2, ...digits, ...notation });
}

/** The headline number of a KPI card from the first row of its result. */
export function readKpi(result: ResultSet, config: WidgetConfig): Kpi {
  const { columns } = result;
  const row = result.rows[0] ?? {};
  // The server's reading of a saved widget wins, so every face shows the same number and trend.
  const served = result.shape?.kind === 'kpi' ? result.shape : null;
  const valueColumn = pickColumn(columns, configString(config, 'value')) ?? firstColumn(columns, isNumeric);
  const value = served ? served.value : valueColumn ? toNumber(row[valueColumn]) : null;
  const format = (KPI_FORMATS as readonly string[]).includes(String(config.format))
    ? (config.format as KpiFormat)
    : 'number';

  const trendColumn = pickColumn(columns, configString(config, 'trend'));
  const compareColumn = pickColumn(columns, configString(config, 'compare'));
  let trend: number | null = served ? (served.trend ?? null) : trendColumn ? toNumber(row[trendColumn]) : null;
  if (!served && trend === null && compareColumn && value !== null) {
    const previous = toNumber(row[compareColumn]);
    trend = previous ? ((value - previous) / Math.abs(previous)) * 100 : null;
  }

  const prefix = configString(config, 'prefix') ?? '';
  // A percent KPI holds percent points already (42 reads "42%"), the same unit as the trend.
  const suffix = configString(config, 'suffix') ?? (format === 'percent' ? '%' : '');
  const render = (compact: boolean) =>
    value === null ? '—' : `${prefix}${formatter(format, config, compact).format(value)}${suffix}`;
  return { value, trend, trendLabel: configString(config, 'trend_label') ?? null, text: render(Math.abs(value ?? 0) >= 1_000_000), fullText: render(false) };
}
