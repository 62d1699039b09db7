import type { EChartsOption, SeriesOption } from 'echarts';
import { configBoolean, configString, configStrings, firstColumn, isLabel, isNumeric, pickColumn } from './config.js';
import { colorModeOf, TOOLTIP_BASE, type ChartContext } from './chartContext.js';
import { resultFormats, type ResultFormats } from './format/resultFormats.js';
import { paletteOf } from './palettes.js';
import type { ResultSet, WidgetConfig } from './types.js';
import { toNumber } from './values.js';

export type CartesianKind = 'bar' | 'line' | 'area';

interface Plot {
  categories: string[];
  /** `column` is the result column the values come from, whose format they read in. */
  series: { name: string; column: string; data: (number | null)[] }[];
}

function resolveAxes(result: ResultSet, config: WidgetConfig) {
  const { columns } = result;
  const x = pickColumn(columns, configString(config, 'x_axis')) ?? firstColumn(columns, isLabel) ?? columns[0]?.name;
  const split = pickColumn(columns, configString(config, 'series'));
  const wanted = configStrings(config, 'y_axis').filter((name) => columns.some((column) => column.name === name));
  const ys = wanted.length
    ? wanted
    : columns.filter((column) => isNumeric(column) && column.name !== x && column.name !== split).map((c) => c.name);
  return { x, ys, split };
}

/** One series per y column, or with `series` set, one series per distinct value of that column. */
function plot(result: ResultSet, config: WidgetConfig, formats: ResultFormats): Plot | null {
  const { x, ys, split } = resolveAxes(result, config);
  if (!x || ys.length === 0) return null;
  const label = (value: unknown) => formats.text(x, value);
  const categories = [...new Set(result.rows.map((row) => label(row[x])))];

  if (!split) {
    // Rows keep the query's order; repeated x values are summed so each category has one bar.
    const series = ys.map((y) => {
      const sums = new Map<string, number | null>();
      for (const row of result.rows) {
        const key = label(row[x]);
        const value = toNumber(row[y]);
        const previous = sums.get(key) ?? null;
        sums.set(key, value === null ? previous : (previous ?? 0) + value);
      }
      return { name: formats.label(y), column: y, data: categories.map((category) => sums.get(category) ?? null) };
    });
    return { categories, series };
  }

  const [y = ''] = ys;
  const cells = new Map<string, Map<string, number>>();
  for (const row of result.rows) {
    const name = formats.text(split, row[split]) || '(empty)';
    const value = toNumber(row[y]);
    if (value === null) continue;
    const byCategory = cells.get(name) ?? new Map<string, number>();
    const key = label(row[x]);
    byCategory.set(key, (byCategory.get(key) ?? 0) + value);
    cells.set(name, byCategory);
  }
  const series = [...cells].map(([name, byCategory]) => ({
    name,
    column: y,
    data: categories.map((category) => byCategory.get(category) ?? null),
  }));
  return { categories, series };
}

export function cartesianOption(kind: CartesianKind, result: ResultSet, config: WidgetConfig, context: ChartContext = {}): EChartsOption | null {
  const formats = resultFormats(result, config, context);
  const drawn = plot(result, config, formats);
  if (!drawn) return null;
  const stacked = (kind === 'bar' || kind === 'area') && configBoolean(config, 'stacked') === true;
  const legend = configBoolean(config, 'show_legend') ?? drawn.series.length > 1;
  const dense = drawn.categories.length > 40;

  const series: SeriesOption[] = drawn.series.map(({ name, column, data }) => {
    const tooltip = { valueFormatter: (value: unknown) => formats.text(column, value) };
    return kind === 'bar'
      ? { type: 'bar', name, data, tooltip, stack: stacked ? 'total' : undefined, barMaxWidth: 48 }
      : {
          type: 'line',
          name,
          data,
          tooltip,
          stack: stacked ? 'total' : undefined,
          areaStyle: kind === 'area' ? { opacity: 0.35 } : undefined,
          showSymbol: !dense,
          connectNulls: true,
        };
  });
  // Several y columns share one axis; its ticks read in the first one's format.
  const valueColumn = drawn.series[0]?.column ?? '';

  return {
    color: paletteOf(config.color_scheme, colorModeOf(context)),
    tooltip: { ...TOOLTIP_BASE, trigger: 'axis' },
    legend: legend ? { type: 'scroll', bottom: 0 } : { show: false },
    grid: { left: 8, right: 16, top: 16, bottom: legend ? 32 : 8, containLabel: true },
    xAxis: { type: 'category', data: drawn.categories, boundaryGap: kind === 'bar', axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formats.tick(valueColumn, value) } },
    series,
  };
}
