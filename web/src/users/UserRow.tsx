import { Badge, Button, Group, Select, Table, Text } from '@mantine/core';
import { TENANT_ROLES, isRole, type TenantRole } from '../../../common/permissions.js';
import type { User } from '../api/types.js';
import { formatDateTime } from '../ui/format.js';

interface UserRowProps {
  user: User;
  isSelf: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  busy: boolean;
  onRoleChange: (role: TenantRole) => void;
  onToggleActive: () => void;
  onDelete: () => void;
}

const isTenantRole = (role: string): role is TenantRole => (TENANT_ROLES as readonly string[]).includes(role);

export function UserRow({ user, isSelf, canUpdate, canDelete, busy, onRoleChange, onToggleActive, onDelete }: UserRowProps) {
  // Changing your own role or locking yourself out is almost always a mistake, so the page does
  // not offer it; superadmins sit above the tenant roles this select can assign.
  const roleEditable = canUpdate && !isSelf && isTenantRole(user.role);

  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {user.email}
          {isSelf && (
            <Text span size="xs" c="dimmed" ml={6}>
              (you)
            </Text>
          )}
        </Text>
      </Table.Td>
      <Table.Td>{user.name}</Table.Td>
      <Table.Td>
        {roleEditable ? (
          <Select
            aria-label={`Role of ${user.email}`}
            size="xs"
            w={120}
            data={[...TENANT_ROLES]}
            value={user.role}
            allowDeselect={false}
            disabled={busy}
            onChange={(value) => value && isRole(value) && isTenantRole(value) && onRoleChange(value)}
          />
        ) : (
          <Badge variant="light" color={user.role === 'superadmin' ? 'grape' : 'indigo'}>
            {user.role}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Badge variant="dot" color={user.is_active ? 'teal' : 'gray'}>
          {user.is_active ? 'Active' : 'Inactive'}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={user.last_login_at ? undefined : 'dimmed'}>
          {formatDateTime(user.last_login_at)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {canUpdate && !isSelf && (
            <Button
              size="xs"
              variant="default"
              onClick={onToggleActive}
              disabled={busy}
              aria-label={`${user.is_active ? 'Deactivate' : 'Activate'} ${user.email}`}
            >
              {user.is_active ? 'Deactivate' : 'Activate'}
            </Button>
          )}
          {canDelete && !isSelf && (
            <Button
              size="xs"
              variant="light"
              color="red"
              onClick={onDelete}
              disabled={busy}
              aria-label={`Delete ${user.email}`}
            >
              Delete
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
