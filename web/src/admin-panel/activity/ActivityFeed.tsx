import { Alert, Anchor, Badge, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/errors.js';
import { formatDateTime, formatRelative } from '../../ui/format.js';
import { recordPath } from '../paths.js';
import { findModel, useActivity, useModels, type ActivityParams } from '../queries.js';
import type { ActivityEntry } from '../types.js';
import { actionColor, actionLabel, changesOf, shortValue } from './activityText.js';

/** The audit log's entries about the admin panel's records, newest first; a record's page shows only its own. */
export function ActivityFeed({ params, emptyText }: { params: ActivityParams; emptyText: string }) {
  const activity = useActivity(params);
  const models = useModels();

  if (activity.isPending) {
    return (
      <Center py="md">
        <Loader size="sm" aria-label="Loading activity" />
      </Center>
    );
  }
  if (activity.isError) {
    return (
      <Alert color="red" variant="light" title="Could not load the activity">
        {errorMessage(activity.error)}
      </Alert>
    );
  }
  if (activity.data.length === 0) return <Text c="dimmed" size="sm">{emptyText}</Text>;
  const now = Date.now();
  return (
    <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Activity">
      {activity.data.map((entry, index) => (
        <ActivityItem key={`${entry.timestamp}-${index}`} entry={entry} now={now} knownModel={Boolean(entry.model && findModel(models.data, entry.model))} />
      ))}
    </Stack>
  );
}

function ActivityItem({ entry, now, knownModel }: { entry: ActivityEntry; now: number; knownModel: boolean }) {
  const changes = entry.action === 'update' ? changesOf(entry.details) : [];
  return (
    <Paper component="li" withBorder p="sm" radius="md">
      <Group gap="xs" wrap="wrap" justify="space-between" align="flex-start">
        <Group gap="xs" wrap="wrap" miw={0}>
          <Badge variant="light" color={actionColor(entry.action)}>
            {actionLabel(entry.action)}
          </Badge>
          {entry.model && <Text size="sm" fw={600}>{entry.model}</Text>}
          {entry.model && entry.record_id && (
            knownModel && entry.action !== 'delete' ? (
              <Anchor component={Link} to={recordPath(entry.model, entry.record_id)} size="sm" style={{ wordBreak: 'break-all' }}>
                {entry.record_id}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {entry.record_id}
              </Text>
            )
          )}
        </Group>
        <Text size="xs" c="dimmed" title={formatDateTime(entry.timestamp)}>
          {entry.user ?? 'system'} · {formatRelative(entry.timestamp, now)}
        </Text>
      </Group>
      {changes.length > 0 && (
        <Stack gap={2} mt={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Changes">
          {changes.map((change) => (
            <Text key={change.field} component="li" size="xs" style={{ overflowWrap: 'anywhere' }}>
              <Text span fw={600} size="xs">
                {change.field}
              </Text>
              {': '}
              <Text span c="red" td="line-through" size="xs">
                {shortValue(change.old)}
              </Text>
              {' → '}
              <Text span c="teal" size="xs">
                {shortValue(change.new)}
              </Text>
            </Text>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
