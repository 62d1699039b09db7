import type { EChartsOption, SeriesOption } from 'echarts';
import { configBoolean, configString, configStrings, firstColumn, isNumeric, pickColumn } from './config.js';
import { colorModeOf, TOOLTIP_BASE, type ChartContext } from './chartContext.js';
import { resultFormats } from './format/resultFormats.js';
import { paletteOf } from './palettes.js';
import type { ResultSet, WidgetConfig } from './types.js';
import { escapeHtml, toNumber } from './values.js';

const MIN_SYMBOL = 6;
const MAX_SYMBOL = 36;

/** An axis named after its column, centred beside it, moved clear of the tick labels. */
function axisName(name: string) {
  return { name, nameLocation: 'middle', nameGap: 8, nameMoveOverlap: true, nameTextStyle: { fontWeight: 'bold' } } as const;
}

export function scatterOption(result: ResultSet, config: WidgetConfig, context: ChartContext = {}): EChartsOption | null {
  const { columns, rows } = result;
  const x = pickColumn(columns, configString(config, 'x_axis')) ?? firstColumn(columns, isNumeric);
  const y =
    pickColumn(columns, configStrings(config, 'y_axis')[0]) ?? firstColumn(columns, isNumeric, x ? [x] : []);
  if (!x || !y) return null;
  const size = pickColumn(columns, configString(config, 'size'));
  const split = pickColumn(columns, configString(config, 'series'));
  const xNumeric = columns.find((column) => column.name === x)?.type === 'number';
  const formats = resultFormats(result, config, context);

  // Bubble sizes are scaled between fixed bounds so one outlier cannot cover the whole chart.
  const sizes = size ? rows.map((row) => toNumber(row[size])).filter((n): n is number => n !== null) : [];
  const low = Math.min(...sizes);
  const high = Math.max(...sizes);
  const symbolSize = (point: unknown) => {
    const raw = Array.isArray(point) ? toNumber(point[2]) : null;
    if (raw === null || !Number.isFinite(low) || high === low) return size ? (MIN_SYMBOL + MAX_SYMBOL) / 2 : 10;
    return MIN_SYMBOL + ((raw - low) / (high - low)) * (MAX_SYMBOL - MIN_SYMBOL);
  };

  const groups = new Map<string, (string | number | null)[][]>();
  for (const row of rows) {
    const point: (string | number | null)[] = [xNumeric ? toNumber(row[x]) : formats.text(x, row[x]), toNumber(row[y]), size ? toNumber(row[size]) : null];
    if (point[0] === null || point[1] === null) continue;
    const key = split ? formats.text(split, row[split]) || '(empty)' : formats.label(y);
    groups.set(key, [...(groups.get(key) ?? []), point]);
  }
  const series: SeriesOption[] = [...groups].map(([name, data]) => ({ type: 'scatter', name, data, symbolSize }));
  const legend = configBoolean(config, 'show_legend') ?? series.length > 1;

  return {
    color: paletteOf(config.color_scheme, colorModeOf(context)),
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'item',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const [px, py, ps] = (item?.value as unknown[]) ?? [];
        const line = (column: string, value: unknown) => `${formats.label(column)}: ${xNumeric || column !== x ? formats.text(column, value) : String(value ?? '')}`;
        const parts = [line(x, px), line(y, py)];
        if (size) parts.push(line(size, ps));
        if (split && typeof item?.seriesName === 'string') parts.unshift(item.seriesName);
        // The tooltip is HTML and the text comes from the database.
        return parts.map(escapeHtml).join('<br/>');
      },
    },
    legend: legend ? { type: 'scroll', bottom: 0 } : { show: false },
    // The grid's box holds the tick labels and the axis names, so neither is cut off.
    grid: { left: 8, right: 16, top: 16, bottom: legend ? 32 : 8, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: xNumeric
      ? { type: 'value', scale: true, ...axisName(formats.label(x)), axisLabel: { formatter: (value: number) => formats.tick(x, value) } }
      : { type: 'category', ...axisName(formats.label(x)) },
    yAxis: { type: 'value', scale: true, ...axisName(formats.label(y)), axisLabel: { formatter: (value: number) => formats.tick(y, value) } },
    series,
  };
}
