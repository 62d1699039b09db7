import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider.js';
import { notify } from '../ui/notify.js';
import { ColorSchemeToggle } from './ColorSchemeToggle.js';
import { activeNavPath } from './navigation.js';
import { useNavItems } from './useNavItems.js';

/** `children` lets pages outside the route tree (the signed-in 404) reuse the frame. */
export function AppLayout({ children }: { children?: ReactNode }) {
  const { user, logout } = useAuth();
  const [navOpened, nav] = useDisclosure(false);
  const [loggingOut, setLoggingOut] = useState(false);
  const { pathname } = useLocation();
  const navigate = useNavigate();

  const handleLogout = async () => {
    setLoggingOut(true);
    try {
      await logout();
    } catch {
      notify.error('The server did not confirm the logout; you have been signed out of this page anyway.');
    } finally {
      setLoggingOut(false);
      navigate('/login', { replace: true });
    }
  };

  const visibleItems = useNavItems();
  const activePath = activeNavPath(visibleItems, pathname);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <UnstyledButton component={Link} to="/">
              <Title order={2} size="h3" fw={800}>
                Tessera
              </Title>
            </UnstyledButton>
          </Group>
          <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }} justify="flex-end">
            <ColorSchemeToggle />
            <Text size="sm" fw={500} truncate="end" miw={0} maw={280} title={user?.email}>
              {user?.email}
            </Text>
            <Button variant="default" onClick={() => void handleLogout()} loading={loggingOut} style={{ flexShrink: 0 }}>
              Log out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Main navigation">
        <AppShell.Section grow component={ScrollArea}>
          {visibleItems.map(({ label, to, icon: Icon }) => (
            <NavLink
              key={to}
              component={Link}
              to={to}
              label={label}
              leftSection={<Icon />}
              active={to === activePath}
              aria-current={to === activePath ? 'page' : undefined}
              onClick={nav.close}
              mb={4}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>{children ?? <Outlet />}</AppShell.Main>
    </AppShell>
  );
}
