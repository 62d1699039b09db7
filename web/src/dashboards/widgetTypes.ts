import { useQuery } from '@tanstack/react-query';
import { dataOrThrow, http } from '../api/client.js';
import { WIDGET_TYPE_LABELS, isWidgetType, type WidgetConfig, type WidgetType } from '../charts/types.js';

export interface ResolvedWidgetType {
  visualization: WidgetType;
  label: string;
  /** Defaults a catalog type brings; the widget's own config wins over them. */
  config: WidgetConfig;
}

const NONE: WidgetConfig = {};

/**
 * Catalog types (such as `revenue_chart`) draw like one of the nine visualizations with their own
 * defaults; the server's registry says which. Built-in names resolve to themselves.
 */
export function useResolvedWidgetType(type: string): ResolvedWidgetType {
  const known = isWidgetType(type);
  const { data } = useQuery({
    queryKey: ['bi', 'widget-types'],
    queryFn: ({ signal }) => dataOrThrow(http.GET('/api/v1/bi/widget-types', { signal })),
    staleTime: Infinity,
    enabled: !known,
  });
  if (known) return { visualization: type, label: WIDGET_TYPE_LABELS[type], config: NONE };
  const info = data?.items.find((t) => t.type === type);
  const visualization = info && isWidgetType(info.visualization) ? info.visualization : 'table';
  return { visualization, label: info?.label ?? type, config: info?.config ?? NONE };
}
