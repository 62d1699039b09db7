import ReactGridLayout, { useContainerWidth, type EventCallback, type Layout } from 'react-grid-layout';
import 'react-grid-layout/css/styles.css';
import { useMemo, useState } from 'react';
import { useReportConflict } from './conflicts/ConflictContext.js';
import { useSaveLayout, type WidgetPosition } from './queries.js';
import type { Dashboard, Filter, Widget } from './types.js';
import { DRAG_HANDLE_CLASS, WidgetTile } from './WidgetTile.js';

const COLS = 12;
const ROW_HEIGHT = 72;
const MARGIN: [number, number] = [12, 12];
/** Below this width twelve columns get too narrow to read, so view mode stacks the tiles. */
const STACK_BELOW = 720;

interface DashboardGridProps {
  dashboard: Dashboard;
  filters: Filter[];
  editing: boolean;
  onEditWidget: (widget: Widget) => void;
  onRemoveWidget: (widget: Widget) => void;
}

function toLayout(widgets: Widget[]): Layout {
  return widgets.map(({ id, position }) => ({
    i: id,
    x: position.x,
    y: position.y,
    w: position.width,
    h: position.height,
    minW: 1,
    minH: 1,
    maxH: 24,
  }));
}

function stacked(layout: Layout): Layout {
  return [...layout]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map((item, index) => ({ ...item, x: 0, y: index, w: COLS }));
}

const toPositions = (layout: Layout): WidgetPosition[] =>
  layout.map((item) => ({ widget_id: item.i, x: item.x, y: item.y, width: item.w, height: item.h }));

const samePositions = (a: Layout, b: Layout) =>
  a.length === b.length &&
  a.every((item) => {
    const other = b.find((candidate) => candidate.i === item.i);
    return other && other.x === item.x && other.y === item.y && other.w === item.w && other.h === item.h;
  });

export function DashboardGrid({ dashboard, filters, editing, onEditWidget, onRemoveWidget }: DashboardGridProps) {
  const { width, containerRef, mounted } = useContainerWidth();
  const saveLayout = useSaveLayout(dashboard.id);
  const reportConflict = useReportConflict();
  const serverLayout = useMemo(() => toLayout(dashboard.widgets), [dashboard.widgets]);
  // Holds a moved layout until the server answers, so tiles do not jump back meanwhile. It is
  // tied to the layout it started from: any newer dashboard from the server replaces it.
  const [draft, setDraft] = useState<{ from: Layout; layout: Layout } | null>(null);

  const current = draft?.from === serverLayout ? draft.layout : serverLayout;
  const layout = !editing && width < STACK_BELOW ? stacked(current) : current;

  const commit: EventCallback = (next) => {
    if (samePositions(next, current)) return;
    setDraft({ from: serverLayout, layout: next });
    const positions = toPositions(next);
    saveLayout.mutate(
      { positions },
      {
        // The moved tiles stay where they were put until the user decides in the conflict dialog.
        onError: (error) =>
          reportConflict(error, {
            change: { kind: 'layout', positions },
            base: dashboard,
            // Tiles the other editor removed meanwhile cannot be placed any more.
            resend: (version, current) =>
              saveLayout.mutateAsync({
                positions: positions.filter((position) => current.widgets.some((widget) => widget.id === position.widget_id)),
                version,
              }),
          }),
      },
    );
  };

  return (
    <div ref={containerRef} data-testid="dashboard-grid">
      {mounted && (
        <ReactGridLayout
          width={width}
          layout={layout}
          gridConfig={{ cols: COLS, rowHeight: ROW_HEIGHT, margin: MARGIN, containerPadding: [0, 0] }}
          dragConfig={{ enabled: editing, handle: `.${DRAG_HANDLE_CLASS}` }}
          resizeConfig={{ enabled: editing, handles: ['se'] }}
          onDragStop={commit}
          onResizeStop={commit}
        >
          {dashboard.widgets.map((widget) => (
            <div key={widget.id}>
              <WidgetTile
                dashboardId={dashboard.id}
                widget={widget}
                filters={filters}
                refreshSeconds={dashboard.refresh_interval_seconds}
                editing={editing}
                onEdit={() => onEditWidget(widget)}
                onRemove={() => onRemoveWidget(widget)}
              />
            </div>
          ))}
        </ReactGridLayout>
      )}
    </div>
  );
}
