import { Alert, Box, Card, Center, Code, Group, Loader, Table, Text, Title } from '@mantine/core';
import { IconMinus, IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import { Suspense, lazy } from 'react';
import type { AdminWidget } from '../types.js';

const WidgetChart = lazy(() => import('./WidgetChart.js').then((m) => ({ default: m.WidgetChart })));

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const changeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
/** A list widget shows a glance, not a report. */
const LIST_ROWS = 5;
const LIST_COLUMNS = 4;

const asText = (value: unknown) =>
  value === null || value === undefined ? '—' : typeof value === 'number' ? numberFormat.format(value) : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** One admin dashboard widget; a widget the server could not compute shows why instead. */
export function AdminWidgetCard({ widget }: { widget: AdminWidget }) {
  return (
    <Card withBorder padding="md" data-testid="admin-widget" data-widget-type={widget.type}>
      <Title order={3} size="h6" c="dimmed" mb="xs">
        {widget.title}
      </Title>
      {widget.error ? (
        <Alert color="red" variant="light" p="xs">
          {widget.error}
        </Alert>
      ) : (
        <WidgetBody widget={widget} />
      )}
    </Card>
  );
}

function WidgetBody({ widget }: { widget: AdminWidget }) {
  const { data, config } = widget;
  if (widget.type === 'metric') return <Metric value={data.value} change={data.change} />;
  if (widget.type === 'chart') {
    const labels = Array.isArray(data.labels) ? data.labels.map((label) => asText(label)) : [];
    const values = Array.isArray(data.values) ? data.values.map((value) => (typeof value === 'number' ? value : value === null ? null : Number(value))) : [];
    return (
      <Box h={160}>
        <Suspense
          fallback={
            <Center h="100%">
              <Loader size="sm" aria-label="Loading chart" />
            </Center>
          }
        >
          <WidgetChart title={widget.title} labels={labels} values={values} line={config.chart_type === 'line'} />
        </Suspense>
      </Box>
    );
  }
  if (widget.type === 'list') return <ShortTable items={Array.isArray(data.items) ? (data.items as Record<string, unknown>[]) : []} />;
  return (
    <Code block style={{ maxHeight: 160, overflow: 'auto' }}>
      {JSON.stringify(data, null, 2)}
    </Code>
  );
}

/** Up, down or flat; the sign of the percentage beside it says the same to a screen reader. */
function TrendIcon({ change }: { change: number }) {
  const Trend = change > 0 ? IconTrendingUp : change < 0 ? IconTrendingDown : IconMinus;
  return <Trend size={16} stroke={2.25} aria-hidden="true" />;
}

function Metric({ value, change }: { value: unknown; change: unknown }) {
  const changeNumber = typeof change === 'number' ? change : null;
  const color = changeNumber === null || changeNumber === 0 ? 'dimmed' : changeNumber > 0 ? 'teal' : 'red';
  return (
    <Group gap="sm" align="baseline" wrap="wrap">
      <Text fz={30} fw={700} lh={1.1} data-testid="metric-value">
        {asText(value)}
      </Text>
      {change !== undefined && change !== null && (
        <Group gap={2} wrap="nowrap" c={color === 'dimmed' ? 'dimmed' : color}>
          {changeNumber !== null && <TrendIcon change={changeNumber} />}
          <Text size="sm" fw={600} c={color}>
            {changeNumber === null ? String(change) : `${changeFormat.format(changeNumber)}%`}
          </Text>
        </Group>
      )}
    </Group>
  );
}

function ShortTable({ items }: { items: Record<string, unknown>[] }) {
  if (items.length === 0) return <Text size="sm" c="dimmed">Nothing to show.</Text>;
  const columns = Object.keys(items[0] ?? {}).slice(0, LIST_COLUMNS);
  return (
    <Table.ScrollContainer minWidth={columns.length * 90} type="native">
      <Table fz="xs" verticalSpacing={4} horizontalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column}>{column}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.slice(0, LIST_ROWS).map((item, index) => (
            <Table.Tr key={index}>
              {columns.map((column) => (
                <Table.Td key={column} style={{ maxWidth: 180, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {asText(item[column])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
