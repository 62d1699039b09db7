import { WIDGET_TYPE_LABELS } from '../charts/types.js';
import { OPERATOR_LABELS, valueText } from './filterValues.js';
import { formatRefresh } from './refresh.js';
import type { DashboardContent, Filter, Position } from './types.js';
import { VISIBILITY_LABELS } from './VisibilityBadge.js';

/** Plain-text renderings of a dashboard's content, for the history panel and the conflict review. */

export type ContentField = Exclude<keyof DashboardContent, 'widgets'>;

export const CONTENT_FIELDS: readonly { key: ContentField; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'description', label: 'Description' },
  { key: 'type', label: 'Type' },
  { key: 'visibility', label: 'Visibility' },
  { key: 'tags', label: 'Tags' },
  { key: 'filters', label: 'Filters' },
  { key: 'refresh_interval_seconds', label: 'Auto-refresh' },
];

export function filterText(filter: Filter): string {
  const values = filter.values.length ? filter.values.map(valueText).join(', ') : '(no default)';
  return `${filter.field} ${OPERATOR_LABELS[filter.operator] ?? filter.operator} ${values}`;
}

export function fieldText(key: ContentField, content: DashboardContent): string {
  switch (key) {
    case 'description':
    case 'name':
    case 'type':
      return content[key].trim() || '—';
    case 'visibility':
      return VISIBILITY_LABELS[content.visibility] ?? content.visibility;
    case 'tags':
      return content.tags.length ? content.tags.join(', ') : '—';
    case 'filters':
      return content.filters.length ? content.filters.map(filterText).join('; ') : 'None';
    case 'refresh_interval_seconds':
      return content.refresh_interval_seconds ? `Every ${formatRefresh(content.refresh_interval_seconds)}` : 'Off';
  }
}

export function positionText({ x, y, width, height }: Position): string {
  return `column ${x + 1}, row ${y + 1}, ${width}×${height}`;
}

export function widgetTypeText(type: string): string {
  return (WIDGET_TYPE_LABELS as Record<string, string>)[type] ?? type;
}

/**
 * JSON with object keys in a fixed order: the editor builds configs in its own key order, the
 * server returns them in another, and both mean the same widget.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
