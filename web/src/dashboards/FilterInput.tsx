import { Button, Group, Menu, NumberInput, Select, TagsInput, TextInput } from '@mantine/core';
import { DATE_PRESETS, presetRange, previousPeriod, type DatePreset } from './datePresets.js';
import { filterLabel } from './filterUrl.js';
import { OPERATOR_LABELS, dateText, isBlank, isListOperator, parseTypedValue, valueKind, valueText, type ValueKind } from './filterValues.js';
import type { Filter, FilterValue } from './types.js';
import { useFilterValues } from './useFilterValues.js';

interface FilterInputProps {
  dashboardId: string;
  filter: Filter;
  /** The other filters' current values, which narrow this one's list. */
  others: Filter[];
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

/** A list filter: tags to type, and the column's values to pick from when its author named a table. */
function ListInput(props: Pick<FilterInputProps, 'dashboardId' | 'filter' | 'others' | 'defaults' | 'typed' | 'onTyped' | 'onChange'> & { label: string; kind: ValueKind }) {
  const { filter, typed, onTyped, onChange, kind } = props;
  const listed = useFilterValues(props.dashboardId, filter, typed, props.others);
  const chosen = filter.values.map(valueText);
  const fromServer = (listed.data?.values ?? []).map(valueText);
  const suggestions = [...new Set([...(filter.values_from ? fromServer : props.defaults.map(valueText)), ...chosen])].filter(Boolean);
  return (
    <TagsInput
      label={props.label}
      miw={220}
      maw={420}
      placeholder={filter.values_from ? 'Search or type' : 'Type and press Enter'}
      data={suggestions}
      limit={50}
      clearable
      searchValue={typed}
      onSearchChange={onTyped}
      // Typed text stays text until Apply or Enter: turning it into a tag when the input loses focus
      // would reflow the bar under a click on Apply, and the click would miss.
      acceptValueOnBlur={false}
      value={chosen}
      description={listed.data?.truncated ? 'More values match: type to narrow' : undefined}
      onChange={(tags) => onChange(tags.map((tag) => parseTypedValue(tag, kind === 'date' ? 'text' : kind)))}
    />
  );
}

/** Relative ranges for a date range filter, and the period before the one chosen. */
function PresetMenu({ label, preset, from, to, onPick }: { label: string; preset: DatePreset | undefined; from: FilterValue | undefined; to: FilterValue | undefined; onPick: (values: FilterValue[], preset?: DatePreset) => void }) {
  const bounded = !isBlank(from) && !isBlank(to);
  const chosen = DATE_PRESETS.find((p) => p.id === preset)?.label;
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button variant={chosen ? 'light' : 'default'} aria-label={`Date presets for ${label}`}>
          {chosen ?? 'Presets'}
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
export function FilterInput({ dashboardId, filter, others, defaults, preset, typed, onTyped, onChange }: FilterInputProps) {
  const kind = valueKind(defaults.length ? defaults : filter.values, filter.field);
  const name = filterLabel(filter);
  // The usual comparisons go without saying; the others are spelled out ("Amount at least").
  const label = ['eq', 'in', 'between'].includes(filter.operator) ? name : `${name} ${OPERATOR_LABELS[filter.operator]}`;

  if (isListOperator(filter.operator)) {
    return <ListInput dashboardId={dashboardId} filter={filter} others={others} defaults={defaults} label={label} kind={kind} typed={typed} onTyped={onTyped} onChange={onChange} />;
  }

  if (filter.operator === 'between') {
    const [from, to] = filter.values;
    return (
      <Group gap={6} align="flex-end">
        <SingleValue
          label={`${label} from`}
          kind={kind}
          value={from}
          placeholder="any"
          onChange={(value) => onChange([value, to ?? null])}
        />
        <SingleValue label="to" kind={kind} value={to} placeholder="any" onChange={(value) => onChange([from ?? null, value])} />
        {kind === 'date' && <PresetMenu label={label} preset={preset} from={from} to={to} onPick={onChange} />}
      </Group>
    );
  }

  return <SingleValue label={label} kind={kind} value={filter.values[0]} onChange={(value) => onChange([value])} />;
}
