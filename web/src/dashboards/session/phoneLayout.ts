import type { Widget } from '../types.js';
import type { PhoneTile } from './editHistory.js';

export interface PlacedPhoneTile {
  widget: Widget;
  height: number;
}

const desktopOrder = (a: Widget, b: Widget) => a.position.y - b.position.y || a.position.x - b.position.x;

/**
 * The tiles as a phone stacks them: in the author's order and heights, then any widget the
 * phone layout leaves out (added since, or no phone layout at all) in desktop reading order.
 */
export function phoneTiles(widgets: Widget[], layout: PhoneTile[] | null): PlacedPhoneTile[] {
  const byId = new Map(widgets.map((widget) => [widget.id, widget]));
  const placed: PlacedPhoneTile[] = [];
  for (const tile of layout ?? []) {
    const widget = byId.get(tile.widget_id);
    if (!widget) continue;
    placed.push({ widget, height: tile.height });
    byId.delete(tile.widget_id);
  }
  const rest = [...byId.values()].sort(desktopOrder);
  return [...placed, ...rest.map((widget) => ({ widget, height: widget.position.height }))];
}

export const toPhoneLayout = (tiles: PlacedPhoneTile[]): PhoneTile[] => tiles.map(({ widget, height }) => ({ widget_id: widget.id, height }));
