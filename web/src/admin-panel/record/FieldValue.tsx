import { Anchor, Code, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { FieldSpec } from '../fields.js';
import { BooleanMark } from '../list/RecordCell.js';
import { recordPath } from '../paths.js';
import { useRelatedLabel } from './useRelatedLabel.js';

/** One value on a record's page, in full: JSON laid out, foreign keys named and linked. */
export function FieldValue({ spec, value }: { spec: FieldSpec | undefined; value: unknown }) {
  const label = useRelatedLabel(spec?.relation, value);
  if (value === null || value === undefined) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        null
      </Text>
    );
  }
  if (typeof value === 'boolean') return <BooleanMark value={value} />;
  if (typeof value === 'object') {
    return (
      <Code block style={{ maxHeight: 240, overflow: 'auto' }}>
        {JSON.stringify(value, null, 2)}
      </Code>
    );
  }
  const text = String(value);
  if (spec?.relation) {
    return (
      <Anchor component={Link} to={recordPath(spec.relation.relatedModel, text)} size="sm">
        {label ? `${label} (${text})` : text}
      </Anchor>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}
