import { Input, Skeleton, Text, useComputedColorScheme } from '@mantine/core';
import { Suspense, lazy, useId } from 'react';
import { useSourceSchema, type SourceSchema } from './editorQueries.js';
import type { SqlErrorMark } from './SqlEditor.js';

// CodeMirror is a few hundred kB: it loads when a SQL widget is edited, not with the dashboard.
const SqlEditor = lazy(() => import('./SqlEditor.js'));

const NO_TABLES: SourceSchema['tables'] = [];
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

interface SqlFieldProps {
  source: string | null;
  kind: 'duckdb' | 'sqlite' | 'postgres' | null;
  value: string;
  onChange: (sql: string) => void;
  onRun: () => void;
  error: SqlErrorMark | null;
}

/** The SQL input with its label and hints; completions come from the source's tables. */
export function SqlField({ source, kind, value, onChange, onRun, error }: SqlFieldProps) {
  const dark = useComputedColorScheme('light', { getInitialValueInEffect: false }) === 'dark';
  const schema = useSourceSchema(source, true);
  const descriptionId = useId();
  return (
    <Input.Wrapper
      label="SQL"
      labelElement="div"
      description={`Dashboard filters are available as {{field}} placeholders. ${isMac ? '⌘' : 'Ctrl'}+Enter runs the preview.`}
      descriptionProps={{ id: descriptionId }}
    >
      <Suspense fallback={<Skeleton height={160} mt={4} />}>
        <div style={{ marginTop: 4, border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }}>
          <SqlEditor
            value={value}
            onChange={onChange}
            onRun={onRun}
            kind={kind}
            tables={schema.data?.tables ?? NO_TABLES}
            error={error}
            dark={dark}
            describedBy={descriptionId}
          />
        </div>
      </Suspense>
      {schema.data?.truncated && (
        <Text size="xs" c="dimmed" mt={4}>
          This source has more tables than the editor lists; completions cover the first {schema.data.tables.length}.
        </Text>
      )}
      {schema.isError && (
        <Text size="xs" c="dimmed" mt={4}>
          Table and column names cannot be completed: the source's tables could not be listed.
        </Text>
      )}
    </Input.Wrapper>
  );
}
