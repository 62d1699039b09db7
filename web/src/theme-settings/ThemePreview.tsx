import { Alert, Badge, Button, Checkbox, Group, Paper, Progress, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';

const ROWS = [
  { name: 'Revenue by month', owner: 'finance', status: 'operational' },
  { name: 'Open tickets', owner: 'support', status: 'degraded' },
];

/**
 * A handful of the app's components, so the effect of each setting shows in one place. The
 * settings apply to the whole app while they are chosen; this only gathers the pieces.
 */
export function ThemePreview() {
  return (
    <Paper withBorder p="md" aria-label="Preview" component="section">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            Preview
          </Title>
          <Text size="sm" c="dimmed">
            The whole app shows your choices while you make them.
          </Text>
        </div>
        <Group gap="xs">
          <Button>Save dashboard</Button>
          <Button variant="light">Share</Button>
          <Button variant="default">Cancel</Button>
        </Group>
        <TextInput label="Dashboard name" placeholder="Quarterly review" />
        <Group gap="lg">
          <Switch label="Auto-refresh" defaultChecked />
          <Checkbox label="Public" defaultChecked />
        </Group>
        <Group gap="xs">
          <Badge>KPI</Badge>
          <Badge variant="light">12 widgets</Badge>
          <Badge variant="outline" color="gray">
            draft
          </Badge>
        </Group>
        <Progress value={64} aria-label="Storage used" />
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Dashboard</Table.Th>
              <Table.Th>Team</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ROWS.map((row) => (
              <Table.Tr key={row.name}>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td c="dimmed">{row.owner}</Table.Td>
                <Table.Td>{row.status}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Alert variant="light" title="Heads up">
          Cached results refresh every five minutes.
        </Alert>
      </Stack>
    </Paper>
  );
}
