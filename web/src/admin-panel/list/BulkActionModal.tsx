import { Button, Group, Modal, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BulkActionSummary } from '../types.js';

type ParamValue = string | number | boolean | undefined;

interface Props {
  /** The action to run; null when closed. */
  action: BulkActionSummary | null;
  /** "3 records", "all 1,204 matching records". */
  count: string;
  loading: boolean;
  onRun: (params: Record<string, unknown>) => void;
  onClose: () => void;
}

function initialValues(action: BulkActionSummary | null): Record<string, ParamValue> {
  return Object.fromEntries((action?.params ?? []).map((p) => [p.name, p.default ?? (p.type === 'boolean' ? false : undefined)]));
}

/** Asks what a registered bulk action asks for (its confirmation, its params), then runs it. */
export function BulkActionModal({ action, count, loading, onRun, onClose }: Props) {
  const [values, setValues] = useState<Record<string, ParamValue>>(() => initialValues(action));
  useEffect(() => setValues(initialValues(action)), [action]);
  const params = action?.params ?? [];
  const missing = params.some((p) => p.required && (values[p.name] === undefined || values[p.name] === ''));
  const set = (name: string, value: ParamValue) => setValues((current) => ({ ...current, [name]: value }));
  const run = () => onRun(Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== '')));

  return (
    <Modal opened={action !== null} onClose={onClose} title={action?.label ?? ''} centered>
      <Stack gap="sm">
        <Text size="sm">{action?.confirm ? `${action.confirm} (${count})` : `Runs on ${count}.`}</Text>
        {params.map((param) => {
          const value = values[param.name];
          if (param.type === 'boolean') {
            return <Switch key={param.name} label={param.label} checked={value === true} onChange={(event) => set(param.name, event.currentTarget.checked)} />;
          }
          if (param.type === 'number') {
            return (
              <NumberInput
                key={param.name}
                label={param.label}
                required={param.required}
                value={typeof value === 'number' ? value : ''}
                onChange={(next) => set(param.name, typeof next === 'number' ? next : undefined)}
              />
            );
          }
          return <TextInput key={param.name} label={param.label} required={param.required} value={typeof value === 'string' ? value : ''} onChange={(event) => set(param.name, event.currentTarget.value)} />;
        })}
      </Stack>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} disabled={loading}>
          Cancel
        </Button>
        <Button onClick={run} loading={loading} disabled={missing}>
          {action?.label ?? 'Run'}
        </Button>
      </Group>
    </Modal>
  );
}
