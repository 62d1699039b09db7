import { Anchor, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import type { FieldSpec } from '../fields.js';
import { recordPath } from '../paths.js';

/** A cell never grows past this; the whole text is in its tooltip and on the record's page. */
const CELL_MAX_WIDTH = 260;

export function BooleanMark({ value }: { value: boolean }) {
  return (
    <Text span c={value ? 'teal' : 'red'} role="img" aria-label={value ? 'Yes' : 'No'} title={value ? 'Yes' : 'No'} lh={0}>
      {value ? <IconCheck size={16} stroke={2.5} aria-hidden="true" /> : <IconX size={16} stroke={2.5} aria-hidden="true" />}
    </Text>
  );
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** One value of a list row: marks for booleans, the related record's label for foreign keys, long text cut short. */
export function RecordCell({ spec, value, label }: { spec: FieldSpec | undefined; value: unknown; label: string | undefined }) {
  if (value === null || value === undefined) {
    return (
      <Text span size="sm" c="dimmed" aria-label="empty">
        —
      </Text>
    );
  }
  if (typeof value === 'boolean') return <BooleanMark value={value} />;
  const text = cellText(value);
  if (spec?.relation) {
    return (
      <Anchor
        component={Link}
        to={recordPath(spec.relation.relatedModel, text)}
        size="sm"
        onClick={(event) => event.stopPropagation()}
        title={label ? `${label} (${text})` : text}
        display="block"
        maw={CELL_MAX_WIDTH}
        truncate="end"
      >
        {label ?? text}
      </Anchor>
    );
  }
  return (
    <Text span size="sm" display="block" maw={CELL_MAX_WIDTH} truncate="end" title={text.length > 30 ? text : undefined}>
      {text}
    </Text>
  );
}
