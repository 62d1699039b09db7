import { Group, NumberInput, Select, TagsInput, TextInput } from '@mantine/core';
import {
  OPERATOR_LABELS,
  dateText,
  isBlank,
  isListOperator,
  parseTypedValue,
  valueKind,
  valueText,
  type ValueKind,
} from './filterValues.js';
import type { Filter, FilterValue } from './types.js';

interface FilterInputProps {
  filter: Filter;
  /** The saved defaults, which say what kind of value the filter takes. */
  defaults: readonly FilterValue[];
  onChange: (values: FilterValue[]) => void;
}

interface SingleProps {
  label: string;
  kind: ValueKind;
  value: FilterValue | undefined;
  error?: string;
  onChange: (value: FilterValue) => void;
}

function SingleValue({ label, kind, value, error, onChange }: SingleProps) {
  if (kind === 'number') {
    return (
      <NumberInput
        label={label}
        error={error}
        w={150}
        value={typeof value === 'number' ? value : valueText(value)}
        onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? null : parseTypedValue(next, 'number'))}
      />
    );
  }
  if (kind === 'boolean') {
    return (
      <Select
        label={label}
        error={error}
        w={120}
        data={['true', 'false']}
        allowDeselect={false}
        value={valueText(value) || null}
        onChange={(next) => onChange(next === 'true')}
      />
    );
  }
  return (
    <TextInput
      label={label}
      error={error}
      w={kind === 'date' ? 160 : 200}
      type={kind === 'date' ? 'date' : 'text'}
      value={kind === 'date' ? dateText(value) : valueText(value)}
      onChange={(event) => onChange(kind === 'date' ? event.currentTarget.value : parseTypedValue(event.currentTarget.value))}
    />
  );
}

/** The input for one dashboard filter: a tag list, a pair of bounds, or a single value. */
export function FilterInput({ filter, defaults, onChange }: FilterInputProps) {
  const kind = valueKind(defaults.length ? defaults : filter.values, filter.field);
  const label = `${filter.field} ${OPERATOR_LABELS[filter.operator]}`;

  if (isListOperator(filter.operator)) {
    const suggestions = [...new Set(defaults.map(valueText).filter(Boolean))];
    return (
      <TagsInput
        label={label}
        miw={220}
        maw={420}
        placeholder="Type and press Enter"
        data={suggestions}
        clearable
        value={filter.values.map(valueText)}
        onChange={(tags) => onChange(tags.map((tag) => parseTypedValue(tag, kind === 'date' ? 'text' : kind)))}
      />
    );
  }

  if (filter.operator === 'between') {
    const [from, to] = filter.values;
    // One bound alone does not filter at all; say so instead of silently ignoring it.
    const missing = isBlank(from) !== isBlank(to) ? 'Needs both bounds' : undefined;
    return (
      <Group gap={6} align="flex-start" wrap="nowrap">
        <SingleValue
          label={`${filter.field} from`}
          kind={kind}
          value={from}
          error={isBlank(from) ? missing : undefined}
          onChange={(value) => onChange([value, to ?? null])}
        />
        <SingleValue
          label="to"
          kind={kind}
          value={to}
          error={isBlank(to) ? missing : undefined}
          onChange={(value) => onChange([from ?? null, value])}
        />
      </Group>
    );
  }

  return <SingleValue label={label} kind={kind} value={filter.values[0]} onChange={(value) => onChange([value])} />;
}
