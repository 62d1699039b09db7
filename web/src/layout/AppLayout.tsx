import { AppShell, Box, Burger, Button, Group, ScrollArea, Title, UnstyledButton, em, useComputedColorScheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router-dom';
import { useThemeSettings } from '../theme-settings/ThemeSettingsProvider.js';
import { ColorSchemeToggle } from './ColorSchemeToggle.js';
import { LogoutIcon } from './icons.js';
import { SideNavigation, TopNavigation } from './NavigationLinks.js';
import { SHELL_LAYOUTS, TOP_NAVIGATION_HEIGHT, boxedShellStyles } from './shellLayouts.js';
import { useLogout } from './useLogout.js';
import { UserMenu } from './UserMenu.js';

/** Below this width (a phone held upright) the header keeps only the brand and the user menu. */
const PHONE_MAX_WIDTH = 599;

function Brand() {
  return (
    <UnstyledButton component={Link} to="/">
      <Title order={2} size="h3" fw={800}>
        Tessera
      </Title>
    </UnstyledButton>
  );
}

/**
 * The frame of every signed-in page, arranged by the page layout setting (see `SHELL_LAYOUTS`).
 * `children` lets pages outside the route tree (the signed-in 404) reuse the frame.
 */
export function AppLayout({ children }: { children?: ReactNode }) {
  const [navOpened, nav] = useDisclosure(false);
  const { logOut, loggingOut } = useLogout();
  const phone = useMediaQuery(`(max-width: ${em(PHONE_MAX_WIDTH)})`, false, { getInitialValueInEffect: false }) ?? false;
  const { layout } = useThemeSettings().applied;
  const shell = SHELL_LAYOUTS[layout];
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const onTop = shell.navigation === 'top';

  return (
    <AppShell
      layout={shell.fullHeightNavbar ? 'alt' : 'default'}
      header={{ height: onTop ? { base: shell.headerHeight, sm: shell.headerHeight + TOP_NAVIGATION_HEIGHT } : shell.headerHeight }}
      navbar={{ width: shell.navbarWidth, breakpoint: 'sm', collapsed: { mobile: !navOpened, desktop: onTop } }}
      padding={shell.padding}
      styles={shell.boxed ? boxedShellStyles(scheme === 'dark' ? 'var(--mantine-color-dark-8)' : 'var(--mantine-color-gray-1)') : undefined}
      data-page-layout={layout}
    >
      <AppShell.Header>
        <Group h={shell.headerHeight} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
            {!phone && <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />}
            {/* With the full-height navbar the brand heads the navbar instead, except on phones where the navbar is a drawer. */}
            <Box hiddenFrom={shell.fullHeightNavbar ? 'sm' : undefined}>
              <Brand />
            </Box>
          </Group>
          <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }} justify="flex-end">
            {!phone && <ColorSchemeToggle />}
            <UserMenu phone={phone} onLogout={() => void logOut()} />
            {!phone && (
              <Button variant="default" onClick={() => void logOut()} loading={loggingOut} leftSection={<LogoutIcon size={16} />} style={{ flexShrink: 0 }}>
                Log out
              </Button>
            )}
          </Group>
        </Group>
        {onTop && (
          <Box visibleFrom="sm" style={{ borderTop: '1px solid var(--app-shell-border-color)' }}>
            <TopNavigation />
          </Box>
        )}
      </AppShell.Header>

      {/* With the navigation on top, the navbar is only the phone's drawer. */}
      <AppShell.Navbar p="sm" aria-label="Main navigation" hiddenFrom={onTop ? 'sm' : undefined}>
        {shell.fullHeightNavbar && (
          <Group h={shell.headerHeight - 12} px="xs" mb="xs" visibleFrom="sm">
            <Brand />
          </Group>
        )}
        <AppShell.Section grow component={ScrollArea}>
          <SideNavigation onNavigate={nav.close} />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>{children ?? <Outlet />}</AppShell.Main>
    </AppShell>
  );
}
