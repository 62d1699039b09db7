import { Center, Text } from '@mantine/core';
import { useMemo } from 'react';
import { picksOfChart, type Pick } from './chartPicks.js';
import { chartOption } from './chartOption.js';
import { configString } from './config.js';
import { DataTable } from './DataTable.js';
import { EChart } from './EChart.js';
import { KpiCard } from './KpiCard.js';
import { MarkdownText } from './MarkdownText.js';
import type { ResultSet, WidgetConfig, WidgetType } from './types.js';

interface WidgetVisualProps {
  type: WidgetType;
  result: ResultSet;
  config: WidgetConfig;
  title: string;
  /** Clicking a bar, slice, point or table row hands over the values it stands for (cross-filter, drill-down). */
  onPick?: ((picks: Pick[]) => void) | undefined;
}

/** Draws one widget's result; the caller gives it a box with a definite height. */
export function WidgetVisual({ type, result, config, title, onPick }: WidgetVisualProps) {
  const option = useMemo(() => chartOption(type, result, config), [type, result, config]);

  if (type === 'text') return <MarkdownText markdown={configString(config, 'markdown') ?? ''} />;
  if (type === 'kpi_card') return <KpiCard result={result} config={config} />;
  if (type === 'table') return <DataTable result={result} config={config} onPick={onPick} />;
  if (result.rows.length === 0) return <Empty>No data for these filters.</Empty>;
  if (!option) return <Empty>Pick the columns to plot in the widget settings.</Empty>;
  const pick = onPick
    ? (click: Parameters<typeof picksOfChart>[3]) => {
        const picks = picksOfChart(type, result, config, click);
        if (picks.length > 0) onPick(picks);
      }
    : undefined;
  return <EChart option={option} label={title} onItemClick={pick} />;
}

function Empty({ children }: { children: string }) {
  return (
    <Center h="100%">
      <Text size="sm" c="dimmed" ta="center">
        {children}
      </Text>
    </Center>
  );
}
