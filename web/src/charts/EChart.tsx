import { useComputedColorScheme } from '@mantine/core';
import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';
import type { ChartClick } from './chartPicks.js';
import { echarts } from './echarts.js';

interface EChartProps {
  option: EChartsOption;
  /** Read out instead of the canvas, which screen readers cannot see into. */
  label: string;
  /** A click on a bar, slice, point or cell. */
  onItemClick?: ((click: ChartClick) => void) | undefined;
}

/** One ECharts instance on a div that fills its parent; the parent decides the size. */
export function EChart({ option, label, onItemClick }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // The instance outlives renders; it calls whichever handler is current.
  const clickHandler = useRef(onItemClick);
  clickHandler.current = onItemClick;
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // Switching the color scheme builds a new instance: a theme only fully applies at init.
    const instance = echarts.init(element, scheme === 'dark' ? 'dark' : undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      const { dataIndex, seriesName, value } = params as { dataIndex?: number; seriesName?: string; value?: unknown };
      if (typeof dataIndex === 'number') clickHandler.current?.({ dataIndex, seriesName, value });
    });
    // Tiles change size without the window doing so (grid resize, navbar, modal), so the chart
    // watches its own box. One resize per frame is plenty while a tile is being dragged.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => instance.resize());
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [scheme]);

  useEffect(() => {
    // The dark theme paints its own background; the tile's surface should show through instead.
    chart.current?.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true });
  }, [option, scheme]);

  return <div ref={container} role="img" aria-label={label} style={{ width: '100%', height: '100%', minHeight: 0 }} />;
}
