import { useState } from 'react';
import type { Pick, PickValue } from '../../charts/chartPicks.js';
import type { WidgetConfig } from '../../charts/types.js';
import { TIME_GRAINS, type TimeGrain, type Widget } from '../types.js';

const isGrain = (level: string) => (TIME_GRAINS as readonly string[]).includes(level);

/** The levels a metric widget drills through (`config.drill`: dimensions of the metric or time grains). */
export function drillLevels(widget: Widget): string[] {
  const metric = widget.data_source && typeof widget.data_source.metric === 'string';
  const levels = widget.config.drill;
  if (!metric || !Array.isArray(levels)) return [];
  const names = levels.filter((level): level is string => typeof level === 'string' && level !== '');
  return names.length >= 2 ? names : [];
}

/** The column a level's values come back in: a dimension under its own name, periods as `period`. */
export const levelColumn = (level: string) => (isGrain(level) ? 'period' : level);

export interface Drill {
  levels: string[];
  /** The values clicked so far, one per level above the one shown. */
  path: PickValue[];
  /** What the widget data route is asked for: the path, or nothing for a widget that does not drill. */
  query: PickValue[] | undefined;
  /** A click goes one level down rather than filtering the dashboard. */
  canGoDown: boolean;
  /** The grain of the level shown, when it is one: its periods read by it. */
  shownGrain: TimeGrain | undefined;
  /** The widget's config with the x axis on the level shown. */
  configFor: (config: WidgetConfig) => WidgetConfig;
  down: (picks: Pick[]) => void;
  /** Back up to `depth` values (0: the top level). */
  backTo: (depth: number) => void;
}

export function useDrill(widget: Widget): Drill {
  const levels = drillLevels(widget);
  const [path, setPath] = useState<PickValue[]>([]);
  const shown = levels[path.length];
  return {
    levels,
    path,
    query: levels.length ? path : undefined,
    canGoDown: levels.length > 0 && path.length < levels.length - 1,
    shownGrain: shown && isGrain(shown) ? (shown as TimeGrain) : undefined,
    configFor: (config) => (shown ? { ...config, x_axis: levelColumn(shown) } : config),
    down: (picks) => {
      const column = shown ? levelColumn(shown) : undefined;
      const pick = picks.find((candidate) => candidate.column === column);
      if (pick) setPath((current) => [...current, isGrain(shown!) && typeof pick.value === 'string' ? pick.value.slice(0, 10) : pick.value]);
    },
    backTo: (depth) => setPath((current) => current.slice(0, depth)),
  };
}
