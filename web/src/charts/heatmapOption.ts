import type { EChartsOption } from 'echarts';
import { colorModeOf, TOOLTIP_BASE, type ChartContext } from './chartContext.js';
import { configString, configStrings, firstColumn, isLabel, isNumeric, pickColumn } from './config.js';
import { resultFormats } from './format/resultFormats.js';
import { rampOf } from './palettes.js';
import type { ResultSet, WidgetConfig } from './types.js';
import { escapeHtml, toNumber } from './values.js';

export function heatmapOption(result: ResultSet, config: WidgetConfig, context: ChartContext = {}): EChartsOption | null {
  const { columns, rows } = result;
  const x = pickColumn(columns, configString(config, 'x_axis')) ?? firstColumn(columns, isLabel);
  const y = pickColumn(columns, configStrings(config, 'y_axis')[0]) ?? firstColumn(columns, isLabel, x ? [x] : []);
  const value = pickColumn(columns, configString(config, 'value')) ?? firstColumn(columns, isNumeric, [x ?? '', y ?? '']);
  if (!x || !y || !value) return null;
  const formats = resultFormats(result, config, context);

  const xs = [...new Set(rows.map((row) => formats.text(x, row[x])))];
  const ys = [...new Set(rows.map((row) => formats.text(y, row[y])))];
  const cells: [number, number, number][] = [];
  for (const row of rows) {
    const amount = toNumber(row[value]);
    if (amount === null) continue;
    cells.push([xs.indexOf(formats.text(x, row[x])), ys.indexOf(formats.text(y, row[y])), amount]);
  }
  const amounts = cells.map((cell) => cell[2]);
  const min = amounts.length ? Math.min(...amounts) : 0;
  const max = amounts.length ? Math.max(...amounts) : 1;

  return {
    tooltip: {
      ...TOOLTIP_BASE,
      position: 'top',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const [column, line, amount] = (item?.value as [number, number, number] | undefined) ?? [];
        const parts = [
          `${formats.label(x)}: ${xs[column ?? -1] ?? ''}`,
          `${formats.label(y)}: ${ys[line ?? -1] ?? ''}`,
          `${formats.label(value)}: ${formats.text(value, amount)}`,
        ];
        // The tooltip is HTML and the text comes from the database.
        return parts.map(escapeHtml).join('<br/>');
      },
    },
    // The color scale sits above the grid, well away from the x axis labels under it.
    grid: { left: 8, right: 16, top: 44, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: xs, splitArea: { show: true }, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', data: ys, splitArea: { show: true } },
    visualMap: {
      min,
      // A flat data set would make an empty range and a blank color scale.
      max: max === min ? min + 1 : max,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      top: 0,
      itemHeight: 120,
      itemWidth: 12,
      inRange: { color: rampOf(config.color_scheme, colorModeOf(context)) },
      formatter: (raw) => formats.tick(value, Number(raw)),
    },
    series: [{ type: 'heatmap', name: formats.label(value), data: cells, emphasis: { itemStyle: { borderWidth: 1 } } }],
  };
}
