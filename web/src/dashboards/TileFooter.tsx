import { ActionIcon, Group, Menu, Text, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { csvFileName, resultCsv } from '../charts/csv.js';
import { downloadCsv } from '../charts/downloadCsv.js';
import type { DateGrain } from '../charts/format/columnSettings.js';
import type { WidgetConfig, WidgetType } from '../charts/types.js';
import { formatRelative } from '../ui/format.js';
import type { WidgetData } from './types.js';
import { useNow } from './useNow.js';

function age(iso: string, now: number): string | null {
  const ms = now - new Date(iso).getTime();
  // A result computed for this very request is fresh, not cached.
  if (!Number.isFinite(ms) || ms < 5000) return null;
  return `cached ${formatRelative(iso, now, 'short')}`;
}

/** What a download needs to write the tile's values the way the tile shows them. */
export interface TileExport {
  title: string;
  type: WidgetType;
  config: WidgetConfig;
  timeGrain?: DateGrain | null;
}

function DownloadMenu({ data, tile }: { data: WidgetData; tile: TileExport }) {
  const download = (formatted: boolean) =>
    downloadCsv(csvFileName(tile.title), resultCsv(tile.type, data, tile.config, { formatted, context: { timeGrain: tile.timeGrain } }));
  return (
    <Menu position="top-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Download ${tile.title}`} ml="auto">
          <IconDownload size={14} aria-hidden="true" />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => download(true)}>Download CSV</Menu.Item>
        <Menu.Item onClick={() => download(false)}>Download CSV (raw values)</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function TileFooter({ data, tile }: { data: WidgetData; tile?: TileExport }) {
  const now = useNow(30_000);
  const cached = data.cached_at ? age(data.cached_at, now) : null;
  const ignored = data.ignored_filters;

  return (
    <Group gap={8} px="sm" py={4} wrap="nowrap" style={{ overflow: 'hidden' }}>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {Math.round(data.duration_ms)} ms
      </Text>
      {cached && (
        <Tooltip label={new Date(data.cached_at ?? '').toLocaleString()}>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {cached}
          </Text>
        </Tooltip>
      )}
      {data.truncated && (
        <Text size="xs" c="orange" style={{ whiteSpace: 'nowrap' }}>
          {data.truncated === 'bytes'
            ? `First ${data.row_count.toLocaleString()} rows (result size limit)`
            : `Truncated to ${data.row_count.toLocaleString()} rows`}
        </Text>
      )}
      {ignored.length > 0 && (
        <Tooltip label="This widget's query does not use these dashboard filters.">
          <Text size="xs" c="dimmed" truncate="end">
            Not filtered by {ignored.join(', ')}
          </Text>
        </Tooltip>
      )}
      {tile && data.columns.length > 0 && <DownloadMenu data={data} tile={tile} />}
    </Group>
  );
}
