import { Button, Group, Pagination, Paper, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { PAGINATION_LABELS } from '../ui/paginationLabels.js';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { User } from '../api/types.js';
import { useAuth } from '../auth/AuthProvider.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { notify } from '../ui/notify.js';
import { QueryState } from '../ui/QueryState.js';
import { PageHeader } from '../ui/PageHeader.js';
import { CreateUserModal } from './CreateUserModal.js';
import { USERS_PAGE_SIZE, useDeleteUser, useSetUserActive, useUpdateUser, useUsers } from './queries.js';
import { UserRow } from './UserRow.js';
import { usePageTitle } from '../layout/usePageTitle.js';

export function UsersPage() {
  usePageTitle('Users');
  const { user: me, can } = useAuth();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [pendingDelete, setPendingDelete] = useState<User | null>(null);

  const users = useUsers({ page, search: debouncedSearch });
  const updateUser = useUpdateUser();
  const setActive = useSetUserActive();
  const deleteUser = useDeleteUser();

  const busyId =
    (updateUser.isPending && updateUser.variables?.id) || (setActive.isPending && setActive.variables?.id) || null;
  const totalPages = users.data ? Math.max(1, Math.ceil(users.data.total / USERS_PAGE_SIZE)) : 1;

  // Deleting the last row of the last page would otherwise strand the table on an empty page.
  useEffect(() => {
    if (page > totalPages) setPage(totalPages);
  }, [page, totalPages]);

  const confirmDelete = () => {
    if (!pendingDelete) return;
    deleteUser.mutate(pendingDelete.id, {
      onSuccess: () => notify.success(`Deleted ${pendingDelete.email}`),
      onSettled: () => setPendingDelete(null),
    });
  };

  return (
    <>
      <PageHeader
        title="Users"
        description="People who can sign in to this tenant."
        actions={can('users:create') && <Button onClick={() => setCreating(true)}>New user</Button>}
      />

      <TextInput
        label="Search users"
        placeholder="Search by email or name"
        type="search"
        maw={360}
        mb="md"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
      />

      <QueryState query={users} noun="users">
        {(data) => (
          <Paper withBorder>
            <Table.ScrollContainer minWidth={820}>
              <Table verticalSpacing="sm" highlightOnHover aria-busy={users.isFetching}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Email</Table.Th>
                    <Table.Th>Name</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Active</Table.Th>
                    <Table.Th>Last login</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((user) => (
                    <UserRow
                      key={user.id}
                      user={user}
                      isSelf={user.id === me?.id}
                      canUpdate={can('users:update')}
                      canDelete={can('users:delete')}
                      busy={busyId === user.id}
                      onRoleChange={(role) =>
                        updateUser.mutate(
                          { id: user.id, changes: { role } },
                          { onSuccess: () => notify.success(`${user.email} is now ${role}`) },
                        )
                      }
                      onToggleActive={() =>
                        setActive.mutate(
                          { id: user.id, active: !user.is_active },
                          {
                            onSuccess: (updated) =>
                              notify.success(`${updated.email} ${updated.is_active ? 'activated' : 'deactivated'}`),
                          },
                        )
                      }
                      onDelete={() => setPendingDelete(user)}
                    />
                  ))}
                  {data.items.length === 0 && (
                    <Table.Tr>
                      <Table.Td colSpan={6}>
                        <Text c="dimmed" ta="center" py="lg">
                          {debouncedSearch ? `No users match “${debouncedSearch}”.` : 'No users yet.'}
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

      {users.data && (
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed">
            {users.data.total} {users.data.total === 1 ? 'user' : 'users'}
          </Text>
          {totalPages > 1 && <Pagination total={totalPages} value={page} onChange={setPage} {...PAGINATION_LABELS} />}
        </Group>
      )}

      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmModal
        opened={pendingDelete !== null}
        title="Delete user"
        confirmLabel="Delete user"
        loading={deleteUser.isPending}
        onConfirm={confirmDelete}
        onClose={() => setPendingDelete(null)}
      >
        Delete <strong>{pendingDelete?.email}</strong>? They lose access immediately and this cannot be undone.
      </ConfirmModal>
    </>
  );
}
