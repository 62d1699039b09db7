import { IconPencil, IconX } from '@tabler/icons-react';
import { ActionIcon, Alert, Box, Center, Group, Loader, Paper, Text, Tooltip } from '@mantine/core';
import { errorMessage } from '../api/errors.js';
import type { ResultSet } from '../charts/types.js';
import { timeGrainOf } from '../charts/format/columnSettings.js';
import { WidgetVisual } from '../charts/WidgetVisual.js';
import { useCrossFilterPick } from './cross-filter/CrossFilterContext.js';
import { DrillBreadcrumb } from './drill/DrillBreadcrumb.js';
import { useDrill } from './drill/useDrill.js';
import { useResolvedWidgetType } from './widgetTypes.js';
import { TileFooter } from './TileFooter.js';
import type { Filter, Widget } from './types.js';
import { useStableValue } from './useStableValue.js';
import { useWidgetData } from './widgetQueries.js';

export const DRAG_HANDLE_CLASS = 'widget-drag-handle';

interface WidgetTileProps {
  dashboardId: string;
  widget: Widget;
  filters: Filter[];
  refreshSeconds: number | null;
  editing: boolean;
  /** False where edit mode arranges tiles only (the phone layout): no Edit or Remove. */
  canChangeWidget?: boolean;
  onEdit: () => void;
  onRemove: () => void;
}

const NO_ROWS: ResultSet = { columns: [], rows: [] };

export function WidgetTile({ dashboardId, widget, filters, refreshSeconds, editing, canChangeWidget = true, onEdit, onRemove }: WidgetTileProps) {
  const drill = useDrill(widget);
  // Editing shows widgets as they are: a drill-down resumes after the session.
  const data = useWidgetData({ dashboardId, widget, filters, refreshSeconds, drill: editing ? undefined : drill.query });
  const resolved = useResolvedWidgetType(widget.widget_type);
  const config = useStableValue(editing ? { ...resolved.config, ...widget.config } : drill.configFor({ ...resolved.config, ...widget.config }));
  const filterDashboard = useCrossFilterPick();
  // A click goes down a level while there is one, then filters the dashboard by the value clicked.
  const onPick = editing ? undefined : drill.canGoDown ? drill.down : (filterDashboard ?? undefined);
  const isText = resolved.visualization === 'text';
  const timeGrain = (editing ? undefined : drill.shownGrain) ?? timeGrainOf(widget.data_source);

  const failure = data.isError ? errorMessage(data.error) : data.data?.status === 'error' ? (data.data.error ?? 'The query failed.') : null;
  // Data kept from other filter values is only a stand-in: the tile is still loading its own.
  const stale = data.isPlaceholderData;
  const status = isText ? 'ok' : failure && !stale ? 'error' : data.isPending || stale ? 'loading' : 'ok';

  let body;
  if ((data.isPending && !isText) || (stale && failure)) {
    body = (
      <Center h="100%">
        <Loader size="sm" aria-label={`Loading ${widget.name}`} />
      </Center>
    );
  } else if (failure) {
    body = (
      <Alert color="red" variant="light" role="alert" title="This widget could not load" style={{ overflow: 'auto', maxHeight: '100%' }}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {failure}
        </Text>
      </Alert>
    );
  } else {
    body = (
      <div style={{ height: '100%', opacity: stale ? 0.45 : 1, transition: 'opacity 150ms' }}>
        <WidgetVisual type={resolved.visualization} result={data.data ?? NO_ROWS} config={config} title={widget.name} timeGrain={timeGrain} onPick={onPick} />
      </div>
    );
  }

  return (
    <Paper
      withBorder
      h="100%"
      data-testid="widget-tile"
      data-widget-id={widget.id}
      data-widget-type={widget.widget_type}
      data-status={status}
      aria-busy={status === 'loading'}
      style={{ display: 'flex', flexDirection: 'column', overflow: 'hidden' }}
    >
      <Group gap={4} px="sm" pt={6} pb={2} wrap="nowrap">
        <Text
          fw={600}
          size="sm"
          truncate="end"
          title={widget.name}
          className={editing ? DRAG_HANDLE_CLASS : undefined}
          style={{ flex: 1, cursor: editing ? 'move' : undefined }}
        >
          {widget.name}
        </Text>
        {data.isFetching && !data.isPending && <Loader size={12} aria-label="Refreshing" />}
        {editing && canChangeWidget && (
          <>
            <Tooltip label="Edit widget">
              <ActionIcon variant="subtle" size="sm" aria-label={`Edit ${widget.name}`} onClick={onEdit}>
                <IconPencil size={16} aria-hidden="true" />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Remove widget">
              <ActionIcon variant="subtle" color="red" size="sm" aria-label={`Remove ${widget.name}`} onClick={onRemove}>
                <IconX size={16} aria-hidden="true" />
              </ActionIcon>
            </Tooltip>
          </>
        )}
      </Group>
      <DrillBreadcrumb drill={drill} />
      <Box px="sm" py={4} style={{ flex: 1, minHeight: 0, position: 'relative' }}>
        {body}
      </Box>
      {!isText && data.data && !failure && !stale && (
        <TileFooter data={data.data} tile={{ title: widget.name, type: resolved.visualization, config, timeGrain }} />
      )}
    </Paper>
  );
}
