import { Alert, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { FieldSpec } from '../fields.js';
import type { ImportPreview } from '../types.js';
import { TRANSFORMS, type ColumnMapping, type Transform } from './importRequests.js';

const SKIP = '__skip__';

interface Props {
  preview: ImportPreview;
  fields: FieldSpec[];
  mappings: ColumnMapping[];
  problem: string | null;
  onChange: (mappings: ColumnMapping[]) => void;
}

/** Step 2: each CSV column to a field (or skipped), with an optional transform of its text. */
export function MappingStep({ preview, fields, mappings, problem, onChange }: Props) {
  // On a phone the three columns do not fit side by side, so each CSV column becomes a card.
  const phone = useMediaQuery('(max-width: 48em)');
  const set = (index: number, change: Partial<ColumnMapping>) => onChange(mappings.map((m, i) => (i === index ? { ...m, ...change } : m)));
  const fieldOptions = [{ value: SKIP, label: 'Skip this column' }, ...fields.map((f) => ({ value: f.name, label: `${f.title}${f.required ? ' *' : ''}` }))];
  const sampleOf = (column: string) => preview.column_types.find((c) => c.csv_column === column)?.sample_values.slice(0, 2).join(', ');

  const fieldSelect = (mapping: ColumnMapping, index: number) => (
    <Select
      aria-label={`Field for ${mapping.csv_column}`}
      data={fieldOptions}
      value={mapping.model_field ?? SKIP}
      allowDeselect={false}
      searchable
      onChange={(value) => set(index, { model_field: value === SKIP || value === null ? null : value })}
    />
  );
  const transformSelect = (mapping: ColumnMapping, index: number) => (
    <Select
      aria-label={`Transform for ${mapping.csv_column}`}
      data={TRANSFORMS.map((t) => ({ value: t, label: t === 'none' ? 'As is' : t }))}
      value={mapping.transform}
      allowDeselect={false}
      disabled={!mapping.model_field}
      onChange={(value) => value && set(index, { transform: value as Transform })}
    />
  );
  const columnName = (mapping: ColumnMapping) => {
    const sample = sampleOf(mapping.csv_column);
    return (
      <>
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {mapping.csv_column}
        </Text>
        {sample && (
          <Text size="xs" c="dimmed" truncate="end" maw={phone ? undefined : 200}>
            e.g. {sample}
          </Text>
        )}
      </>
    );
  };

  return (
    <>
      {phone ? (
        <Stack gap="xs" aria-label="Column mapping" role="list">
          {mappings.map((mapping, index) => (
            <Paper key={mapping.csv_column} withBorder p="xs" role="listitem">
              {columnName(mapping)}
              <Group grow gap="xs" mt={6} wrap="nowrap">
                {fieldSelect(mapping, index)}
                {transformSelect(mapping, index)}
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Table verticalSpacing="xs" aria-label="Column mapping">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>CSV column</Table.Th>
              <Table.Th>Field</Table.Th>
              <Table.Th>Transform</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mappings.map((mapping, index) => (
              <Table.Tr key={mapping.csv_column}>
                <Table.Td>{columnName(mapping)}</Table.Td>
                <Table.Td miw={180}>{fieldSelect(mapping, index)}</Table.Td>
                <Table.Td miw={140}>{transformSelect(mapping, index)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {problem && (
        <Alert color="yellow" variant="light" mt="sm">
          {problem}
        </Alert>
      )}
    </>
  );
}
