import type { EChartsOption } from 'echarts';
import { cartesianOption } from './cartesianOption.js';
import type { ChartContext } from './chartContext.js';
import { heatmapOption } from './heatmapOption.js';
import { pieOption } from './pieOption.js';
import { scatterOption } from './scatterOption.js';
import type { ResultSet, WidgetConfig, WidgetType } from './types.js';

/** The ECharts option for a chart type, or null when the result has nothing it can plot. */
export function chartOption(type: WidgetType, result: ResultSet, config: WidgetConfig, context: ChartContext = {}): EChartsOption | null {
  switch (type) {
    case 'bar_chart':
      return cartesianOption('bar', result, config, context);
    case 'line_chart':
      return cartesianOption('line', result, config, context);
    case 'area_chart':
      return cartesianOption('area', result, config, context);
    case 'pie_chart':
      return pieOption(result, config, context);
    case 'scatter_plot':
      return scatterOption(result, config, context);
    case 'heatmap':
      return heatmapOption(result, config, context);
    default:
      return null;
  }
}
