import { Box, Button, Group, NavLink, ScrollArea } from '@mantine/core';
import { Link, useLocation } from 'react-router-dom';
import { activeNavPath } from './navigation.js';
import { TOP_NAVIGATION_HEIGHT } from './shellLayouts.js';
import { useNavItems } from './useNavItems.js';

/** The main navigation as a column of links, for the navbar and the phone drawer. */
export function SideNavigation({ onNavigate }: { onNavigate: () => void }) {
  const items = useNavItems();
  const active = activeNavPath(items, useLocation().pathname);
  return items.map(({ label, to, icon: Icon }) => (
    <NavLink
      key={to}
      component={Link}
      to={to}
      label={label}
      leftSection={<Icon />}
      active={to === active}
      aria-current={to === active ? 'page' : undefined}
      onClick={onNavigate}
      mb={4}
    />
  ));
}

/** The main navigation as a row under the header (the fluid layout); it scrolls sideways when the window is narrow. */
export function TopNavigation() {
  const items = useNavItems();
  const active = activeNavPath(items, useLocation().pathname);
  return (
    <Box component="nav" aria-label="Main navigation">
      <ScrollArea type="never">
        <Group gap={4} px="md" h={TOP_NAVIGATION_HEIGHT} wrap="nowrap">
        {items.map(({ label, to, icon: Icon }) => (
          <Button
            key={to}
            component={Link}
            to={to}
            size="compact-sm"
            variant={to === active ? 'light' : 'subtle'}
            color={to === active ? undefined : 'gray'}
            leftSection={<Icon size={16} />}
            aria-current={to === active ? 'page' : undefined}
            style={{ flexShrink: 0 }}
          >
            {label}
          </Button>
        ))}
        </Group>
      </ScrollArea>
    </Box>
  );
}
