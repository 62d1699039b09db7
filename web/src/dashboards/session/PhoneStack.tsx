import ReactGridLayout, { useContainerWidth, type EventCallback, type Layout } from 'react-grid-layout';
import type { ReactNode } from 'react';
import { DRAG_HANDLE_CLASS } from '../WidgetTile.js';
import type { PhoneTile } from './editHistory.js';
import type { PlacedPhoneTile } from './phoneLayout.js';

interface PhoneStackProps {
  tiles: PlacedPhoneTile[];
  rowHeight: number;
  margin: [number, number];
  /** Drag to reorder and pull the bottom edge to change a tile's height. */
  editing: boolean;
  onChange: (tiles: PhoneTile[]) => void;
  renderTile: (tile: PlacedPhoneTile) => ReactNode;
}

/** One column of tiles, as a phone shows the dashboard: in the author's order and heights. */
export function PhoneStack({ tiles, rowHeight, margin, editing, onChange, renderTile }: PhoneStackProps) {
  const { width, containerRef, mounted } = useContainerWidth();
  let y = 0;
  const layout: Layout = tiles.map(({ widget, height }) => {
    const item = { i: widget.id, x: 0, y, w: 1, h: height, minH: 1, maxH: 24 };
    y += height;
    return item;
  });

  const commit: EventCallback = (next) => {
    const order = [...next].sort((a, b) => a.y - b.y);
    const changed = order.some((item, index) => item.i !== layout[index]?.i || item.h !== layout[index]?.h);
    if (changed) onChange(order.map((item) => ({ widget_id: item.i, height: item.h })));
  };

  return (
    <div ref={containerRef} data-testid="phone-stack">
      {mounted && (
        <ReactGridLayout
          width={width}
          layout={layout}
          gridConfig={{ cols: 1, rowHeight, margin, containerPadding: [0, 0] }}
          dragConfig={{ enabled: editing, handle: `.${DRAG_HANDLE_CLASS}` }}
          resizeConfig={{ enabled: editing, handles: ['s'] }}
          onDragStop={commit}
          onResizeStop={commit}
        >
          {tiles.map((tile) => (
            <div key={tile.widget.id} data-phone-tile={tile.widget.id}>
              {renderTile(tile)}
            </div>
          ))}
        </ReactGridLayout>
      )}
    </div>
  );
}
