import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, fieldError } from '../../api/errors.js';
import type { FieldSpec } from '../fields.js';
import { FieldInput } from '../form/FieldInput.js';
import { apiValue, initialValues, type FormValue } from '../form/formValues.js';
import { useBulkAction, type BulkSelection } from '../mutations.js';

interface Props {
  opened: boolean;
  model: string;
  /** The fields of the edit form that can be written. */
  fields: FieldSpec[];
  selection: BulkSelection;
  count: string;
  onClose: () => void;
  onDone: (affected: number) => void;
}

/** Sets one field to one value on every selected row (the built-in `bulk/update`). */
export function BulkEditModal({ opened, model, fields, selection, count, onClose, onDone }: Props) {
  const [fieldName, setFieldName] = useState<string | null>(null);
  const [value, setValue] = useState<FormValue>('');
  const [problem, setProblem] = useState<string | null>(null);
  const update = useBulkAction(model);
  const spec = fields.find((field) => field.name === fieldName);

  const close = () => {
    setFieldName(null);
    setProblem(null);
    update.reset();
    onClose();
  };

  const chooseField = (name: string | null) => {
    const next = fields.find((field) => field.name === name);
    setFieldName(name);
    setValue(next ? (initialValues([next])[next.name] ?? '') : '');
    setProblem(null);
    update.reset();
  };

  const apply = () => {
    if (!spec) return;
    const result = apiValue(spec, value === '' && spec.nullable && spec.kind !== 'text' && spec.kind !== 'longtext' ? null : value);
    if ('error' in result) {
      setProblem(`${spec.title} ${result.error}`);
      return;
    }
    update.mutate(
      { action: 'update', selection, params: { [spec.name]: result.value } },
      {
        onSuccess: (answer) => {
          onDone(answer.affected);
          close();
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="Edit selected records" centered>
      <Stack>
        <Text size="sm">Set one field on {count}.</Text>
        {update.error && !(spec && fieldError(update.error, spec.name)) ? (
          <Alert color="red" variant="light">
            {errorMessage(update.error)}
          </Alert>
        ) : null}
        <Select label="Field" placeholder="Choose a field" searchable data={fields.map((f) => ({ value: f.name, label: f.title }))} value={fieldName} onChange={chooseField} />
        {spec && (
          <FieldInput
            model={model}
            spec={{ ...spec, required: false }}
            value={value}
            onChange={(next) => {
              setValue(next);
              setProblem(null);
            }}
            error={problem ?? fieldError(update.error, spec.name)}
          />
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={close} disabled={update.isPending}>
            Cancel
          </Button>
          <Button onClick={apply} disabled={!spec} loading={update.isPending}>
            Apply to {count}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
