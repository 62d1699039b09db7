import { ActionIcon, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider.js';
import { highestRole } from '../auth/session.js';
import { ChevronDownIcon, LogoutIcon, MenuIcon, MoonIcon, PaletteIcon, SunIcon } from './icons.js';
import { activeNavPath } from './navigation.js';
import { useColorSchemeToggle } from './useColorSchemeToggle.js';
import { useNavItems } from './useNavItems.js';

interface UserMenuProps {
  /** On a phone the header has room for nothing else: the menu also holds the navigation, the color mode and Log out. */
  phone: boolean;
  onLogout: () => void;
}

/** The signed-in user's menu: what concerns them alone, and on a phone everything the header holds on a desktop. */
export function UserMenu({ phone, onLogout }: UserMenuProps) {
  const { user } = useAuth();
  const items = useNavItems();
  const active = activeNavPath(items, useLocation().pathname);
  const scheme = useColorSchemeToggle();
  if (!user) return null;
  const role = highestRole(user.roles);
  const label = `Account menu of ${user.email}`;
  return (
    <Menu position="bottom-end" width={phone ? 260 : 220} withinPortal>
      <Menu.Target>
        {phone ? (
          <ActionIcon variant="default" size="lg" aria-label={label}>
            <MenuIcon size={20} />
          </ActionIcon>
        ) : (
          <UnstyledButton aria-label={label} miw={0} title={user.email}>
            <Group gap={4} wrap="nowrap" miw={0}>
              <Text size="sm" fw={500} truncate="end" miw={0} maw={280}>
                {user.email}
              </Text>
              <ChevronDownIcon size={14} style={{ flexShrink: 0 }} />
            </Group>
          </UnstyledButton>
        )}
      </Menu.Target>
      <Menu.Dropdown>
        {phone && (
          <>
            <Menu.Label>Go to</Menu.Label>
            {items.map(({ label: itemLabel, to, icon: Icon }) => (
              <Menu.Item
                key={to}
                component={Link}
                to={to}
                leftSection={<Icon size={16} />}
                aria-current={to === active ? 'page' : undefined}
                fw={to === active ? 600 : undefined}
              >
                {itemLabel}
              </Menu.Item>
            ))}
            <Menu.Divider />
          </>
        )}
        <Menu.Label>
          <Text span size="xs" truncate="end" display="block">
            {phone ? user.email : role ? `Signed in as ${role}` : 'Signed in'}
          </Text>
        </Menu.Label>
        {phone && (
          <Menu.Item leftSection={scheme.next === 'light' ? <SunIcon size={16} /> : <MoonIcon size={16} />} onClick={scheme.toggle} closeMenuOnClick={false}>
            Switch to {scheme.next} mode
          </Menu.Item>
        )}
        <Menu.Item component={Link} to="/settings/theme" leftSection={<PaletteIcon size={16} />}>
          Theme settings
        </Menu.Item>
        {phone && (
          <Menu.Item leftSection={<LogoutIcon size={16} />} onClick={onLogout}>
            Log out
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
