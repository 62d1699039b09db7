import { CONTENT_FIELDS, canonicalJson, fieldText, positionText, widgetTypeText, type ContentField } from '../contentText.js';
import type { DashboardContent, WidgetContent } from '../types.js';

/** One thing that changed between two versions of a dashboard, worded for the history panel. */
export interface RevisionChange {
  kind: 'field' | 'added' | 'removed' | 'moved' | 'resized' | 'renamed' | 'edited';
  /** What a person reads: "Added widget Revenue", "Moved Orders". */
  summary: string;
  /** The before and after, or the parts that changed. */
  detail?: string;
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

// Surrounding spaces are no change, and 0 and null both mean no auto-refresh.
function fieldValue(content: DashboardContent, key: ContentField): unknown {
  if (key === 'description' || key === 'type' || key === 'name') return content[key].trim();
  if (key === 'refresh_interval_seconds') return content[key] || null;
  if (key === 'tags') return [...content.tags].sort();
  return content[key];
}

function fieldChange(key: ContentField, label: string, before: DashboardContent, after: DashboardContent): RevisionChange {
  const [from, to] = [fieldText(key, before), fieldText(key, after)];
  if (key === 'name') return { kind: 'field', summary: `Renamed the dashboard to “${to}”`, detail: `was “${from}”` };
  return { kind: 'field', summary: `Changed ${label.toLowerCase()}`, detail: `${from} → ${to}` };
}

/** Which parts of a widget's data differ: the SQL, the data source, the metric and its settings, inline rows. */
function dataSourceParts(before: WidgetContent['data_source'], after: WidgetContent['data_source']): string[] {
  // A widget without data (a text block) has none on either side.
  const [b, a] = [before ?? {}, after ?? {}];
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => !same(b[key], a[key]));
  const labels: Record<string, string> = { sql: 'SQL', source: 'data source', metric: 'metric', dimensions: 'dimensions', time_grain: 'time grain', cache_ttl_seconds: 'cache time', data: 'inline data' };
  return keys.map((key) => labels[key] ?? key);
}

function changedConfigKeys(before: WidgetContent['config'], after: WidgetContent['config']): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((key) => !same(before[key], after[key])).sort();
}

function widgetChanges(before: WidgetContent, after: WidgetContent): RevisionChange[] {
  const changes: RevisionChange[] = [];
  const name = after.name;
  if (before.name !== after.name) changes.push({ kind: 'renamed', summary: `Renamed widget “${before.name}” to “${after.name}”` });
  const [bp, ap] = [before.position, after.position];
  if (bp.x !== ap.x || bp.y !== ap.y) {
    changes.push({ kind: 'moved', summary: `Moved ${name}`, detail: `${positionText(bp)} → ${positionText(ap)}` });
  } else if (bp.width !== ap.width || bp.height !== ap.height) {
    changes.push({ kind: 'resized', summary: `Resized ${name}`, detail: `${bp.width}×${bp.height} → ${ap.width}×${ap.height}` });
  }
  const edited: string[] = [];
  if (before.widget_type !== after.widget_type) edited.push(`type ${widgetTypeText(before.widget_type)} → ${widgetTypeText(after.widget_type)}`);
  edited.push(...dataSourceParts(before.data_source, after.data_source));
  const configKeys = changedConfigKeys(before.config, after.config);
  if (configKeys.length > 0) edited.push(`settings: ${configKeys.join(', ')}`);
  if (edited.length > 0) changes.push({ kind: 'edited', summary: `Edited ${name}`, detail: edited.join('; ') });
  return changes;
}

const byPlace = (a: WidgetContent, b: WidgetContent) => a.position.y - b.position.y || a.position.x - b.position.x;

/**
 * What changed from `before` to `after`: the dashboard's own fields first, then its widgets in
 * their order on the grid (matched by id, so a renamed widget is the same widget).
 */
export function diffRevisions(before: DashboardContent, after: DashboardContent): RevisionChange[] {
  const changes: RevisionChange[] = [];
  for (const { key, label } of CONTENT_FIELDS) {
    if (!same(fieldValue(before, key), fieldValue(after, key))) changes.push(fieldChange(key, label, before, after));
  }
  const beforeById = new Map(before.widgets.map((widget) => [widget.id, widget]));
  const afterIds = new Set(after.widgets.map((widget) => widget.id));
  for (const widget of [...after.widgets].sort(byPlace)) {
    const previous = beforeById.get(widget.id);
    if (!previous) {
      changes.push({ kind: 'added', summary: `Added widget ${widget.name}`, detail: `${widgetTypeText(widget.widget_type)}, ${positionText(widget.position)}` });
    } else {
      changes.push(...widgetChanges(previous, widget));
    }
  }
  for (const widget of [...before.widgets].sort(byPlace)) {
    if (!afterIds.has(widget.id)) changes.push({ kind: 'removed', summary: `Removed widget ${widget.name}`, detail: widgetTypeText(widget.widget_type) });
  }
  return changes;
}
