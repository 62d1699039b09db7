import type { TooltipComponentOption } from 'echarts';
import type { FormatContext } from './format/columnFormat.js';
import type { ColorMode } from './palettes.js';

/** What a chart's option depends on besides its result and config. */
export interface ChartContext extends FormatContext {
  dark?: boolean;
}

export const colorModeOf = (context: ChartContext): ColorMode => (context.dark ? 'dark' : 'light');

/** Class of every chart tooltip, which lives on the page's body rather than in its tile. */
export const TOOLTIP_CLASS = 'chart-tooltip';

/**
 * Tooltips hang off the page's body, so a small tile (or the editor's preview box) never cuts
 * them off; ECharts keeps them within the window.
 */
export const TOOLTIP_BASE: TooltipComponentOption = { appendTo: 'body', className: TOOLTIP_CLASS };
