import { Avatar, Badge, Button, Card, CloseButton, Group, Stack, Text, Title } from '@mantine/core';
import type { Team } from '../api/types.js';
import { useAuth } from '../auth/AuthProvider.js';
import { notify } from '../ui/notify.js';
import { useAddTeamMember, useRemoveTeamMember } from './queries.js';
import { UserPicker } from './UserPicker.js';

interface TeamCardProps {
  team: Team;
  onRename: () => void;
  onDelete: () => void;
}

export function TeamCard({ team, onRename, onDelete }: TeamCardProps) {
  const { can } = useAuth();
  const addMember = useAddTeamMember();
  const removeMember = useRemoveTeamMember();
  // Picking members needs the user directory as well as the right to edit the team.
  const canEditMembers = can('teams:update') && can('users:read');
  const memberIds = team.members.map((member) => member.id);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`team-${team.id}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Group gap="xs" miw={0}>
          <Title order={2} size="h4" id={`team-${team.id}`} style={{ overflowWrap: 'anywhere' }}>
            {team.name}
          </Title>
          <Badge variant="light" color="gray">
            {team.members.length} {team.members.length === 1 ? 'member' : 'members'}
          </Badge>
        </Group>
        <Group gap="xs" wrap="nowrap">
          {can('teams:update') && (
            <Button size="xs" variant="default" onClick={onRename} aria-label={`Rename ${team.name}`}>
              Rename
            </Button>
          )}
          {can('teams:delete') && (
            <Button size="xs" variant="light" color="red" onClick={onDelete} aria-label={`Delete ${team.name}`}>
              Delete
            </Button>
          )}
        </Group>
      </Group>

      <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {team.members.map((member) => (
          <Group key={member.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Avatar size="sm" radius="xl" color="initials" name={member.name || member.email} />
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} truncate="end">
                  {member.name || member.email}
                </Text>
                {member.name && (
                  <Text size="xs" c="dimmed" truncate="end">
                    {member.email}
                  </Text>
                )}
              </div>
            </Group>
            {canEditMembers && (
              <CloseButton
                size="sm"
                aria-label={`Remove ${member.email} from ${team.name}`}
                disabled={removeMember.isPending && removeMember.variables?.userId === member.id}
                onClick={() =>
                  removeMember.mutate(
                    { teamId: team.id, userId: member.id },
                    { onSuccess: () => notify.success(`Removed ${member.email} from ${team.name}`) },
                  )
                }
              />
            )}
          </Group>
        ))}
        {team.members.length === 0 && (
          <Text component="li" size="sm" c="dimmed">
            No members yet.
          </Text>
        )}
      </Stack>

      {canEditMembers && (
        <UserPicker
          mt="md"
          label={`Add a member to ${team.name}`}
          excludeIds={memberIds}
          disabled={addMember.isPending}
          onPick={(userId) =>
            addMember.mutate({ teamId: team.id, userId }, { onSuccess: () => notify.success(`Member added to ${team.name}`) })
          }
        />
      )}
    </Card>
  );
}
