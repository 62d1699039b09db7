import { ActionIcon, Anchor, Badge, Button, Group, Menu, Stack, Text, Title, Tooltip } from '@mantine/core';
import { Link } from 'react-router-dom';
import { AssignmentMenuItems } from '../my-dashboards/AssignmentMenuItems.js';
import { effectiveRefreshSeconds, formatRefresh } from './refresh.js';
import type { Dashboard } from './types.js';
import { StarButton } from './StarButton.js';
import { VisibilityBadge } from './VisibilityBadge.js';

interface DashboardHeaderProps {
  dashboard: Dashboard;
  editing: boolean;
  refreshing: boolean;
  onToggleEdit: () => void;
  onAddWidget: () => void;
  onRefresh: () => void;
  onShare: () => void;
  onHistory: () => void;
  onSettings: () => void;
  onDelete: () => void;
}

export function DashboardHeader(props: DashboardHeaderProps) {
  const { dashboard, editing, refreshing } = props;
  const refresh = effectiveRefreshSeconds(dashboard.refresh_interval_seconds);

  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
      <Stack gap={4} miw={0} style={{ flex: 1 }}>
        <Anchor component={Link} to="/dashboards" size="sm">
          ← Dashboards
        </Anchor>
        {/* Wraps as a whole: on a phone the badge goes under a long name instead of squeezing it letter by letter. */}
        <Group gap="sm" miw={0}>
          <Title order={1} size="h2" style={{ overflowWrap: 'break-word', minWidth: 0 }}>
            {dashboard.name}
          </Title>
          <StarButton dashboardId={dashboard.id} name={dashboard.name} />
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
              Refreshes every {formatRefresh(refresh)}
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
        <Button variant="default" onClick={props.onHistory}>
          History
        </Button>
        {dashboard.can_manage && (
          <Button variant="default" onClick={props.onShare}>
            Share
          </Button>
        )}
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="default" size="lg" aria-label="More dashboard actions">
              ⋯
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <AssignmentMenuItems dashboardId={dashboard.id} name={dashboard.name} />
            {dashboard.can_manage && (
              <>
                <Menu.Divider />
                <Menu.Item onClick={props.onSettings}>Settings</Menu.Item>
                <Menu.Item color="red" onClick={props.onDelete}>
                  Delete dashboard
                </Menu.Item>
              </>
            )}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}
