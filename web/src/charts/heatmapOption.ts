import type { EChartsOption } from 'echarts';
import { configString, configStrings, firstColumn, isLabel, isNumeric, pickColumn } from './config.js';
import { rampOf } from './palettes.js';
import type { ResultSet, WidgetConfig } from './types.js';
import { formatCompact, formatValue, toNumber } from './values.js';

export function heatmapOption(result: ResultSet, config: WidgetConfig): EChartsOption | null {
  const { columns, rows } = result;
  const x = pickColumn(columns, configString(config, 'x_axis')) ?? firstColumn(columns, isLabel);
  const y = pickColumn(columns, configStrings(config, 'y_axis')[0]) ?? firstColumn(columns, isLabel, x ? [x] : []);
  const value = pickColumn(columns, configString(config, 'value')) ?? firstColumn(columns, isNumeric, [x ?? '', y ?? '']);
  if (!x || !y || !value) return null;
  const typeOf = (name: string) => columns.find((column) => column.name === name)?.type;

  const xs = [...new Set(rows.map((row) => formatValue(row[x], typeOf(x))))];
  const ys = [...new Set(rows.map((row) => formatValue(row[y], typeOf(y))))];
  const cells: [number, number, number][] = [];
  for (const row of rows) {
    const amount = toNumber(row[value]);
    if (amount === null) continue;
    cells.push([xs.indexOf(formatValue(row[x], typeOf(x))), ys.indexOf(formatValue(row[y], typeOf(y))), amount]);
  }
  const amounts = cells.map((cell) => cell[2]);
  const min = amounts.length ? Math.min(...amounts) : 0;
  const max = amounts.length ? Math.max(...amounts) : 1;

  return {
    tooltip: { position: 'top' },
    grid: { left: 8, right: 16, top: 8, bottom: 44, containLabel: true },
    xAxis: { type: 'category', data: xs, splitArea: { show: true }, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', data: ys, splitArea: { show: true } },
    visualMap: {
      min,
      // A flat data set would make an empty range and a blank color scale.
      max: max === min ? min + 1 : max,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 120,
      itemWidth: 12,
      inRange: { color: rampOf(config.color_scheme) },
      formatter: (raw) => formatCompact(Number(raw)),
    },
    series: [{ type: 'heatmap', name: value, data: cells, emphasis: { itemStyle: { borderWidth: 1 } } }],
  };
}
