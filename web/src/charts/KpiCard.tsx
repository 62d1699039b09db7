import { IconMinus, IconTrendingDown, IconTrendingUp } from '@tabler/icons-react';
import { Center, Group, Stack, Text } from '@mantine/core';
import type { FormatContext } from './format/columnFormat.js';
import { readKpi } from './kpi.js';
import type { ResultSet, WidgetConfig } from './types.js';

const trendFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export function KpiCard({ result, config, context }: { result: ResultSet; config: WidgetConfig; context?: FormatContext }) {
  const kpi = readKpi(result, config, context);
  const up = kpi.trend !== null && kpi.trend > 0;
  const down = kpi.trend !== null && kpi.trend < 0;

  const Trend = up ? IconTrendingUp : down ? IconTrendingDown : IconMinus;
  return (
    <Center h="100%" data-kpi-value={kpi.value ?? ''}>
      <Stack gap={4} align="center" maw="100%">
        <Text fz={36} fw={700} lh={1.1} title={kpi.fullText} truncate="end" maw="100%" data-testid="kpi-value">
          {kpi.text}
        </Text>
        {kpi.label && (
          <Text size="sm" c="dimmed" truncate="end" maw="100%" data-testid="kpi-label">
            {kpi.label}
          </Text>
        )}
        {kpi.trend !== null && (
          <Group gap={4} c={up ? 'teal' : down ? 'red' : 'dimmed'} wrap="nowrap">
            <Trend size={16} stroke={2.5} aria-hidden="true" />
            <Text span fw={600} size="sm">
              {trendFormat.format(kpi.trend)}%
            </Text>
            <Text span size="xs" c="dimmed">
              {kpi.trendLabel ?? (up ? 'up' : down ? 'down' : 'unchanged')}
            </Text>
          </Group>
        )}
      </Stack>
    </Center>
  );
}
