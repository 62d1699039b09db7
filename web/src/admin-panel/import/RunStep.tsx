import { Alert, Anchor, Badge, Group, Progress, Radio, Stack, Text } from '@mantine/core';
import { errorMessage } from '../../api/errors.js';
import type { ImportJob } from '../types.js';
import type { ImportMode } from './importRequests.js';
import { RowErrorsTable } from './RowErrorsTable.js';

const count = new Intl.NumberFormat();

interface Props {
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  totalRows: number;
  job: ImportJob | undefined;
  started: boolean;
  error: unknown;
}

/** Step 4: all-or-nothing or the valid rows only, then the job's progress and its result. */
export function RunStep({ mode, onMode, totalRows, job, started, error }: Props) {
  if (error) {
    return (
      <Alert color="red" variant="light" title="The import failed">
        {errorMessage(error)}
      </Alert>
    );
  }
  if (!started) {
    return (
      <Radio.Group label="How to import" value={mode} onChange={(value) => onMode(value as ImportMode)}>
        <Stack gap="sm" mt="xs">
          <Radio value="all" label="All or nothing" description="If any row fails, nothing is imported." />
          <Radio value="partial" label="Only the valid rows" description="Rows that fail are skipped and can be downloaded afterwards." />
        </Stack>
      </Radio.Group>
    );
  }
  const processed = job?.processed_rows ?? 0;
  const percent = totalRows > 0 ? Math.min(100, (processed / totalRows) * 100) : 0;
  const result = job?.result;
  if (!job || job.status === 'running') {
    return (
      <Stack gap="xs">
        <Text size="sm">
          Importing… {count.format(processed)} of {count.format(totalRows)} rows
        </Text>
        <Progress value={percent} animated aria-label="Import progress" />
      </Stack>
    );
  }
  if (job.status === 'failed' || !result) {
    return (
      <Alert color="red" variant="light" title="The import failed">
        {job.error ?? 'The server gave no reason.'}
      </Alert>
    );
  }
  return (
    <Stack gap="sm">
      <Progress value={100} color={result.success ? 'teal' : 'red'} aria-label="Import progress" />
      <Alert color={result.success ? (result.failed_count > 0 ? 'yellow' : 'teal') : 'red'} variant="light" title={result.success ? 'Import finished' : 'Nothing was imported'} data-testid="import-result">
        <Text size="sm" mb="xs">
          {result.message}
        </Text>
        <Group gap="xs">
          <Badge color="teal" variant="light">
            {count.format(result.imported_count)} imported
          </Badge>
          <Badge color={result.failed_count > 0 ? 'red' : 'gray'} variant="light">
            {count.format(result.failed_count)} failed
          </Badge>
          {result.failed_rows_url && (
            <Anchor href={result.failed_rows_url} download size="sm" c="inherit" underline="always" fw={600}>
              Download failed rows
            </Anchor>
          )}
        </Group>
      </Alert>
      <RowErrorsTable errors={result.errors} label="Failed rows" />
    </Stack>
  );
}
