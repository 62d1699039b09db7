import { Group, Text, Tooltip } from '@mantine/core';
import { formatRelative } from '../ui/format.js';
import type { WidgetData } from './types.js';
import { useNow } from './useNow.js';

function age(iso: string, now: number): string | null {
  const ms = now - new Date(iso).getTime();
  // A result computed for this very request is fresh, not cached.
  if (!Number.isFinite(ms) || ms < 5000) return null;
  return `cached ${formatRelative(iso, now, 'short')}`;
}

export function TileFooter({ data }: { data: WidgetData }) {
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
    </Group>
  );
}
