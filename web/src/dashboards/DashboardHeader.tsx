import { ActionIcon, Anchor, Badge, Button, Group, Menu, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconArrowLeft, IconDeviceMobile, IconDots, IconRefresh } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { AssignmentMenuItems } from '../my-dashboards/AssignmentMenuItems.js';
import { effectiveRefreshSeconds, formatRefresh } from './refresh.js';
import type { Dashboard } from './types.js';
import { StarButton } from './StarButton.js';
import { VisibilityBadge } from './VisibilityBadge.js';

/** What edit mode offers while a session is open. */
export interface SessionControls {
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  saving: boolean;
  /** On a desktop: edit the phone layout in a phone-wide column instead of the grid. */
  phonePreview: boolean | null;
  onUndo: () => void;
  onRedo: () => void;
  onTogglePhonePreview: () => void;
  onCancel: () => void;
  onSave: () => void;
}

interface DashboardHeaderProps {
  dashboard: Dashboard;
  editing: boolean;
  refreshing: boolean;
  session: SessionControls;
  onEdit: () => void;
  onAddWidget: () => void;
  onRefresh: () => void;
  onShare: () => void;
  onHistory: () => void;
  onSettings: () => void;
  onDelete: () => void;
}

export function DashboardHeader(props: DashboardHeaderProps) {
  const { dashboard, editing, refreshing, session } = props;
  const refresh = effectiveRefreshSeconds(dashboard.refresh_interval_seconds);

  return (
    <Stack gap="sm" mb="md">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} miw={0} style={{ flex: '1 1 280px' }}>
          <Anchor component={Link} to="/dashboards" size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden="true" />
              Dashboards
            </Group>
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
              <IconRefresh size={18} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
          {!editing && dashboard.can_edit && (
            <Button variant="default" onClick={props.onEdit}>
              Edit
            </Button>
          )}
          {/* Below the xs breakpoint these move into the "more" menu, so the actions stay on one line on a phone. */}
          <Button variant="default" onClick={props.onHistory} visibleFrom="xs">
            History
          </Button>
          {dashboard.can_manage && (
            <Button variant="default" onClick={props.onShare} visibleFrom="xs">
              Share
            </Button>
          )}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label="More dashboard actions">
                <IconDots size={18} aria-hidden="true" />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item hiddenFrom="xs" onClick={props.onHistory}>
                History
              </Menu.Item>
              {dashboard.can_manage && (
                <Menu.Item hiddenFrom="xs" onClick={props.onShare}>
                  Share
                </Menu.Item>
              )}
              <Menu.Divider hiddenFrom="xs" />
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
    {editing && <SessionButtons session={session} onAddWidget={props.onAddWidget} />}
    </Stack>
  );
}

/** The edit session's bar: what changes the draft on the left, what ends the session on the right. */
function SessionButtons({ session, onAddWidget }: { session: SessionControls; onAddWidget: () => void }) {
  // On a phone, and in the phone preview, only the phone layout is edited.
  const layoutOnly = session.phonePreview !== false;
  return (
    <Paper withBorder px="sm" py={6} role="toolbar" aria-label="Edit session">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          {!layoutOnly && <Button onClick={onAddWidget}>Add widget</Button>}
          <ActionIcon.Group>
            <Tooltip label="Undo (Ctrl+Z)">
              <ActionIcon variant="default" size="lg" aria-label="Undo" onClick={session.onUndo} disabled={!session.canUndo}>
                <IconArrowBackUp size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Redo (Ctrl+Shift+Z)">
              <ActionIcon variant="default" size="lg" aria-label="Redo" onClick={session.onRedo} disabled={!session.canRedo}>
                <IconArrowForwardUp size={18} />
              </ActionIcon>
            </Tooltip>
          </ActionIcon.Group>
          {session.phonePreview !== null && (
            <Button
              variant={session.phonePreview ? 'light' : 'default'}
              leftSection={<IconDeviceMobile size={16} />}
              aria-pressed={session.phonePreview}
              onClick={session.onTogglePhonePreview}
            >
              Phone preview
            </Button>
          )}
          {session.dirty && (
            <Text size="sm" c="dimmed">
              Unsaved changes
            </Text>
          )}
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={session.onCancel} disabled={session.saving}>
            Cancel
          </Button>
          <Button color="teal" onClick={session.onSave} loading={session.saving}>
            {session.dirty ? 'Save' : 'Done'}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
