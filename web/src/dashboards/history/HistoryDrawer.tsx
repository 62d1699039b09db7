import { Alert, Badge, Button, Center, Drawer, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/errors.js';
import { formatDateTime, formatRelative } from '../../ui/format.js';
import type { Dashboard, RevisionSummary } from '../types.js';
import { useNow } from '../useNow.js';
import { actionLabel } from './actionLabels.js';
import { useVersions } from './historyQueries.js';
import { RevisionDetails } from './RevisionDetails.js';

interface HistoryDrawerProps {
  dashboard: Dashboard;
  opened: boolean;
  onClose: () => void;
}

function RevisionRow({ revision, current, now, onSelect }: { revision: RevisionSummary; current: boolean; now: number; onSelect: () => void }) {
  return (
    <UnstyledButton
      onClick={onSelect}
      p="xs"
      style={{ borderRadius: 'var(--mantine-radius-sm)', border: '1px solid var(--mantine-color-default-border)' }}
      aria-label={`Version ${revision.version}: ${actionLabel(revision.action)} by ${revision.author_email ?? 'unknown'}`}
      data-testid="revision-row"
    >
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={600}>
          Version {revision.version} · {actionLabel(revision.action)}
        </Text>
        {current && (
          <Badge size="xs" variant="light" color="teal">
            Current
          </Badge>
        )}
      </Group>
      {revision.message && (
        <Text size="sm" data-testid="revision-message" style={{ overflowWrap: 'anywhere' }}>
          {revision.message}
        </Text>
      )}
      <Text size="xs" c="dimmed" title={formatDateTime(revision.created_at)}>
        {revision.author_email ?? 'Unknown author'} · {formatRelative(revision.created_at, now)}
      </Text>
    </UnstyledButton>
  );
}

/** Every saved version of the dashboard, newest first; one can be inspected and brought back. */
export function HistoryDrawer({ dashboard, opened, onClose }: HistoryDrawerProps) {
  const versions = useVersions(dashboard.id, opened);
  const [selected, setSelected] = useState<number | null>(null);
  const now = useNow(30_000);

  let body;
  if (selected !== null) {
    body = <RevisionDetails dashboard={dashboard} version={selected} onBack={() => setSelected(null)} />;
  } else if (versions.isPending) {
    body = (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading history" />
      </Center>
    );
  } else if (versions.isError) {
    body = (
      <Alert color="red" variant="light" title="Could not load the history">
        {errorMessage(versions.error)}
      </Alert>
    );
  } else if (versions.data.pages[0]?.items.length === 0) {
    body = (
      <Text size="sm" c="dimmed">
        No versions recorded yet.
      </Text>
    );
  } else {
    body = (
      <Stack gap="xs">
        {versions.data.pages
          .flatMap((page) => page.items)
          .map((revision) => (
            <RevisionRow
              key={revision.version}
              revision={revision}
              current={revision.version === dashboard.version}
              now={now}
              onSelect={() => setSelected(revision.version)}
            />
          ))}
        {versions.hasNextPage && (
          <Button variant="subtle" onClick={() => void versions.fetchNextPage()} loading={versions.isFetchingNextPage}>
            Show older versions
          </Button>
        )}
      </Stack>
    );
  }

  return (
    <Drawer
      opened={opened}
      onClose={() => {
        setSelected(null);
        onClose();
      }}
      position="right"
      size="lg"
      title={`History of ${dashboard.name}`}
    >
      {body}
    </Drawer>
  );
}
