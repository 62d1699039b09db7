import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { ModelIcon } from '../ModelIcon.js';
import { modelPath } from '../paths.js';
import type { ModelCount } from '../types.js';

const count = new Intl.NumberFormat();

/** Models without a category come last, under this heading. */
const UNCATEGORIZED = 'Other';

function byCategory(models: ModelCount[]): [string, ModelCount[]][] {
  const groups = new Map<string, ModelCount[]>();
  for (const model of models) {
    const key = model.category ?? UNCATEGORIZED;
    groups.set(key, [...(groups.get(key) ?? []), model]);
  }
  return [...groups].sort(([a], [b]) => (a === UNCATEGORIZED ? 1 : b === UNCATEGORIZED ? -1 : a.localeCompare(b)));
}

/** One card per model, grouped by category, each leading to the model's list. */
export function ModelCards({ models }: { models: ModelCount[] }) {
  return (
    <Stack gap="lg">
      {byCategory(models).map(([category, group]) => (
        <section key={category} aria-label={category}>
          <Title order={3} size="h6" c="dimmed" tt="uppercase" mb="xs">
            {category}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} spacing="sm">
            {group.map((model) => (
              <Card key={model.name} component={Link} to={modelPath(model.name)} withBorder padding="md" aria-label={`${model.name}: ${recordCount(model)}`}>
                <Group wrap="nowrap" gap="sm">
                  <ThemeIcon variant="light" size={40} radius="md">
                    <ModelIcon name={model.icon} size={22} />
                  </ThemeIcon>
                  <div style={{ minWidth: 0 }}>
                    <Text fw={600} truncate="end">
                      {model.name}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {recordCount(model)}
                    </Text>
                  </div>
                </Group>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      ))}
    </Stack>
  );
}

/** "1,204 records", or "≈ 1,200,000 records" when the server estimated a large table. */
function recordCount(model: ModelCount): string {
  const noun = model.count === 1 ? 'record' : 'records';
  return `${model.count_exact ? '' : '≈ '}${count.format(model.count)} ${noun}`;
}
