import { ActionIcon, Anchor, Badge, Button, Group, Menu, Stack, Text, Title, Tooltip } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { Dashboard } from './types.js';
import { VisibilityBadge } from './VisibilityBadge.js';

interface DashboardHeaderProps {
  dashboard: Dashboard;
  editing: boolean;
  refreshing: boolean;
  onToggleEdit: () => void;
  onAddWidget: () => void;
  onRefresh: () => void;
  onShare: () => void;
  onSettings: () => void;
  onDelete: () => void;
}

export function DashboardHeader(props: DashboardHeaderProps) {
  const { dashboard, editing, refreshing } = props;
  const refresh = dashboard.refresh_interval_seconds;

  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
      <Stack gap={4} miw={0} style={{ flex: 1 }}>
        <Anchor component={Link} to="/dashboards" size="sm">
          ← Dashboards
        </Anchor>
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {dashboard.name}
          </Title>
          <VisibilityBadge visibility={dashboard.visibility} />
        </Group>
        {dashboard.description && (
          <Text c="dimmed" size="sm">
            {dashboard.description}
          </Text>
        )}
        <Group gap={6}>
          {dashboard.tags.map((tag) => (
            <Badge key={tag} variant="outline" size="sm">
              {tag}
            </Badge>
          ))}
          {refresh ? (
            <Text size="xs" c="dimmed">
              Refreshes every {refresh >= 60 && refresh % 60 === 0 ? `${refresh / 60} min` : `${refresh} s`}
            </Text>
          ) : null}
        </Group>
      </Stack>

      <Group gap="xs">
        <Tooltip label="Reload data">
          <ActionIcon variant="default" size="lg" aria-label="Reload data" onClick={props.onRefresh} loading={refreshing}>
            ⟳
          </ActionIcon>
        </Tooltip>
        {editing && <Button onClick={props.onAddWidget}>Add widget</Button>}
        {dashboard.can_edit && (
          <Button variant={editing ? 'filled' : 'default'} color={editing ? 'teal' : undefined} onClick={props.onToggleEdit}>
            {editing ? 'Done' : 'Edit'}
          </Button>
        )}
        {dashboard.can_manage && (
          <>
            <Button variant="default" onClick={props.onShare}>
              Share
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="default" size="lg" aria-label="More dashboard actions">
                  ⋯
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={props.onSettings}>Settings</Menu.Item>
                <Menu.Divider />
                <Menu.Item color="red" onClick={props.onDelete}>
                  Delete dashboard
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        )}
      </Group>
    </Group>
  );
}
