import { IconX } from '@tabler/icons-react';
import { ActionIcon, Button, Group, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { filterLabel } from './filterUrl.js';
import { OPERATOR_LABELS, isListOperator, parseTypedValue, valueText } from './filterValues.js';
import { FILTER_OPERATORS, type Filter, type FilterOperator } from './types.js';
import { useDataSources } from './widgetQueries.js';

interface SavedFiltersEditorProps {
  filters: Filter[];
  onChange: (filters: Filter[]) => void;
}

const OPERATOR_OPTIONS = FILTER_OPERATORS.map((value) => ({ value, label: OPERATOR_LABELS[value] }));

function valuesHint(operator: FilterOperator): string {
  if (isListOperator(operator)) return 'Any number of values';
  if (operator === 'between') return 'Two values: from and to';
  return 'One value';
}

/** Where the filter bar lists values from: a table of a data source (the column is the field). Empty: no list. */
function ValuesFromInputs({ index, filter, sources, onChange }: { index: number; filter: Filter; sources: string[]; onChange: (valuesFrom: Filter['values_from']) => void }) {
  const from = filter.values_from;
  return (
    <>
      <TextInput
        aria-label={`Table listing the values of filter ${index + 1}`}
        placeholder="List values from table"
        description="Offers its values to pick"
        w={180}
        value={from?.table ?? ''}
        onChange={(event) => {
          const table = event.currentTarget.value.trim();
          onChange(table ? { ...from, table } : undefined);
        }}
      />
      <Select
        aria-label={`Data source of that table, filter ${index + 1}`}
        placeholder="Default source"
        w={150}
        clearable
        disabled={!from}
        data={sources}
        value={from?.source ?? null}
        onChange={(source) => from && onChange(source ? { ...from, source } : { table: from.table, ...(from.column ? { column: from.column } : {}) })}
      />
    </>
  );
}

/** The dashboard's filters: which field, how it compares, and the values it starts with. */
export function SavedFiltersEditor({ filters, onChange }: SavedFiltersEditorProps) {
  const sources = useDataSources(true);
  const sourceNames = (sources.data?.items ?? []).map((source) => source.name);
  const update = (index: number, patch: Partial<Filter>) =>
    onChange(
      filters.map((filter, at) => {
        if (at !== index) return filter;
        const next = { ...filter, ...patch };
        // A key set to undefined would still be sent; the server wants it absent.
        if (next.values_from === undefined) delete next.values_from;
        return next;
      }),
    );

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        Filters
      </Text>
      {filters.length === 0 && (
        <Text size="sm" c="dimmed">
          No filters. Widgets reference a filter in SQL as {'{{field}}'}.
        </Text>
      )}
      {filters.map((filter, index) => (
        <Stack key={index} gap={4}>
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            aria-label={`Field of filter ${index + 1}`}
            placeholder="Field, e.g. region"
            w={160}
            value={filter.field}
            onChange={(event) => update(index, { field: event.currentTarget.value })}
          />
          <TextInput
            aria-label={`Label of filter ${index + 1}`}
            placeholder={filter.field ? filterLabel({ ...filter, label: undefined }) : 'Label'}
            w={140}
            value={filter.label ?? ''}
            onChange={(event) => {
              const label = event.currentTarget.value;
              // An empty label means "the field, in words"; the server keeps none rather than "".
              const { label: _previous, ...rest } = filter;
              onChange(filters.map((item, at) => (at === index ? (label.trim() ? { ...rest, label } : rest) : item)));
            }}
          />
          <Select
            aria-label={`Operator of filter ${index + 1}`}
            w={140}
            data={OPERATOR_OPTIONS}
            value={filter.operator}
            allowDeselect={false}
            onChange={(value) => {
              if (!value) return;
              const operator = value as FilterOperator;
              // Single-value operators keep only the first default, between keeps two.
              const keep = isListOperator(operator) ? filter.values : filter.values.slice(0, operator === 'between' ? 2 : 1);
              update(index, { operator, values: keep });
            }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={6}
            aria-label={`Remove filter ${filter.field || index + 1}`}
            onClick={() => onChange(filters.filter((_, at) => at !== index))}
          >
            <IconX size={16} aria-hidden="true" />
          </ActionIcon>
        </Group>
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TagsInput
            aria-label={`Default values of filter ${index + 1}`}
            placeholder="Default values"
            description={valuesHint(filter.operator)}
            style={{ flex: 1 }}
            maxTags={isListOperator(filter.operator) ? undefined : filter.operator === 'between' ? 2 : 1}
            value={filter.values.map(valueText)}
            onChange={(tags) => update(index, { values: tags.map((tag) => parseTypedValue(tag)) })}
          />
          <ValuesFromInputs index={index} filter={filter} sources={sourceNames} onChange={(values_from) => update(index, { values_from })} />
        </Group>
        </Stack>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => onChange([...filters, { field: '', operator: 'eq', values: [] }])}>
          Add filter
        </Button>
      </Group>
    </Stack>
  );
}
