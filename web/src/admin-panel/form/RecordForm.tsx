import { Alert, Button, Grid, Group, List } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiRequestError, errorMessage } from '../../api/errors.js';
import type { FieldSpec } from '../fields.js';
import type { ModelRecord } from '../types.js';
import { FieldInput } from './FieldInput.js';
import { formBody, type FormValues } from './formValues.js';

interface Props {
  model: string;
  specs: FieldSpec[];
  initial: FormValues;
  mode: 'create' | 'edit';
  submitLabel: string;
  pending: boolean;
  /** The last failed save, whose field errors show under their fields. */
  error: unknown;
  onSubmit: (body: ModelRecord) => void;
  onCancel: () => void;
}

const WIDE_KINDS = new Set<FieldSpec['kind']>(['longtext', 'json']);

/** The server's field errors split into the ones a field of this form shows and the ones only the form can. */
function splitErrors(error: unknown, specs: FieldSpec[]): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  if (!(error instanceof ApiRequestError)) return { byField, other };
  const names = new Set(specs.map((spec) => spec.name));
  for (const entry of error.fieldErrors) {
    const name = entry.field.split(/[./]/).pop() ?? '';
    if (names.has(name)) byField[name] = entry.message;
    else other.push(entry.field ? `${entry.field} ${entry.message}` : entry.message);
  }
  return { byField, other };
}

/** A record form generated from the model's JSON Schema. */
export function RecordForm({ model, specs, initial, mode, submitLabel, pending, error, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState<FormValues>(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  // A field's server error goes once the field is changed; the next failed save brings its own.
  const [edited, setEdited] = useState<{ error: unknown; fields: Set<string> }>({ error, fields: new Set() });
  const editedSinceError = edited.error === error ? edited.fields : new Set<string>();
  const server = splitErrors(error, specs);
  // A message the alert already gives as its text is not listed again under it.
  const otherMessages = server.other.filter((message) => !(error instanceof Error) || message !== error.message);
  // A 409 (a duplicate, a changed key) is about the record as a whole, even when it names a field.
  const formLevel = Boolean(error) && (error instanceof ApiRequestError ? error.status === 409 || error.fieldErrors.length === 0 || server.other.length > 0 : true);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { body, errors } = formBody(specs, values, initial, mode);
    setClientErrors(errors);
    if (Object.keys(errors).length === 0) onSubmit(body);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`${mode === 'create' ? 'New' : 'Edit'} ${model}`}>
      {formLevel && (
        <Alert color="red" variant="light" mb="md" title={error instanceof ApiRequestError && error.status === 409 ? 'Could not save: conflict' : 'Could not save'}>
          {errorMessage(error)}
          {otherMessages.length > 0 && (
            <List size="sm" mt={4}>
              {otherMessages.map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      <Grid gap="md">
        {specs.map((spec) => (
          <Grid.Col key={spec.name} span={{ base: 12, md: WIDE_KINDS.has(spec.kind) ? 12 : 6 }}>
            <FieldInput
              model={model}
              spec={spec}
              value={values[spec.name] ?? ''}
              onChange={(value) => {
                setValues((current) => ({ ...current, [spec.name]: value }));
                setClientErrors(({ [spec.name]: _dropped, ...rest }) => rest);
                setEdited({ error, fields: new Set(editedSinceError).add(spec.name) });
              }}
              error={clientErrors[spec.name] ?? (editedSinceError.has(spec.name) ? undefined : server.byField[spec.name])}
            />
          </Grid.Col>
        ))}
      </Grid>
      <Group justify="flex-end" mt="xl">
        <Button variant="default" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
