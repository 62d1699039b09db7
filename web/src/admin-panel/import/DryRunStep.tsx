import { Alert, Center, Group, Loader, Text } from '@mantine/core';
import { errorMessage } from '../../api/errors.js';
import type { ImportValidation } from '../types.js';
import { RowErrorsTable } from './RowErrorsTable.js';

const count = new Intl.NumberFormat();

/** Step 3: the dry run's verdict (the server imports inside a transaction it rolls back) with each row's error. */
export function DryRunStep({ validation, pending, error }: { validation: ImportValidation | undefined; pending: boolean; error: unknown }) {
  if (pending) {
    return (
      <Center py="xl">
        <Group gap="sm">
          <Loader size="sm" aria-label="Checking the rows" />
          <Text size="sm">Checking every row…</Text>
        </Group>
      </Center>
    );
  }
  if (error) {
    return (
      <Alert color="red" variant="light" title="The dry run failed">
        {errorMessage(error)}
      </Alert>
    );
  }
  if (!validation) return null;
  const clean = validation.invalid_count === 0;
  return (
    <>
      <Alert color={clean ? 'teal' : 'yellow'} variant="light" mb="md" title={clean ? 'Every row can be imported' : 'Some rows cannot be imported'} data-testid="dry-run-summary">
        {count.format(validation.valid_count)} valid, {count.format(validation.invalid_count)} invalid of {count.format(validation.total_rows)} rows.
        {!clean && ' Fix the file and upload it again, or import only the valid rows in the next step.'}
      </Alert>
      <RowErrorsTable errors={validation.errors} label="Row errors" />
    </>
  );
}
