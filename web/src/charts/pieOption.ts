import type { EChartsOption } from 'echarts';
import { configBoolean, configString, configStrings, firstColumn, isLabel, isNumeric, pickColumn } from './config.js';
import { paletteOf } from './palettes.js';
import type { ResultSet, WidgetConfig } from './types.js';
import { formatNumber, formatValue, toNumber } from './values.js';

export function pieOption(result: ResultSet, config: WidgetConfig): EChartsOption | null {
  const { columns } = result;
  const label = pickColumn(columns, configString(config, 'x_axis')) ?? firstColumn(columns, isLabel) ?? columns[0]?.name;
  const value =
    pickColumn(columns, configStrings(config, 'y_axis')[0] ?? configString(config, 'value')) ??
    firstColumn(columns, isNumeric, label ? [label] : []);
  if (!label || !value) return null;
  const labelType = columns.find((column) => column.name === label)?.type;

  const data = result.rows
    .map((row) => ({ name: formatValue(row[label], labelType) || '(empty)', value: toNumber(row[value]) }))
    .filter((slice): slice is { name: string; value: number } => slice.value !== null);
  const legend = configBoolean(config, 'show_legend') ?? true;

  return {
    color: paletteOf(config.color_scheme),
    tooltip: {
      trigger: 'item',
      valueFormatter: (raw) => (typeof raw === 'number' ? formatNumber(raw) : String(raw ?? '')),
    },
    legend: legend ? { type: 'scroll', bottom: 0 } : { show: false },
    series: [
      {
        type: 'pie',
        name: value,
        radius: ['38%', '68%'],
        center: ['50%', legend ? '45%' : '50%'],
        data,
        // Names are in the legend and the tooltip; outside labels would be cut off in small tiles.
        label: legend ? { position: 'inside', formatter: '{d}%', fontSize: 11 } : { formatter: '{b}: {d}%' },
        labelLine: { show: !legend },
        avoidLabelOverlap: true,
      },
    ],
  };
}
