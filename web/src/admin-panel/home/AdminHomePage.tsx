import { Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useAuth } from '../../auth/AuthProvider.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryState } from '../../ui/QueryState.js';
import { ActivityFeed } from '../activity/ActivityFeed.js';
import { useDashboardStats } from '../queries.js';
import { AdminWidgetCard } from './AdminWidgetCard.js';
import { ModelCards } from './ModelCards.js';
import { usePageTitle } from '../../layout/usePageTitle.js';

const count = new Intl.NumberFormat();
const FEED_LENGTH = 10;

/** The admin panel's start page (seed 000): the models with their counts, the configured widgets, recent changes. */
export function AdminHomePage() {
  usePageTitle('Admin');
  const { can } = useAuth();
  const stats = useDashboardStats();
  // The audit log is for admins; editors and viewers see the tables without the feed.
  const showActivity = can('audit:read');

  return (
    <>
      <PageHeader title="Admin" description="The registered tables of your databases: browse, edit, import and export their records." />
      <QueryState query={stats} noun="the admin dashboard">
        {(data) => (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: showActivity ? 8 : 12 }}>
              <Stack gap="lg">
                {data.widgets.length > 0 && (
                  <SimpleGrid cols={{ base: 1, sm: 2, xl: 3 }} spacing="sm">
                    {data.widgets.map((widget) => (
                      <AdminWidgetCard key={widget.id} widget={widget} />
                    ))}
                  </SimpleGrid>
                )}
                <Group justify="space-between" align="baseline" gap="xs">
                  <Title order={2} size="h4">
                    Models
                  </Title>
                  <Text size="sm" c="dimmed">
                    {count.format(data.total_models)} {data.total_models === 1 ? 'model' : 'models'}, {count.format(data.total_records)} records in all
                  </Text>
                </Group>
                {data.models.length > 0 ? <ModelCards models={data.models} /> : <Text c="dimmed">No models are registered for you.</Text>}
              </Stack>
            </Grid.Col>
            {showActivity && (
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <Card withBorder padding="md">
                  <Title order={2} size="h4" mb="sm">
                    Recent activity
                  </Title>
                  <ActivityFeed params={{ limit: FEED_LENGTH }} emptyText="Nothing has changed yet." />
                </Card>
              </Grid.Col>
            )}
          </Grid>
        )}
      </QueryState>
    </>
  );
}
