import { Alert, Select, Table, Text } from '@mantine/core';
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
  const set = (index: number, change: Partial<ColumnMapping>) => onChange(mappings.map((m, i) => (i === index ? { ...m, ...change } : m)));
  const fieldOptions = [{ value: SKIP, label: 'Skip this column' }, ...fields.map((f) => ({ value: f.name, label: `${f.title}${f.required ? ' *' : ''}` }))];

  return (
    <>
      <Table.ScrollContainer minWidth={560} type="native">
        <Table verticalSpacing="xs" aria-label="Column mapping">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>CSV column</Table.Th>
              <Table.Th>Field</Table.Th>
              <Table.Th>Transform</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mappings.map((mapping, index) => {
              const sample = preview.column_types.find((c) => c.csv_column === mapping.csv_column)?.sample_values.slice(0, 2).join(', ');
              return (
                <Table.Tr key={mapping.csv_column}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {mapping.csv_column}
                    </Text>
                    {sample && (
                      <Text size="xs" c="dimmed" truncate="end" maw={200}>
                        e.g. {sample}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td miw={180}>
                    <Select
                      aria-label={`Field for ${mapping.csv_column}`}
                      data={fieldOptions}
                      value={mapping.model_field ?? SKIP}
                      allowDeselect={false}
                      searchable
                      onChange={(value) => set(index, { model_field: value === SKIP || value === null ? null : value })}
                    />
                  </Table.Td>
                  <Table.Td miw={140}>
                    <Select
                      aria-label={`Transform for ${mapping.csv_column}`}
                      data={TRANSFORMS.map((t) => ({ value: t, label: t === 'none' ? 'As is' : t }))}
                      value={mapping.transform}
                      allowDeselect={false}
                      disabled={!mapping.model_field}
                      onChange={(value) => value && set(index, { transform: value as Transform })}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {problem && (
        <Alert color="yellow" variant="light" mt="sm">
          {problem}
        </Alert>
      )}
    </>
  );
}
