import { Button, Popover, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import type { FieldSpec } from '../fields.js';
import type { ColumnFilter, FilterOperator } from '../types.js';
import { OPERATOR_LABELS, operatorsFor, valueShape } from './filterOperators.js';
import { FilterValueInput, filterValue, type DraftValue } from './FilterValueInput.js';

const IN_PLACE = { withinPortal: false } as const;

/** "Add filter": a field, an operator that suits the field's type, and a value. */
export function FilterBuilder({ fields, onAdd }: { fields: FieldSpec[]; onAdd: (filter: ColumnFilter) => void }) {
  const [opened, setOpened] = useState(false);
  const [fieldName, setFieldName] = useState<string | null>(null);
  const [operator, setOperator] = useState<FilterOperator | null>(null);
  const [draft, setDraft] = useState<DraftValue>('');

  const spec = fields.find((field) => field.name === fieldName);
  const operators = spec ? operatorsFor(spec) : [];
  const value = spec && operator ? filterValue(spec, operator, draft) : null;

  const chooseField = (name: string | null) => {
    const next = fields.find((field) => field.name === name);
    setFieldName(name);
    setOperator(next ? (operatorsFor(next)[0] ?? null) : null);
    setDraft('');
  };

  const chooseOperator = (next: FilterOperator) => {
    // A list or a pair cannot carry over from a single value, and back.
    if (operator && valueShape(operator) !== valueShape(next)) setDraft(valueShape(next) === 'list' || valueShape(next) === 'two' ? [] : '');
    setOperator(next);
  };

  const add = () => {
    if (!spec || !operator || value === null) return;
    onAdd({ field: spec.name, operator, value });
    setOpened(false);
    chooseField(null);
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" width={300} trapFocus shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="default" onClick={() => setOpened((open) => !open)} disabled={fields.length === 0}>
          Add filter
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <Stack gap="sm">
            <Select
              label="Field"
              placeholder="Choose a field"
              searchable
              data={fields.map((field) => ({ value: field.name, label: field.title }))}
              value={fieldName}
              onChange={chooseField}
              comboboxProps={IN_PLACE}
            />
            {spec && (
              <Select
                label="Operator"
                data={operators.map((op) => ({ value: op, label: OPERATOR_LABELS[op] }))}
                value={operator}
                allowDeselect={false}
                onChange={(next) => next && chooseOperator(next as FilterOperator)}
                comboboxProps={IN_PLACE}
              />
            )}
            {spec && operator && <FilterValueInput spec={spec} operator={operator} value={draft} onChange={setDraft} />}
            <Button type="submit" disabled={value === null}>
              Apply filter
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
