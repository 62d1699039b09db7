import type { EChartsOption } from 'echarts';
import { colorModeOf, TOOLTIP_BASE, type ChartContext } from './chartContext.js';
import { configBoolean, configString, configStrings, firstColumn, isLabel, isNumeric, pickColumn } from './config.js';
import { numberFormat } from './format/numbers.js';
import { resultFormats } from './format/resultFormats.js';
import { paletteOf } from './palettes.js';
import type { ResultSet, WidgetConfig } from './types.js';
import { escapeHtml, toNumber } from './values.js';

interface SliceParams {
  name?: string;
  value?: unknown;
  percent?: number;
  marker?: unknown;
}

export function pieOption(result: ResultSet, config: WidgetConfig, context: ChartContext = {}): EChartsOption | null {
  const { columns } = result;
  const label = pickColumn(columns, configString(config, 'x_axis')) ?? firstColumn(columns, isLabel) ?? columns[0]?.name;
  const value =
    pickColumn(columns, configStrings(config, 'y_axis')[0] ?? configString(config, 'value')) ??
    firstColumn(columns, isNumeric, label ? [label] : []);
  if (!label || !value) return null;
  const formats = resultFormats(result, config, context);

  const data = result.rows
    .map((row) => ({ name: formats.text(label, row[label]) || '(empty)', value: toNumber(row[value]) }))
    .filter((slice): slice is { name: string; value: number } => slice.value !== null);
  const legend = configBoolean(config, 'show_legend') ?? true;
  // Every share reads with one decimal, so "12.0%" sits beside "7.5%" rather than "12%".
  const share = numberFormat(context.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percentOf = (params: unknown) => share.format(((params as SliceParams).percent ?? 0) / 100);

  return {
    color: paletteOf(config.color_scheme, colorModeOf(context)),
    tooltip: {
      ...TOOLTIP_BASE,
      trigger: 'item',
      formatter: (params) => {
        const slice = (Array.isArray(params) ? params[0] : params) as SliceParams | undefined;
        if (!slice) return '';
        // The tooltip is HTML and the names come from the database.
        const marker = typeof slice.marker === 'string' ? slice.marker : '';
        return `${escapeHtml(formats.label(value))}<br/>${marker}${escapeHtml(slice.name ?? '')}: <b>${escapeHtml(formats.text(value, slice.value))}</b> (${percentOf(slice)})`;
      },
    },
    legend: legend ? { type: 'scroll', bottom: 0 } : { show: false },
    series: [
      {
        type: 'pie',
        name: formats.label(value),
        radius: ['38%', '68%'],
        center: ['50%', legend ? '45%' : '50%'],
        data,
        percentPrecision: 1,
        // Names are in the legend and the tooltip; outside labels would be cut off in small tiles.
        label: legend
          ? { position: 'inside', formatter: percentOf, fontSize: 11 }
          : { formatter: (params) => `${(params as SliceParams).name ?? ''}: ${percentOf(params)}` },
        labelLine: { show: !legend },
        avoidLabelOverlap: true,
      },
    ],
  };
}
