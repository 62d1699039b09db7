import type { WidgetPosition } from '../queries.js';
import type { Dashboard, DashboardContent, DashboardInput, WidgetContent, WidgetInput } from '../types.js';

/** A change the server refused as stale, kept whole so the user can still decide what happens to it. */
export type Change =
  | { kind: 'settings'; changes: DashboardInput }
  | { kind: 'widget'; widgetId: string | null; input: WidgetInput }
  | { kind: 'remove_widget'; widgetId: string }
  | { kind: 'layout'; positions: WidgetPosition[] }
  /** A whole edit session: the widgets as the author left them. */
  | { kind: 'session'; widgets: WidgetContent[] };

export interface PendingChange {
  change: Change;
  /** The dashboard as the user saw it when they started the change. */
  base: DashboardContent;
  /** Sends the same change again, based on `version`; `current` is the dashboard it lands on. */
  resend: (version: number, current: Dashboard) => Promise<unknown>;
  /** Called when the user chose to drop the change, e.g. to close the editor that held it. */
  onDiscard?: () => void;
  /** Called once the change went through on top of the other one. */
  onSaved?: () => void;
}

/** Stands in for the id the server gives a widget that is not saved yet. */
export const UNSAVED_WIDGET_ID = '(new)';

function widgetFrom(id: string, input: WidgetInput): WidgetContent {
  return {
    id,
    name: input.name,
    widget_type: input.widget_type,
    position: input.position,
    data_source: input.data_source ?? null,
    config: input.config ?? {},
  };
}

/** What the dashboard would have looked like had the change gone through on its base. */
export function applyChange(base: DashboardContent, change: Change): DashboardContent {
  switch (change.kind) {
    case 'settings': {
      const defined = Object.entries(change.changes).filter(([, value]) => value !== undefined);
      return { ...base, ...(Object.fromEntries(defined) as Partial<DashboardContent>) };
    }
    case 'widget':
      return {
        ...base,
        widgets: change.widgetId
          ? base.widgets.map((widget) => (widget.id === change.widgetId ? widgetFrom(widget.id, change.input) : widget))
          : [...base.widgets, widgetFrom(UNSAVED_WIDGET_ID, change.input)],
      };
    case 'remove_widget':
      return { ...base, widgets: base.widgets.filter((widget) => widget.id !== change.widgetId) };
    case 'session':
      return { ...base, widgets: change.widgets };
    case 'layout':
      return {
        ...base,
        widgets: base.widgets.map((widget) => {
          const moved = change.positions.find((position) => position.widget_id === widget.id);
          if (!moved) return widget;
          const { widget_id: _id, ...position } = moved;
          return { ...widget, position };
        }),
      };
  }
}

/** Names the change in a sentence: "… while you were editing {describeChange}". */
export function describeChange(base: DashboardContent, change: Change): string {
  const name = (id: string | null) => base.widgets.find((widget) => widget.id === id)?.name;
  switch (change.kind) {
    case 'settings':
      return 'the dashboard settings';
    case 'widget':
      return change.widgetId ? `the widget “${name(change.widgetId) ?? change.input.name}”` : `a new widget “${change.input.name}”`;
    case 'remove_widget':
      return `the removal of “${name(change.widgetId) ?? 'a widget'}”`;
    case 'layout':
      return 'the layout';
    case 'session':
      return 'this dashboard';
  }
}
