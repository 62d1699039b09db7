import type { DashboardFilter, FilterValue, JsonValue, TimeGrain } from '../../query-engine/types.js';
import type { Widget } from '../dashboards/dashboard-views.js';
import { MAX_DRILL_LEVELS } from '../../../common/contracts/dashboard-data.js';
import { invalid } from '../errors/domain-errors.js';

const GRAINS: readonly TimeGrain[] = ['year', 'quarter', 'month', 'week', 'day'];
const isGrain = (level: string): level is TimeGrain => (GRAINS as readonly string[]).includes(level);
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Where a drill-down stands on a metric widget: the level it shows now (a dimension of the metric,
 * or a time grain of its time column) and the values clicked on the levels above, each of which
 * narrows what is shown. `config.drill` lists the levels, e.g. `["region", "country", "city"]` or
 * `["year", "month", "day"]`.
 */
export interface DrillPlan {
  dimensions: string[];
  timeGrain: TimeGrain | null;
  /** The column the level's values come back in, which the chart's x axis shows. */
  xAxis: string;
  picks: { level: string; value: FilterValue }[];
}

export function drillLevels(config: Record<string, JsonValue>): string[] {
  const levels = config.drill;
  return Array.isArray(levels) ? levels.filter((level): level is string => typeof level === 'string').slice(0, MAX_DRILL_LEVELS) : [];
}

/** `path` holds the value clicked on each level so far; the widget then shows the next level. */
export function planDrill(widget: Widget, path: FilterValue[]): DrillPlan {
  const ds = widget.data_source;
  if (!ds || typeof ds.metric !== 'string') {
    throw invalid('Only metric widgets drill down; SQL widgets narrow through dashboard filters', [{ field: 'drill', message: 'widget is not a metric widget' }]);
  }
  const levels = drillLevels(widget.config as Record<string, JsonValue>);
  if (levels.length < 2) throw invalid('This widget has no drill-down levels (config.drill)', [{ field: 'drill', message: 'widget has no drill levels' }]);
  if (path.length >= levels.length) {
    throw invalid(`This widget drills ${levels.length - 1} level(s) deep`, [{ field: 'drill', message: `at most ${levels.length - 1} values` }]);
  }
  const shown = levels[path.length]!;
  const ownDimensions = Array.isArray(ds.dimensions) ? (ds.dimensions as string[]) : [];
  const ownGrain = typeof ds.time_grain === 'string' && isGrain(ds.time_grain) ? ds.time_grain : null;
  return {
    // A dimension level replaces the widget's dimensions and keeps its time grain; a grain level shows periods only.
    dimensions: isGrain(shown) ? [] : [shown],
    timeGrain: isGrain(shown) ? shown : ownGrain && !ownDimensions.includes(shown) ? ownGrain : null,
    xAxis: isGrain(shown) ? 'period' : shown,
    picks: path.map((value, index) => ({ level: levels[index]!, value })),
  };
}

/** The filters the clicked values stand for: equality on a dimension, the clicked period on the time column. */
export function drillFilters(plan: DrillPlan, timeColumn: string | null | undefined): DashboardFilter[] {
  return plan.picks.flatMap(({ level, value }, index): DashboardFilter[] => {
    if (!isGrain(level)) return [{ field: level, operator: 'eq', values: [value] }];
    const at = `drill.${index}`;
    if (!timeColumn) throw invalid('This metric has no time column to drill through', [{ field: at, message: 'metric has no time column' }]);
    const start = typeof value === 'string' ? DAY.exec(value) : null;
    if (!start) throw invalid(`A ${level} is picked by its first day (YYYY-MM-DD)`, [{ field: at, message: 'must be a date' }]);
    const [, year, month, day] = start.map(Number) as [number, number, number, number];
    const from = new Date(Date.UTC(year, month - 1, day));
    if (Number.isNaN(from.getTime())) throw invalid(`A ${level} is picked by its first day (YYYY-MM-DD)`, [{ field: at, message: 'must be a date' }]);
    return [
      { field: timeColumn, operator: 'gte', values: [isoDay(from)] },
      { field: timeColumn, operator: 'lt', values: [isoDay(periodAfter(from, level))] },
    ];
  });
}

function periodAfter(start: Date, grain: TimeGrain): Date {
  const next = new Date(start);
  if (grain === 'day') next.setUTCDate(next.getUTCDate() + 1);
  if (grain === 'week') next.setUTCDate(next.getUTCDate() + 7);
  if (grain === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
  if (grain === 'quarter') next.setUTCMonth(next.getUTCMonth() + 3);
  if (grain === 'year') next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
