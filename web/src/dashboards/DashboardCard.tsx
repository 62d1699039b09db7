import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { formatDate } from '../ui/format.js';
import type { DashboardSummary } from './types.js';
import { VisibilityBadge } from './VisibilityBadge.js';

interface DashboardCardProps {
  dashboard: DashboardSummary;
  onTagClick: (tag: string) => void;
}

export function DashboardCard({ dashboard, onTagClick }: DashboardCardProps) {
  return (
    <Card withBorder padding="lg" data-testid="dashboard-card">
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor component={Link} to={`/dashboards/${encodeURIComponent(dashboard.id)}`} fw={600} size="lg" lineClamp={2}>
            {dashboard.name}
          </Anchor>
          <VisibilityBadge visibility={dashboard.visibility} />
        </Group>
        <Text size="sm" c="dimmed" lineClamp={2} style={{ flex: 1 }}>
          {dashboard.description || 'No description.'}
        </Text>
        {dashboard.tags.length > 0 && (
          <Group gap={6}>
            {dashboard.tags.map((tag) => (
              <Badge
                key={tag}
                variant="outline"
                size="sm"
                component="button"
                type="button"
                style={{ cursor: 'pointer' }}
                onClick={() => onTagClick(tag)}
                aria-label={`Show dashboards tagged ${tag}`}
              >
                {tag}
              </Badge>
            ))}
          </Group>
        )}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {dashboard.widget_count} {dashboard.widget_count === 1 ? 'widget' : 'widgets'}
            {dashboard.owner_email ? ` · ${dashboard.owner_email}` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            Updated {formatDate(dashboard.updated_at)}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
