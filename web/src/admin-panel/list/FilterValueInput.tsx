import { MultiSelect, SegmentedControl, Select, TagsInput, TextInput } from '@mantine/core';
import type { FieldSpec } from '../fields.js';
import type { FilterOperator } from '../types.js';
import { valueShape } from './filterOperators.js';

/** A filter's value while it is being written: text as typed, a list for `in`, two texts for `between`. */
export type DraftValue = string | string[];

const NATIVE_TYPES: Partial<Record<FieldSpec['kind'], string>> = { date: 'date', datetime: 'datetime-local', time: 'time' };
// Selects sit inside the builder's popover; a dropdown portalled outside it would count as a click away and close it.
const IN_PLACE = { withinPortal: false } as const;

interface Props {
  spec: FieldSpec;
  operator: FilterOperator;
  value: DraftValue;
  onChange: (value: DraftValue) => void;
}

export function FilterValueInput({ spec, operator, value, onChange }: Props) {
  const shape = valueShape(operator);
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value : [];

  if (shape === 'flag') {
    return (
      <SegmentedControl
        fullWidth
        aria-label="Empty or not"
        data={[
          { value: 'true', label: 'is empty' },
          { value: 'false', label: 'is not empty' },
        ]}
        value={text || 'true'}
        onChange={onChange}
      />
    );
  }
  if (spec.kind === 'boolean') {
    return (
      <SegmentedControl
        fullWidth
        aria-label="Value"
        data={[
          { value: 'true', label: 'Yes' },
          { value: 'false', label: 'No' },
        ]}
        value={text || 'true'}
        onChange={onChange}
      />
    );
  }
  if (spec.kind === 'enum' && spec.enumValues) {
    return shape === 'list' ? (
      <MultiSelect label="Values" data={spec.enumValues} value={list} onChange={onChange} comboboxProps={IN_PLACE} />
    ) : (
      <Select label="Value" data={spec.enumValues} value={text || null} onChange={(v) => onChange(v ?? '')} comboboxProps={IN_PLACE} />
    );
  }
  if (shape === 'list') {
    return <TagsInput label="Values" description="Press Enter after each value" value={list} onChange={onChange} comboboxProps={IN_PLACE} />;
  }
  const type = NATIVE_TYPES[spec.kind] ?? 'text';
  const step = spec.kind === 'datetime' || spec.kind === 'time' ? 1 : undefined;
  if (shape === 'two') {
    const [low = '', high = ''] = list;
    return (
      <>
        <TextInput label="From" type={type} step={step} value={low} onChange={(e) => onChange([e.currentTarget.value, high])} />
        <TextInput label="To" type={type} step={step} value={high} onChange={(e) => onChange([low, e.currentTarget.value])} />
      </>
    );
  }
  return <TextInput label="Value" type={type} step={step} value={text} onChange={(e) => onChange(e.currentTarget.value)} data-autofocus />;
}

/** The value as the server reads it: booleans and numbers typed, everything else as text it parses itself. */
function typed(spec: FieldSpec, text: string): unknown {
  const trimmed = text.trim();
  if (spec.kind === 'boolean') return trimmed === 'true';
  if ((spec.kind === 'integer' || spec.kind === 'number') && trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  return trimmed;
}

/** The finished filter's value, or null while it is incomplete. */
export function filterValue(spec: FieldSpec, operator: FilterOperator, draft: DraftValue): unknown {
  const shape = valueShape(operator);
  if (shape === 'flag') return draft !== 'false';
  if (shape === 'list') {
    const items = (Array.isArray(draft) ? draft : []).filter((item) => item.trim() !== '');
    return items.length > 0 ? items.map((item) => typed(spec, item)) : null;
  }
  if (shape === 'two') {
    const [low = '', high = ''] = Array.isArray(draft) ? draft : [];
    return low.trim() && high.trim() ? [typed(spec, low), typed(spec, high)] : null;
  }
  const text = typeof draft === 'string' ? draft : '';
  if (spec.kind === 'boolean') return text !== 'false';
  return text.trim() === '' ? null : typed(spec, text);
}
