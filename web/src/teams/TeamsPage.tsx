import { Button, Group, Pagination, SimpleGrid, Text } from '@mantine/core';
import { PAGINATION_LABELS } from '../ui/paginationLabels.js';
import { useEffect, useState } from 'react';
import type { Team } from '../api/types.js';
import { useAuth } from '../auth/AuthProvider.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { notify } from '../ui/notify.js';
import { QueryState } from '../ui/QueryState.js';
import { PageHeader } from '../ui/PageHeader.js';
import { TEAMS_PAGE_SIZE, useCreateTeam, useDeleteTeam, useRenameTeam, useTeams } from './queries.js';
import { TeamCard } from './TeamCard.js';
import { TeamNameModal } from './TeamNameModal.js';
import { usePageTitle } from '../layout/usePageTitle.js';

export function TeamsPage() {
  usePageTitle('Teams');
  const { can } = useAuth();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Team | null>(null);
  const [pendingDelete, setPendingDelete] = useState<Team | null>(null);

  const teams = useTeams({ page });
  const createTeam = useCreateTeam();
  const renameTeam = useRenameTeam();
  const deleteTeam = useDeleteTeam();

  const totalPages = teams.data ? Math.max(1, Math.ceil(teams.data.total / TEAMS_PAGE_SIZE)) : 1;
  useEffect(() => {
    if (page > totalPages) setPage(totalPages);
  }, [page, totalPages]);

  const closeCreate = () => {
    setCreating(false);
    createTeam.reset();
  };
  const closeRename = () => {
    setRenaming(null);
    renameTeam.reset();
  };

  return (
    <>
      <PageHeader
        title="Teams"
        description="Group users to share dashboards and permissions."
        actions={can('teams:create') && <Button onClick={() => setCreating(true)}>New team</Button>}
      />

      <QueryState query={teams} noun="teams">
        {(data) => (
          <>
            {data.items.length === 0 ? (
              <Text c="dimmed" ta="center" py="xl">
                No teams yet.
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
                {data.items.map((team) => (
                  <TeamCard
                    key={team.id}
                    team={team}
                    onRename={() => setRenaming(team)}
                    onDelete={() => setPendingDelete(team)}
                  />
                ))}
              </SimpleGrid>
            )}
            <Group justify="space-between" mt="md">
              <Text size="sm" c="dimmed">
                {data.total} {data.total === 1 ? 'team' : 'teams'}
              </Text>
              {totalPages > 1 && <Pagination total={totalPages} value={page} onChange={setPage} {...PAGINATION_LABELS} />}
            </Group>
          </>
        )}
      </QueryState>

      <TeamNameModal
        opened={creating}
        title="New team"
        submitLabel="Create team"
        pending={createTeam.isPending}
        error={createTeam.error}
        onClose={closeCreate}
        onSubmit={(name) =>
          createTeam.mutate(name, {
            onSuccess: (team) => {
              notify.success(`Created ${team.name}`);
              closeCreate();
            },
          })
        }
      />
      <TeamNameModal
        opened={renaming !== null}
        title="Rename team"
        submitLabel="Save"
        initialName={renaming?.name}
        pending={renameTeam.isPending}
        error={renameTeam.error}
        onClose={closeRename}
        onSubmit={(name) =>
          renaming &&
          renameTeam.mutate(
            { id: renaming.id, name },
            {
              onSuccess: (team) => {
                notify.success(`Renamed to ${team.name}`);
                closeRename();
              },
            },
          )
        }
      />
      <ConfirmModal
        opened={pendingDelete !== null}
        title="Delete team"
        confirmLabel="Delete team"
        loading={deleteTeam.isPending}
        onClose={() => setPendingDelete(null)}
        onConfirm={() =>
          pendingDelete &&
          deleteTeam.mutate(pendingDelete.id, {
            onSuccess: () => notify.success(`Deleted ${pendingDelete.name}`),
            onSettled: () => setPendingDelete(null),
          })
        }
      >
        Delete <strong>{pendingDelete?.name}</strong>? Its members keep their accounts; only the team goes away.
      </ConfirmModal>
    </>
  );
}
