import { Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider.js';
import { highestRole } from '../auth/session.js';
import { ChevronDownIcon, PaletteIcon, UserIcon } from './icons.js';

/** The signed-in user's email, opening what concerns them alone. */
export function UserMenu() {
  const { user } = useAuth();
  if (!user) return null;
  const role = highestRole(user.roles);
  return (
    <Menu position="bottom-end" width={220} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu of ${user.email}`} miw={0} title={user.email}>
          <Group gap={4} wrap="nowrap" miw={0}>
            {/* A phone's header has no room for the address; the icon opens the same menu. */}
            <Box hiddenFrom="xs" lh={0}>
              <UserIcon size={20} />
            </Box>
            <Text size="sm" fw={500} truncate="end" miw={0} maw={280} visibleFrom="xs">
              {user.email}
            </Text>
            <ChevronDownIcon size={14} style={{ flexShrink: 0 }} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{role ? `Signed in as ${role}` : 'Signed in'}</Menu.Label>
        <Menu.Item component={Link} to="/settings/theme" leftSection={<PaletteIcon size={16} />}>
          Theme settings
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
