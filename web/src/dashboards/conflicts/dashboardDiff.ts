import { CONTENT_FIELDS, canonicalJson, fieldText, positionText, widgetTypeText } from '../contentText.js';
import type { DashboardContent, WidgetContent } from '../types.js';

/** Who moved a value away from the version both sides started from. */
export type ChangedBy = 'you' | 'them' | 'both';

export interface DiffRow {
  key: string;
  label: string;
  /** null: absent on that side (a widget one side added or removed). */
  mine: string | null;
  theirs: string | null;
  changedBy: ChangedBy;
  /** For widgets present on both sides: which of their parts differ. */
  differs?: string[];
}

export interface ContentDiff {
  fields: DiffRow[];
  widgets: DiffRow[];
}

// Surrounding spaces are no change, and 0 and null both mean no auto-refresh.
function fieldValue(content: DashboardContent, key: (typeof CONTENT_FIELDS)[number]['key']): string {
  if (key === 'description' || key === 'type') return canonicalJson(content[key].trim());
  if (key === 'refresh_interval_seconds') return canonicalJson(content[key] || null);
  return canonicalJson(content[key]);
}

const WIDGET_PARTS: { label: string; pick: (widget: WidgetContent) => unknown }[] = [
  { label: 'name', pick: (widget) => widget.name },
  { label: 'type', pick: (widget) => widget.widget_type },
  { label: 'position', pick: (widget) => widget.position },
  { label: 'data', pick: (widget) => widget.data_source },
  { label: 'chart settings', pick: (widget) => widget.config },
];

function widgetKey(widget: WidgetContent | undefined): string | null {
  return widget ? canonicalJson(WIDGET_PARTS.map((part) => part.pick(widget))) : null;
}

function widgetText(widget: WidgetContent | undefined): string | null {
  return widget ? `${widget.name} — ${widgetTypeText(widget.widget_type)}, ${positionText(widget.position)}` : null;
}

function changedBy(base: string | null, mine: string | null, theirs: string | null): ChangedBy {
  if (mine === base) return 'them';
  if (theirs === base) return 'you';
  return 'both';
}

/**
 * The differences between the dashboard the user was about to save (`mine`) and the one now on
 * the server (`theirs`), each attributed by comparing with the version both started from (`base`).
 */
export function diffContent(base: DashboardContent, mine: DashboardContent, theirs: DashboardContent): ContentDiff {
  const fields: DiffRow[] = [];
  for (const { key, label } of CONTENT_FIELDS) {
    const [b, m, t] = [fieldValue(base, key), fieldValue(mine, key), fieldValue(theirs, key)];
    if (m === t) continue;
    fields.push({ key, label, mine: fieldText(key, mine), theirs: fieldText(key, theirs), changedBy: changedBy(b, m, t) });
  }

  const widgets: DiffRow[] = [];
  const ids = [...new Set([...mine.widgets, ...theirs.widgets].map((widget) => widget.id))];
  for (const id of ids) {
    const find = (content: DashboardContent) => content.widgets.find((widget) => widget.id === id);
    const [b, m, t] = [find(base), find(mine), find(theirs)];
    const [bk, mk, tk] = [widgetKey(b), widgetKey(m), widgetKey(t)];
    if (mk === tk) continue;
    const differs = m && t ? WIDGET_PARTS.filter((part) => canonicalJson(part.pick(m)) !== canonicalJson(part.pick(t))) : [];
    widgets.push({
      key: id,
      label: m?.name ?? t?.name ?? id,
      mine: widgetText(m),
      theirs: widgetText(t),
      changedBy: changedBy(bk, mk, tk),
      differs: differs.map((part) => part.label),
    });
  }
  return { fields, widgets };
}
