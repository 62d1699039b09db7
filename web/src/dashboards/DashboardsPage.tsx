import { Autocomplete, Button, Group, Pagination, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useAuth } from '../auth/AuthProvider.js';
import { QueryState } from '../ui/QueryState.js';
import { PageHeader } from '../ui/PageHeader.js';
import { DashboardCard } from './DashboardCard.js';
import { NewDashboardModal } from './NewDashboardModal.js';
import { DASHBOARDS_PAGE_SIZE, useDashboards } from './queries.js';
import { VISIBILITIES, type Visibility } from './types.js';
import { VISIBILITY_LABELS } from './VisibilityBadge.js';
import { usePageTitle } from '../layout/usePageTitle.js';

export function DashboardsPage() {
  usePageTitle('Dashboards');
  const { can } = useAuth();
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState('');
  const [visibility, setVisibility] = useState<Visibility | null>(null);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [debouncedTag] = useDebouncedValue(tag, 300);

  const dashboards = useDashboards({ page, search: debouncedSearch, tag: debouncedTag, visibility });
  const totalPages = dashboards.data ? Math.max(1, Math.ceil(dashboards.data.total / DASHBOARDS_PAGE_SIZE)) : 1;

  // There is no endpoint listing tags, so suggestions come from every dashboard seen so far.
  const seenTags = useRef(new Set<string>());
  dashboards.data?.items.forEach((item) => item.tags.forEach((name) => seenTags.current.add(name)));

  useEffect(() => {
    if (page > totalPages) setPage(totalPages);
  }, [page, totalPages]);

  const filtered = Boolean(debouncedSearch || debouncedTag || visibility);

  return (
    <>
      <PageHeader
        title="Dashboards"
        description="Charts, tables and numbers over your data sources."
        actions={can('dashboards:create') && <Button onClick={() => setCreating(true)}>New dashboard</Button>}
      />

      <Group align="flex-end" mb="md" gap="sm">
        <TextInput
          label="Search"
          placeholder="Name or description"
          type="search"
          w={280}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
        />
        <Autocomplete
          label="Tag"
          placeholder="Any tag"
          w={200}
          data={[...seenTags.current].sort()}
          value={tag}
          onChange={(value) => {
            setTag(value);
            setPage(1);
          }}
        />
        <Select
          label="Visibility"
          placeholder="Any"
          w={160}
          clearable
          data={VISIBILITIES.map((value) => ({ value, label: VISIBILITY_LABELS[value] }))}
          value={visibility}
          onChange={(value) => {
            setVisibility(VISIBILITIES.find((known) => known === value) ?? null);
            setPage(1);
          }}
        />
      </Group>

      <QueryState query={dashboards} noun="dashboards">
        {(data) => (
          <>
            {data.items.length === 0 ? (
              <Text c="dimmed" ta="center" py="xl">
                {filtered ? 'No dashboards match these filters.' : 'No dashboards yet.'}
              </Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} aria-busy={dashboards.isFetching}>
                {data.items.map((dashboard) => (
                  <DashboardCard
                    key={dashboard.id}
                    dashboard={dashboard}
                    onTagClick={(name) => {
                      setTag(name);
                      setPage(1);
                    }}
                  />
                ))}
              </SimpleGrid>
            )}
            <Group justify="space-between" mt="md">
              <Text size="sm" c="dimmed">
                {data.total} {data.total === 1 ? 'dashboard' : 'dashboards'}
              </Text>
              {totalPages > 1 && <Pagination total={totalPages} value={page} onChange={setPage} />}
            </Group>
          </>
        )}
      </QueryState>

      <NewDashboardModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
