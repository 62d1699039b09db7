import { Checkbox, Input, JsonInput, SegmentedControl, Select, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldSpec } from '../fields.js';
import type { FormValue } from './formValues.js';
import { RelationSelect } from './RelationSelect.js';

interface Props {
  model: string;
  spec: FieldSpec;
  value: FormValue;
  onChange: (value: FormValue) => void;
  error?: string;
}

const NATIVE_TYPES: Partial<Record<FieldSpec['kind'], string>> = { date: 'date', datetime: 'datetime-local', time: 'time' };
const NULLABLE_BOOLEAN = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
  { value: 'null', label: 'Null' },
];

/** The input a field's JSON Schema calls for; server errors for the field show under it. */
export function FieldInput({ model, spec, value, onChange, error }: Props) {
  const common = { label: spec.title, withAsterisk: spec.required, disabled: spec.readOnly, error };
  const text = value === null ? '' : String(value);

  // Keys and other fields the server fills or fixes are shown, never edited.
  if (spec.readOnly && spec.kind !== 'boolean' && spec.kind !== 'binary') {
    return <TextInput {...common} value={text} placeholder={value === null ? 'null' : 'Set automatically'} readOnly />;
  }

  switch (spec.kind) {
    case 'relation':
      return <RelationSelect model={model} spec={spec} value={value} onChange={onChange} error={error} />;
    case 'boolean':
      if (!spec.nullable) {
        return <Switch label={spec.title} checked={value === true} disabled={spec.readOnly} onChange={(e) => onChange(e.currentTarget.checked)} error={error} mt="xs" />;
      }
      return (
        <Input.Wrapper label={spec.title} error={error}>
          <SegmentedControl
            display="flex"
            aria-label={spec.title}
            data={NULLABLE_BOOLEAN}
            value={value === null || value === '' ? 'null' : String(value === true)}
            disabled={spec.readOnly}
            onChange={(next) => onChange(next === 'null' ? null : next === 'true')}
          />
        </Input.Wrapper>
      );
    case 'enum':
      return (
        <Select
          {...common}
          data={spec.enumValues ?? []}
          value={text || null}
          clearable={spec.nullable}
          allowDeselect={spec.nullable}
          placeholder={spec.nullable ? 'Null' : 'Choose…'}
          onChange={(next) => onChange(next ?? (spec.nullable ? null : ''))}
        />
      );
    case 'integer':
    case 'number':
      return (
        <TextInput
          {...common}
          inputMode={spec.kind === 'integer' ? 'numeric' : 'decimal'}
          placeholder={spec.nullable ? 'Null' : undefined}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'date':
    case 'datetime':
    case 'time':
      return (
        <TextInput
          {...common}
          type={NATIVE_TYPES[spec.kind]}
          step={spec.kind === 'date' ? undefined : 1}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          description={spec.nullable && !spec.readOnly ? 'Leave empty for null' : undefined}
        />
      );
    case 'json':
      return (
        <NullableText spec={spec} value={value} onChange={onChange}>
          <JsonInput {...common} disabled={spec.readOnly || value === null} placeholder={value === null ? 'null' : '{}'} value={text} onChange={onChange} autosize minRows={3} maxRows={12} formatOnBlur validationError="Not valid JSON" />
        </NullableText>
      );
    case 'binary':
      return <TextInput {...common} disabled value={text ? `${Math.floor((text.length * 3) / 4)} bytes (binary)` : ''} readOnly />;
    case 'longtext':
      return (
        <NullableText spec={spec} value={value} onChange={onChange}>
          <Textarea {...common} disabled={spec.readOnly || value === null} placeholder={value === null ? 'null' : undefined} value={text} maxLength={spec.maxLength} autosize minRows={1} maxRows={10} onChange={(e) => onChange(e.currentTarget.value)} />
        </NullableText>
      );
    default:
      return (
        <NullableText spec={spec} value={value} onChange={onChange}>
          <TextInput {...common} disabled={spec.readOnly || value === null} placeholder={value === null ? 'null' : undefined} value={text} maxLength={spec.maxLength} onChange={(e) => onChange(e.currentTarget.value)} />
        </NullableText>
      );
  }
}

/** Text can be empty and still not null, so nullable text fields get an explicit null toggle. */
function NullableText({ spec, value, onChange, children }: { spec: FieldSpec; value: FormValue; onChange: (value: FormValue) => void; children: ReactNode }) {
  if (!spec.nullable || spec.readOnly) return <>{children}</>;
  return (
    <Stack gap={4}>
      {children}
      <Checkbox size="xs" label="null" aria-label={`${spec.title} is null`} checked={value === null} onChange={(e) => onChange(e.currentTarget.checked ? null : '')} />
    </Stack>
  );
}
