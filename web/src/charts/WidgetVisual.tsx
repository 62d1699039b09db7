import { Center, Loader, Text, useComputedColorScheme } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import type { ChartContext } from './chartContext.js';
import { picksOfChart, type ChartClick, type Pick } from './chartPicks.js';
import { resultFormats } from './format/resultFormats.js';
import { chartOption } from './chartOption.js';
import { configString } from './config.js';
import { DataTable } from './DataTable.js';
import type { DateGrain } from './format/columnSettings.js';
import { KpiCard } from './KpiCard.js';
import { MarkdownText } from './MarkdownText.js';
import type { ResultSet, WidgetConfig, WidgetType } from './types.js';

// ECharts is the largest part of a dashboard page: it loads while the tiles' queries run, not before the page shows.
const EChart = lazy(() => import('./EChart.js').then((module) => ({ default: module.EChart })));

interface WidgetVisualProps {
  type: WidgetType;
  result: ResultSet;
  config: WidgetConfig;
  title: string;
  /** The grain of a metric widget's `period` column, so its dates read "Q1 2025" and the like. */
  timeGrain?: DateGrain | null;
  /** Clicking a bar, slice, point or table row hands over the values it stands for (cross-filter, drill-down). */
  onPick?: ((picks: Pick[]) => void) | undefined;
}

/** Draws one widget's result; the caller gives it a box with a definite height. */
export function WidgetVisual({ type, result, config, title, timeGrain = null, onPick }: WidgetVisualProps) {
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const context = useMemo((): ChartContext => ({ timeGrain, dark: scheme === 'dark' }), [timeGrain, scheme]);
  const option = useMemo(() => chartOption(type, result, config, context), [type, result, config, context]);

  if (type === 'text') return <MarkdownText markdown={configString(config, 'markdown') ?? ''} />;
  if (type === 'kpi_card') return <KpiCard result={result} config={config} context={context} />;
  if (type === 'table') return <DataTable result={result} config={config} context={context} onPick={onPick} />;
  if (result.rows.length === 0) return <Empty>No data for these filters.</Empty>;
  if (!option) return <Empty>Pick the columns to plot in the widget settings.</Empty>;
  const pick = onPick
    ? (click: ChartClick) => {
        const picks = picksOfChart(type, result, config, click, resultFormats(result, config, context));
        if (picks.length > 0) onPick(picks);
      }
    : undefined;
  return (
    <Suspense
      fallback={
        <Center h="100%">
          <Loader size="sm" aria-label={`Drawing ${title}`} />
        </Center>
      }
    >
      <EChart option={option} label={title} onItemClick={pick} />
    </Suspense>
  );
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
