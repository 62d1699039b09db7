import { Box, Paper, Text } from '@mantine/core';
import ReactGridLayout, { useContainerWidth, type EventCallback, type Layout } from 'react-grid-layout';
import 'react-grid-layout/css/styles.css';
import './dashboardGrid.css';
import { useEffect, useMemo } from 'react';
import type { PhoneTile } from './session/editHistory.js';
import { phoneTiles } from './session/phoneLayout.js';
import { PhoneStack } from './session/PhoneStack.js';
import type { Filter, Widget } from './types.js';
import { DRAG_HANDLE_CLASS, WidgetTile } from './WidgetTile.js';

const COLS = 12;
const ROW_HEIGHT = 72;
const MARGIN: [number, number] = [12, 12];
/** Below this width twelve columns get too narrow to read: the dashboard becomes the phone stack. */
export const STACK_BELOW = 720;
/** The width of the phone preview, an ordinary phone's. */
const PHONE_WIDTH = 390;

interface DashboardGridProps {
  dashboardId: string;
  widgets: Widget[];
  phoneLayout: PhoneTile[] | null;
  filters: Filter[];
  refreshSeconds: number | null;
  editing: boolean;
  /** On a desktop in edit mode: show and edit the phone layout in a phone-wide column. */
  phonePreview: boolean;
  onMove: (positions: Map<string, Widget['position']>) => void;
  onPhoneLayout: (tiles: PhoneTile[]) => void;
  onEditWidget: (widget: Widget) => void;
  onRemoveWidget: (widget: Widget) => void;
  /** Told whether the dashboard is shown as the phone stack, so the page offers only what applies there. */
  onPhoneChange: (onPhone: boolean) => void;
}

function toLayout(widgets: Widget[]): Layout {
  return widgets.map(({ id, position }) => ({ i: id, x: position.x, y: position.y, w: position.width, h: position.height, minW: 1, minH: 1, maxH: 24 }));
}

/** The positions a drag or resize changed; none when the tiles ended where they were. */
function movedPositions(next: Layout, widgets: Widget[]): Map<string, Widget['position']> {
  const moved = new Map<string, Widget['position']>();
  for (const item of next) {
    const widget = widgets.find((candidate) => candidate.id === item.i);
    const position = { x: item.x, y: item.y, width: item.w, height: item.h };
    if (widget && JSON.stringify(widget.position) !== JSON.stringify(position)) moved.set(item.i, position);
  }
  return moved;
}

export function DashboardGrid(props: DashboardGridProps) {
  const { dashboardId, widgets, phoneLayout, filters, refreshSeconds, editing, phonePreview } = props;
  const { width, containerRef, mounted } = useContainerWidth();
  const layout = useMemo(() => toLayout(widgets), [widgets]);
  const onPhone = mounted && width < STACK_BELOW;
  const { onPhoneChange } = props;
  useEffect(() => onPhoneChange(onPhone), [onPhone, onPhoneChange]);

  const tile = (widget: Widget, canChangeWidget = true) => (
    <WidgetTile
      dashboardId={dashboardId}
      widget={widget}
      filters={filters}
      refreshSeconds={refreshSeconds}
      editing={editing}
      canChangeWidget={canChangeWidget}
      onEdit={() => props.onEditWidget(widget)}
      onRemove={() => props.onRemoveWidget(widget)}
    />
  );

  const commit: EventCallback = (next) => {
    const moved = movedPositions(next, widgets);
    if (moved.size > 0) props.onMove(moved);
  };

  const stack = (stackEditing: boolean) => (
    <PhoneStack
      tiles={phoneTiles(widgets, phoneLayout)}
      rowHeight={ROW_HEIGHT}
      margin={MARGIN}
      editing={stackEditing}
      onChange={props.onPhoneLayout}
      renderTile={({ widget }) => tile(widget, false)}
    />
  );

  let body = null;
  if (!mounted) body = null;
  // On a phone, edit mode edits the phone layout only: the desktop grid cannot be seen from there.
  else if (onPhone) body = stack(editing);
  else if (editing && phonePreview) {
    body = (
      <Paper withBorder p="sm" radius="lg" mx="auto" w={PHONE_WIDTH + 26} data-testid="phone-preview" className="phone-preview">
        <Text size="xs" c="dimmed" ta="center" mb="xs">
          Phone layout: drag a title to reorder, pull a bottom edge to resize
        </Text>
        <Box w={PHONE_WIDTH}>{stack(true)}</Box>
      </Paper>
    );
  } else {
    body = (
      <ReactGridLayout
        width={width}
        layout={layout}
        gridConfig={{ cols: COLS, rowHeight: ROW_HEIGHT, margin: MARGIN, containerPadding: [0, 0] }}
        dragConfig={{ enabled: editing, handle: `.${DRAG_HANDLE_CLASS}` }}
        resizeConfig={{ enabled: editing, handles: ['se'] }}
        onDragStop={commit}
        onResizeStop={commit}
      >
        {widgets.map((widget) => (
          <div key={widget.id}>{tile(widget)}</div>
        ))}
      </ReactGridLayout>
    );
  }

  return (
    <div ref={containerRef} data-testid="dashboard-grid" data-editing={editing || undefined} className="dashboard-grid">
      {body}
    </div>
  );
}
