import { Button, Group, Menu, NumberInput, Select, TagsInput, TextInput } from '@mantine/core';
import { DATE_PRESETS, presetRange, previousPeriod, type DatePreset } from './datePresets.js';
import { filterLabel } from './filterUrl.js';
import { OPERATOR_LABELS, dateText, isBlank, isListOperator, parseTypedValue, valueKind, valueText, type ValueKind } from './filterValues.js';
import type { Filter, FilterValue } from './types.js';

interface FilterInputProps {
  filter: Filter;
  /** The saved defaults, which say what kind of value the filter takes. */
  defaults: readonly FilterValue[];
  /** The relative range a date filter is set to, if any. */
  preset: DatePreset | undefined;
  /** Text typed into a list filter, not yet a tag. */
  typed: string;
  onTyped: (text: string) => void;
  onChange: (values: FilterValue[], preset?: DatePreset) => void;
}

interface SingleProps {
  label: string;
  kind: ValueKind;
  value: FilterValue | undefined;
  error?: string;
  placeholder?: string;
  onChange: (value: FilterValue) => void;
}

function SingleValue({ label, kind, value, error, placeholder, onChange }: SingleProps) {
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
      placeholder={placeholder}
      value={kind === 'date' ? dateText(value) : valueText(value)}
      onChange={(event) => onChange(kind === 'date' ? event.currentTarget.value : parseTypedValue(event.currentTarget.value))}
    />
  );
}

/** Relative ranges for a date range filter, and the period before the one chosen. */
function PresetMenu({ label, from, to, onPick }: { label: string; from: FilterValue | undefined; to: FilterValue | undefined; onPick: (values: FilterValue[], preset?: DatePreset) => void }) {
  const bounded = !isBlank(from) && !isBlank(to);
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant="default" aria-label={`Date presets for ${label}`}>
          Presets
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {DATE_PRESETS.map((preset) => (
          <Menu.Item key={preset.id} onClick={() => onPick(presetRange(preset.id), preset.id)}>
            {preset.label}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item disabled={!bounded} onClick={() => onPick(previousPeriod(dateText(from), dateText(to)))}>
          Previous period
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The input for one dashboard filter: a tag list, a pair of bounds (either may stay open), or a single value. */
export function FilterInput({ filter, defaults, preset, typed, onTyped, onChange }: FilterInputProps) {
  const kind = valueKind(defaults.length ? defaults : filter.values, filter.field);
  const name = filterLabel(filter);
  const label = filter.operator === 'eq' || filter.operator === 'between' ? name : `${name} ${OPERATOR_LABELS[filter.operator]}`;

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
        searchValue={typed}
        onSearchChange={onTyped}
        value={filter.values.map(valueText)}
        onChange={(tags) => onChange(tags.map((tag) => parseTypedValue(tag, kind === 'date' ? 'text' : kind)))}
      />
    );
  }

  if (filter.operator === 'between') {
    const [from, to] = filter.values;
    const presetLabel = DATE_PRESETS.find((p) => p.id === preset)?.label;
    return (
      <Group gap={6} align="flex-end" wrap="nowrap">
        <SingleValue
          label={presetLabel ? `${label}: ${presetLabel}` : `${label} from`}
          kind={kind}
          value={from}
          placeholder="any"
          onChange={(value) => onChange([value, to ?? null])}
        />
        <SingleValue label="to" kind={kind} value={to} placeholder="any" onChange={(value) => onChange([from ?? null, value])} />
        {kind === 'date' && <PresetMenu label={label} from={from} to={to} onPick={onChange} />}
      </Group>
    );
  }

  return <SingleValue label={label} kind={kind} value={filter.values[0]} onChange={(value) => onChange([value])} />;
}
