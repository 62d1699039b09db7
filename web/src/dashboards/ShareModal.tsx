import { Alert, Badge, Button, Center, Group, Loader, Modal, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { errorMessage } from '../api/errors.js';
import { useReportConflict } from './conflicts/ConflictContext.js';
import { conflictCurrent, useUpdateDashboard } from './queries.js';
import { usePrincipals, useRemoveShare, useShare, useShares } from './sharingQueries.js';
import { VISIBILITIES, type Dashboard, type Permission, type Visibility } from './types.js';
import { VISIBILITY_LABELS } from './VisibilityBadge.js';

interface ShareModalProps {
  dashboard: Dashboard;
  opened: boolean;
  onClose: () => void;
}

const PERMISSIONS = [
  { value: 'view', label: 'Can view' },
  { value: 'edit', label: 'Can edit' },
];

/** Viewers only ever view, whatever a share says, so editing is not offered to them. */
const permissionsUpTo = (max: Permission) => PERMISSIONS.map((p) => ({ ...p, disabled: max === 'view' && p.value === 'edit' }));

export function ShareModal({ dashboard, opened, onClose }: ShareModalProps) {
  const shares = useShares(dashboard.id, opened);
  const update = useUpdateDashboard(dashboard.id);
  const reportConflict = useReportConflict();
  const share = useShare(dashboard.id);
  const remove = useRemoveShare(dashboard.id);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);
  const [permission, setPermission] = useState<Permission>('view');
  const principals = usePrincipals(debouncedSearch, opened);

  const current = shares.data?.shares ?? [];
  const options = (principals.data ?? [])
    // The owner has every right already; offering them would only add a meaningless share.
    .filter((principal) => principal.id !== dashboard.created_by)
    .filter((principal) => !current.some((entry) => entry.principal_id === principal.id))
    .map((principal) => ({
      value: principal.id,
      label: `${principal.type === 'team' ? 'Team: ' : ''}${principal.name}${principal.email ? ` (${principal.email})` : ''}${principal.max_permission === 'view' && permission === 'edit' ? ' · viewer, can view only' : ''}`,
    }));
  const ceilingOf = (id: string) => principals.data?.find((p) => p.id === id)?.max_permission ?? 'edit';
  const visibility = shares.data?.visibility ?? dashboard.visibility;
  // A stale visibility change goes to the conflict dialog, which says so itself.
  const error = (conflictCurrent(update.error) ? null : update.error) ?? share.error;

  const changeVisibility = (next: Visibility) => {
    const changes = { visibility: next };
    update.mutate(
      { changes, version: dashboard.version },
      {
        onError: (failure) =>
          reportConflict(failure, {
            change: { kind: 'settings', changes },
            base: dashboard,
            resend: (version) => update.mutateAsync({ changes, version }),
          }),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Share ${dashboard.name}`} size="lg">
      <Stack>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        <Select
          label="Visibility"
          description="Who sees the dashboard without being added below."
          data={VISIBILITIES.map((value) => ({ value, label: VISIBILITY_LABELS[value] }))}
          value={visibility}
          allowDeselect={false}
          disabled={update.isPending}
          onChange={(value) => value && value !== visibility && changeVisibility(value as Visibility)}
        />

        <Group align="flex-end" gap="sm">
          <Select
            label="Add people or teams"
            placeholder="Search by name or email"
            searchable
            // On a phone the picker takes the whole line and the permission wraps below it.
            style={{ flex: '1 1 240px' }}
            data={options}
            value={null}
            searchValue={search}
            onSearchChange={setSearch}
            // The server already matched the search text, also on fields the label does not show.
            filter={({ options: parsed }) => parsed}
            nothingFoundMessage={principals.isFetching ? 'Searching…' : 'Nobody found'}
            disabled={share.isPending}
            onChange={(id) => {
              if (!id) return;
              setSearch('');
              share.mutate({ shared_with: [id], permissions: ceilingOf(id) === 'view' ? 'view' : permission });
            }}
          />
          <SegmentedControl
            aria-label="Permission for people added"
            data={PERMISSIONS}
            value={permission}
            onChange={(value) => setPermission(value as Permission)}
          />
        </Group>

        {shares.isPending ? (
          <Center py="md">
            <Loader size="sm" aria-label="Loading shares" />
          </Center>
        ) : shares.isError ? (
          <Alert color="red" variant="light">
            {errorMessage(shares.error)}
          </Alert>
        ) : current.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not shared with anyone yet.
          </Text>
        ) : (
          <Table verticalSpacing="xs" aria-label="Shared with">
            <Table.Tbody>
              {current.map((entry) => (
                <Table.Tr key={entry.principal_id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Badge size="xs" variant="light" color={entry.principal_type === 'team' ? 'grape' : 'gray'} style={{ flexShrink: 0 }} visibleFrom="xs">
                        {entry.principal_type}
                      </Badge>
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {entry.name}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td w={120}>
                    <Select
                      size="xs"
                      aria-label={`Permission of ${entry.name}`}
                      data={permissionsUpTo(entry.max_permission)}
                      value={entry.max_permission === 'view' ? 'view' : entry.permission}
                      allowDeselect={false}
                      disabled={share.isPending}
                      onChange={(value) =>
                        value &&
                        value !== entry.permission &&
                        share.mutate({ shared_with: [entry.principal_id], permissions: value as Permission })
                      }
                    />
                  </Table.Td>
                  <Table.Td w={80} ta="right">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Stop sharing with ${entry.name}`}
                      loading={remove.isPending && remove.variables === entry.principal_id}
                      onClick={() => remove.mutate(entry.principal_id)}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
