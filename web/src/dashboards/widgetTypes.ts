import { useQuery } from '@tanstack/react-query';
import { biApi } from '../api/client.js';
import { isWidgetType, type WidgetConfig, type WidgetType } from '../charts/types.js';

interface WidgetTypeInfo {
  type: string;
  visualization: string;
  label: string;
  category: string;
  config: WidgetConfig;
}

export interface ResolvedWidgetType {
  visualization: WidgetType;
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
    queryFn: ({ signal }) => biApi.get<{ items: WidgetTypeInfo[] }>('/widget-types', undefined, signal),
    staleTime: Infinity,
    enabled: !known,
  });
  if (known) return { visualization: type, config: NONE };
  const info = data?.items.find((t) => t.type === type);
  const visualization = info && isWidgetType(info.visualization) ? info.visualization : 'table';
  return { visualization, config: info?.config ?? NONE };
}
