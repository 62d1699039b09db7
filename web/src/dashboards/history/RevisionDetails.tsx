import { Alert, Anchor, Button, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../api/errors.js';
import { ConfirmModal } from '../../ui/ConfirmModal.js';
import { formatDateTime } from '../../ui/format.js';
import { notify } from '../../ui/notify.js';
import { CONTENT_FIELDS, fieldText, positionText, widgetTypeText } from '../contentText.js';
import type { Dashboard } from '../types.js';
import { actionLabel } from './actionLabels.js';
import { useRestoreVersion, useRevision } from './historyQueries.js';
import { RevisionChanges } from './RevisionChanges.js';

interface RevisionDetailsProps {
  dashboard: Dashboard;
  version: number;
  onBack: () => void;
}

// The drawer sits at the modal layer; the confirmation must come up above it.
const ABOVE_DRAWER = 300;

export function RevisionDetails({ dashboard, version, onBack }: RevisionDetailsProps) {
  const revision = useRevision(dashboard.id, version);
  const restore = useRestoreVersion(dashboard.id);
  const [confirming, setConfirming] = useState(false);
  // The version before by default; the first version has none.
  const [base, setBase] = useState<number | null>(version > 1 ? version - 1 : null);
  const isCurrent = version === dashboard.version;

  const back = (
    <Anchor component="button" type="button" size="sm" onClick={onBack} style={{ alignSelf: 'flex-start', display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={14} aria-hidden="true" />
      All versions
    </Anchor>
  );

  if (revision.isPending) {
    return (
      <Stack>
        {back}
        <Center py="xl">
          <Loader size="sm" aria-label={`Loading version ${version}`} />
        </Center>
      </Stack>
    );
  }
  if (revision.isError) {
    return (
      <Stack>
        {back}
        <Alert color="red" variant="light" title={`Could not load version ${version}`}>
          {errorMessage(revision.error)}
        </Alert>
      </Stack>
    );
  }

  const { dashboard: content } = revision.data;
  return (
    <Stack data-testid="revision-details">
      {back}
      <div>
        <Title order={3} size="h4">
          Version {version} · {actionLabel(revision.data.action)}
        </Title>
        <Text size="sm" c="dimmed">
          {revision.data.author_email ?? 'Unknown author'} · {formatDateTime(revision.data.created_at)}
        </Text>
      </div>
      {restore.isError && (
        <Alert color="red" variant="light" role="alert" title="Not restored">
          {errorMessage(restore.error)}
        </Alert>
      )}
      {dashboard.can_manage && (
        <Group>
          <Button onClick={() => setConfirming(true)} disabled={isCurrent} title={isCurrent ? 'This is the current version' : undefined}>
            Restore this version
          </Button>
        </Group>
      )}

      <RevisionChanges
        dashboardId={dashboard.id}
        version={version}
        content={content}
        latestVersion={Math.max(dashboard.version, version)}
        base={base}
        onBaseChange={setBase}
      />

      <Text fw={600} size="sm" mt="sm">
        This version in full
      </Text>
      <Table verticalSpacing={4} aria-label="Settings of this version">
        <Table.Tbody>
          {CONTENT_FIELDS.map(({ key, label }) => (
            <Table.Tr key={key}>
              <Table.Th w={130}>{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{fieldText(key, content)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Text fw={600} size="sm">
        {content.widgets.length} {content.widgets.length === 1 ? 'widget' : 'widgets'}
      </Text>
      {content.widgets.length > 0 && (
        <Table verticalSpacing={4} aria-label="Widgets of this version">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Position</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...content.widgets]
              .sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
              .map((widget) => (
                <Table.Tr key={widget.id}>
                  <Table.Td>{widget.name}</Table.Td>
                  <Table.Td>{widgetTypeText(widget.widget_type)}</Table.Td>
                  <Table.Td>{positionText(widget.position)}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      )}

      <ConfirmModal
        opened={confirming}
        title={`Restore version ${version}`}
        confirmLabel="Restore"
        loading={restore.isPending}
        zIndex={ABOVE_DRAWER}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          restore.mutate(version, {
            onSuccess: (restored) => {
              notify.success(`Restored version ${version}; the dashboard is now at version ${restored.version}`);
              onBack();
            },
            onSettled: () => setConfirming(false),
          })
        }
      >
        The name, settings, filters and widgets of <strong>{dashboard.name}</strong> become those of version {version}. This is
        saved as a new version, so nothing in the history is lost.
      </ConfirmModal>
    </Stack>
  );
}
