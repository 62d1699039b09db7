import type { Widget } from '../types.js';

/** A tile on a phone, top to bottom: which widget and how many grid rows tall. */
export interface PhoneTile {
  widget_id: string;
  height: number;
}

/** What an edit session changes: the widgets (with their desktop places) and the phone layout. */
export interface SessionContent {
  widgets: Widget[];
  /** null: phones follow the desktop order. */
  phone_layout: PhoneTile[] | null;
}

/** The session's states: what Undo goes back to, what is on screen, and what Redo brings back. */
export interface EditHistory {
  past: SessionContent[];
  present: SessionContent;
  future: SessionContent[];
}

// Enough for an afternoon of dragging; older steps fall off rather than grow without end.
const MAX_STEPS = 200;

export const startHistory = (present: SessionContent): EditHistory => ({ past: [], present, future: [] });

/** A new step; a change that changes nothing is no step, so Undo never seems to do nothing. */
export function record(history: EditHistory, next: SessionContent): EditHistory {
  if (sameContent(history.present, next)) return history;
  return { past: [...history.past, history.present].slice(-MAX_STEPS), present: next, future: [] };
}

export function undo(history: EditHistory): EditHistory {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: EditHistory): EditHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}

const widgetContent = ({ id, name, widget_type, position, data_source, config }: Widget) => ({ id, name, widget_type, position, data_source, config });

export function sameContent(a: SessionContent, b: SessionContent): boolean {
  return JSON.stringify({ w: a.widgets.map(widgetContent), p: a.phone_layout }) === JSON.stringify({ w: b.widgets.map(widgetContent), p: b.phone_layout });
}

/** Widgets whose data differs from what the server would run for them: added in the session, or with a changed query or type. */
export function unsavedDataIds(saved: Widget[], present: Widget[]): Set<string> {
  const byId = new Map(saved.map((widget) => [widget.id, widget]));
  const ids = new Set<string>();
  for (const widget of present) {
    const before = byId.get(widget.id);
    const same =
      before &&
      before.widget_type === widget.widget_type &&
      JSON.stringify(before.data_source) === JSON.stringify(widget.data_source) &&
      JSON.stringify(before.config) === JSON.stringify(widget.config);
    if (!same) ids.add(widget.id);
  }
  return ids;
}
