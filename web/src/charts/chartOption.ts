import type { EChartsOption } from 'echarts';
import { cartesianOption } from './cartesianOption.js';
import { heatmapOption } from './heatmapOption.js';
import { pieOption } from './pieOption.js';
import { scatterOption } from './scatterOption.js';
import type { ResultSet, WidgetConfig, WidgetType } from './types.js';

/** The ECharts option for a chart type, or null when the result has nothing it can plot. */
export function chartOption(type: WidgetType, result: ResultSet, config: WidgetConfig): EChartsOption | null {
  switch (type) {
    case 'bar_chart':
      return cartesianOption('bar', result, config);
    case 'line_chart':
      return cartesianOption('line', result, config);
    case 'area_chart':
      return cartesianOption('area', result, config);
    case 'pie_chart':
      return pieOption(result, config);
    case 'scatter_plot':
      return scatterOption(result, config);
    case 'heatmap':
      return heatmapOption(result, config);
    default:
      return null;
  }
}
