import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Dashboard, Widget, WidgetInput } from '../types.js';
import { record, redo, sameContent, startHistory, undo, unsavedDataIds, type EditHistory, type PhoneTile, type SessionContent } from './editHistory.js';

interface Session {
  /** The dashboard as it was when editing began: what Save is based on and Cancel returns to. */
  base: Dashboard;
  history: EditHistory;
}

const contentOf = (dashboard: Dashboard): SessionContent => ({ widgets: dashboard.widgets, phone_layout: dashboard.phone_layout });

/** A widget id the server accepts (`[A-Za-z0-9_.-]`), chosen here so the phone layout can name a widget before it is saved. */
// Not crypto.randomUUID: it exists only on secure origins, and a server on the LAN may be plain http.
const newWidgetId = () => `w_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

function widgetFrom(dashboardId: string, id: string, input: WidgetInput, before?: Widget): Widget {
  return {
    id,
    dashboard_id: dashboardId,
    name: input.name,
    widget_type: input.widget_type,
    position: input.position,
    data_source: (input.data_source ?? null) as Widget['data_source'],
    config: input.config ?? {},
    created_at: before?.created_at ?? '',
    updated_at: before?.updated_at ?? '',
  };
}

/**
 * Edit mode as a session: every change lands in a draft kept here, with Undo and Redo, until the
 * author saves it as one version or cancels it. Outside edit mode there is no draft.
 */
export function useEditSession(dashboard: Dashboard | undefined, editing: boolean) {
  const [session, setSession] = useState<Session | null>(null);
  const dashboardId = dashboard?.id ?? '';

  useEffect(() => {
    if (!editing) setSession(null);
    else if (dashboard)
      setSession((current) => {
        if (!current) return { base: dashboard, history: startHistory(contentOf(dashboard)) };
        // A newer version that left the widgets and the phone layout alone (new settings, say) is
        // no conflict for a session, which saves only those: it simply builds on it.
        if (dashboard.version !== current.base.version && sameContent(contentOf(current.base), contentOf(dashboard))) return { ...current, base: dashboard };
        return current;
      });
  }, [editing, dashboard]);

  const active = editing && session !== null;
  const content = active ? session.history.present : dashboard ? contentOf(dashboard) : null;
  const dirty = active && !sameContent(contentOf(session.base), session.history.present);
  const unsaved = useMemo(() => (active ? unsavedDataIds(session.base.widgets, session.history.present.widgets) : new Set<string>()), [active, session]);

  const change = useCallback((update: (content: SessionContent) => SessionContent) => {
    setSession((current) => current && { ...current, history: record(current.history, update(current.history.present)) });
  }, []);

  const actions = useMemo(
    () => ({
      undo: () => setSession((current) => current && { ...current, history: undo(current.history) }),
      redo: () => setSession((current) => current && { ...current, history: redo(current.history) }),
      /** Ends the session, dropping whatever it held. */
      discard: () => setSession(null),
      moveWidgets: (positions: Map<string, Widget['position']>) =>
        change((c) => ({ ...c, widgets: c.widgets.map((widget) => ({ ...widget, position: positions.get(widget.id) ?? widget.position })) })),
      saveWidget: (id: string | null, input: WidgetInput) =>
        change((c) => {
          if (!id) return { ...c, widgets: [...c.widgets, widgetFrom(dashboardId, newWidgetId(), input)] };
          return { ...c, widgets: c.widgets.map((widget) => (widget.id === id ? widgetFrom(widget.dashboard_id, id, input, widget) : widget)) };
        }),
      removeWidget: (id: string) =>
        change((c) => ({
          widgets: c.widgets.filter((widget) => widget.id !== id),
          phone_layout: c.phone_layout && c.phone_layout.filter((tile) => tile.widget_id !== id),
        })),
      setPhoneLayout: (tiles: PhoneTile[]) => change((c) => ({ ...c, phone_layout: tiles })),
    }),
    [change, dashboardId],
  );

  return {
    active,
    base: active ? session.base : null,
    content,
    dirty,
    unsaved,
    canUndo: active && session.history.past.length > 0,
    canRedo: active && session.history.future.length > 0,
    ...actions,
  };
}

export type EditSession = ReturnType<typeof useEditSession>;
