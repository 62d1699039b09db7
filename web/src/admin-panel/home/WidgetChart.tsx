import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.js';

/**
 * An admin chart widget's `{labels, values}` as a small bar chart, or a line when its config asks
 * for one (`chart_type: "line"`). Loaded on its own so the admin pages do not wait for ECharts.
 */
export function WidgetChart({ title, labels, values, line }: { title: string; labels: string[]; values: (number | null)[]; line: boolean }) {
  const option = useMemo<EChartsOption>(
    () => ({
      grid: { left: 8, right: 8, top: 12, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value' },
      series: [{ type: line ? 'line' : 'bar', data: values, name: title, smooth: line }],
    }),
    [labels, values, line, title],
  );
  return <EChart option={option} label={`${title}: ${labels.map((label, i) => `${label} ${values[i] ?? '—'}`).join(', ')}`} />;
}
