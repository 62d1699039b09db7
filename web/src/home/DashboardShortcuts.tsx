import { Anchor, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import type { ReactNode } from 'react';
import { useRecent, useStarred } from '../dashboards/favorites.js';
import { dashboardPath } from '../dashboards/keys.js';
import { useMyDashboards } from '../my-dashboards/queries.js';

interface Shortcut {
  id: string;
  name: string;
}

function ShortcutList({ title, items, loading, empty, testId }: { title: string; items: Shortcut[]; loading: boolean; empty: ReactNode; testId: string }) {
  return (
    <Card withBorder padding="lg" data-testid={testId}>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      {loading ? (
        <Stack gap={6}>
          <Skeleton h={16} />
          <Skeleton h={16} w="70%" />
        </Stack>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <li key={item.id}>
              <Anchor component={Link} to={dashboardPath(item.id)}>
                {item.name}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** Home's way back to work: the user's default dashboard, the ones they starred and the ones they opened lately. */
export function DashboardShortcuts() {
  const starred = useStarred();
  const recent = useRecent();
  const assigned = useMyDashboards();
  const preferred = assigned.data?.dashboards.find((d) => d.isDefault);
  return (
    <Stack gap="sm">
      {preferred && (
        <Group gap="xs">
          <Text size="sm">Your default dashboard:</Text>
          <Anchor component={Link} to={dashboardPath(preferred.id)} fw={600}>
            {preferred.name}
          </Anchor>
          <Badge variant="light" size="sm">
            default
          </Badge>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ShortcutList title="Starred dashboards" testId="starred-dashboards" items={starred.data?.items ?? []} loading={starred.isPending} empty={
            <>
              Star a dashboard (<IconStar size={14} role="img" aria-label="the star" style={{ verticalAlign: -2 }} /> beside its name) to keep it here.
            </>
          } />
        <ShortcutList title="Recently opened" testId="recent-dashboards" items={recent.data?.items ?? []} loading={recent.isPending} empty="Dashboards you open show up here." />
      </SimpleGrid>
    </Stack>
  );
}
