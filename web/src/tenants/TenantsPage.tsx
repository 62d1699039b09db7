import { Alert, Button, Group, Paper, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { errorMessage, fieldError } from '../api/errors.js';
import type { TenantWithUserCount } from '../api/types.js';
import { useAuth } from '../auth/AuthProvider.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { formatDate } from '../ui/format.js';
import { notify } from '../ui/notify.js';
import { QueryState } from '../ui/QueryState.js';
import { PageHeader } from '../ui/PageHeader.js';
import { useCreateTenant, useDeleteTenant, useTenants } from './queries.js';
import { usePageTitle } from '../layout/usePageTitle.js';

export function TenantsPage() {
  usePageTitle('Tenants');
  const { user, can } = useAuth();
  const tenants = useTenants();
  const createTenant = useCreateTenant();
  const deleteTenant = useDeleteTenant();
  const [name, setName] = useState('');
  const [pendingDelete, setPendingDelete] = useState<TenantWithUserCount | null>(null);

  const handleCreate = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    createTenant.mutate(trimmed, {
      onSuccess: (tenant) => {
        notify.success(`Created tenant ${tenant.name}`);
        setName('');
      },
    });
  };

  return (
    <>
      <PageHeader title="Tenants" description="Isolated workspaces, each with its own users, teams and dashboards." />

      {can('tenants:create') && (
        <Paper withBorder p="md" mb="lg" component="form" onSubmit={handleCreate}>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label="New tenant name"
              placeholder="Acme Corp"
              required
              w={{ base: '100%', xs: 320 }}
              value={name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                if (createTenant.isError) createTenant.reset();
              }}
              error={fieldError(createTenant.error, 'name')}
            />
            <Button type="submit" loading={createTenant.isPending} disabled={!name.trim()}>
              Create tenant
            </Button>
          </Group>
          {createTenant.isError && !fieldError(createTenant.error, 'name') && (
            <Alert color="red" variant="light" mt="sm">
              {errorMessage(createTenant.error)}
            </Alert>
          )}
        </Paper>
      )}

      <QueryState query={tenants} noun="tenants">
        {(data) => (
          <Paper withBorder>
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Users</Table.Th>
                    <Table.Th>Created</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((tenant) => {
                    const isOwn = tenant.id === user?.tenant_id;
                    return (
                      <Table.Tr key={tenant.id}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {tenant.name}
                            {isOwn && (
                              <Text span size="xs" c="dimmed" ml={6}>
                                (yours)
                              </Text>
                            )}
                          </Text>
                        </Table.Td>
                        <Table.Td>{tenant.user_count}</Table.Td>
                        <Table.Td>{formatDate(tenant.created_at)}</Table.Td>
                        <Table.Td>
                          <Group justify="flex-end">
                            {can('tenants:delete') && !isOwn && (
                              <Button
                                size="xs"
                                variant="light"
                                color="red"
                                onClick={() => setPendingDelete(tenant)}
                                aria-label={`Delete ${tenant.name}`}
                              >
                                Delete
                              </Button>
                            )}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                  {data.items.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={4}>
                        <Text c="dimmed" ta="center" py="lg">
                          No tenants yet.
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
      </QueryState>

      {tenants.data && tenants.data.total > tenants.data.items.length && (
        <Text size="sm" c="dimmed" mt="md">
          Showing {tenants.data.items.length} of {tenants.data.total} tenants.
        </Text>
      )}

      <ConfirmModal
        opened={pendingDelete !== null}
        title="Delete tenant"
        confirmLabel="Delete tenant"
        loading={deleteTenant.isPending}
        onClose={() => setPendingDelete(null)}
        onConfirm={() =>
          pendingDelete &&
          deleteTenant.mutate(pendingDelete.id, {
            onSuccess: () => notify.success(`Deleted tenant ${pendingDelete.name}`),
            onSettled: () => setPendingDelete(null),
          })
        }
      >
        Delete <strong>{pendingDelete?.name}</strong>?{' '}
        {pendingDelete && pendingDelete.user_count > 0
          ? `It still has ${pendingDelete.user_count} ${pendingDelete.user_count === 1 ? 'user' : 'users'}; the server refuses to delete a tenant until they are removed.`
          : 'This cannot be undone.'}
      </ConfirmModal>
    </>
  );
}
