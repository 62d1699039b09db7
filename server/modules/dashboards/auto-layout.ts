import type { Position } from './widgets.service.js';

export type WidgetSize = 'small' | 'medium' | 'large';

/** How the named sizes of the analytics API land on the 12-column grid. */
export const SIZES: Record<WidgetSize, { width: number; height: number }> = {
  small: { width: 3, height: 2 },
  medium: { width: 6, height: 4 },
  large: { width: 12, height: 5 },
};

export function sizeOf(position: Position): WidgetSize {
  if (position.width <= 3) return 'small';
  return position.width <= 6 ? 'medium' : 'large';
}

/**
 * Places widgets that come without a position left to right, top to bottom, each row as tall as
 * its tallest widget; widgets with a position keep it, and the flow starts below them.
 */
export function autoLayout<T extends { position?: Position | undefined; size?: WidgetSize | undefined }>(widgets: T[]): (T & { position: Position })[] {
  let y = widgets.reduce((max, w) => (w.position ? Math.max(max, w.position.y + w.position.height) : max), 0);
  let x = 0;
  let rowHeight = 0;
  return widgets.map((w) => {
    if (w.position) return w as T & { position: Position };
    const { width, height } = SIZES[w.size ?? 'medium'];
    if (x + width > 12) {
      y += rowHeight;
      x = 0;
      rowHeight = 0;
    }
    const position = { x, y, width, height };
    x += width;
    rowHeight = Math.max(rowHeight, height);
    return { ...w, position };
  });
}

/**
 * Positions for a replacement list of widgets: an explicit position wins; a widget kept by id
 * keeps its place (taking the new size, if one is named); new widgets flow in below.
 */
export function placeDrafts<T extends { id?: string | undefined; position?: Position | undefined; size?: WidgetSize | undefined }>(
  existing: ReadonlyMap<string, Position>,
  drafts: T[],
): (T & { position: Position })[] {
  const kept = drafts.map((d) => {
    if (d.position) return d;
    const before = d.id ? existing.get(d.id) : undefined;
    if (!before) return d;
    const sized = d.size ? SIZES[d.size] : before;
    const width = Math.min(sized.width, 12);
    return { ...d, position: { ...before, x: Math.min(before.x, 12 - width), width, height: sized.height } };
  });
  return autoLayout(kept);
}
