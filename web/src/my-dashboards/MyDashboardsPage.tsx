import { Alert, Anchor, Badge, Button, Center, Group, Loader, Table, Text } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/errors.js';
import { dashboardPath } from '../dashboards/keys.js';
import { notify } from '../ui/notify.js';
import { PageHeader } from '../ui/PageHeader.js';
import { useAssign, useMyDashboards, useUnassign, type Assignment } from './queries.js';
import { usePageTitle } from '../layout/usePageTitle.js';

export function MyDashboardsPage() {
  usePageTitle('My dashboards');
  const assignments = useMyDashboards();
  const assign = useAssign();
  const unassign = useUnassign();

  const makeDefault = (entry: Assignment) =>
    assign.mutate(
      { dashboardId: entry.id, isDefault: true },
      { onSuccess: () => notify.success(`${entry.name} now opens when you sign in`) },
    );
  const remove = (entry: Assignment) =>
    unassign.mutate(entry.id, { onSuccess: () => notify.success(`Removed ${entry.name} from your dashboards`) });

  let body;
  if (assignments.isPending) {
    body = (
      <Center py="xl">
        <Loader aria-label="Loading your dashboards" />
      </Center>
    );
  } else if (assignments.isError) {
    body = (
      <Alert color="red" variant="light" title="Could not load your dashboards">
        {errorMessage(assignments.error)}
      </Alert>
    );
  } else if (assignments.data.dashboards.length === 0) {
    body = (
      <Text c="dimmed">
        No dashboards here yet. Open a dashboard and choose “Add to my dashboards” from its menu (<IconDots size={16} role="img" aria-label="More dashboard actions" style={{ verticalAlign: -3 }} />).
      </Text>
    );
  } else {
    body = (
      <Table verticalSpacing="sm" aria-label="My dashboards" maw={900}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Dashboard</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th ta="right">Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {assignments.data.dashboards.map((entry) => (
            <Table.Tr key={entry.id} data-testid="my-dashboard-row">
              <Table.Td>
                <Group gap="xs">
                  <Anchor component={Link} to={dashboardPath(entry.id)} fw={500}>
                    {entry.name}
                  </Anchor>
                  {entry.isDefault && (
                    <Badge variant="light" color="teal" size="sm">
                      Default
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {entry.type || '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {!entry.isDefault && (
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={`Make ${entry.name} my default`}
                      loading={assign.isPending && assign.variables.dashboardId === entry.id}
                      onClick={() => makeDefault(entry)}
                    >
                      Make default
                    </Button>
                  )}
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${entry.name} from my dashboards`}
                    loading={unassign.isPending && unassign.variables === entry.id}
                    onClick={() => remove(entry)}
                  >
                    Remove
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }

  return (
    <>
      <PageHeader
        title="My dashboards"
        description="Dashboards you keep close at hand. The default one opens when you sign in."
      />
      {body}
    </>
  );
}
