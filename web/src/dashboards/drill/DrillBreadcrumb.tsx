import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { formatValue } from '../../charts/values.js';
import { filterLabel } from '../filterUrl.js';
import type { Drill } from './useDrill.js';

const levelName = (level: string) => filterLabel({ field: level, operator: 'eq', values: [] });

/** Where a drill-down stands: the top level, then each clicked value; every step but the last goes back there. */
export function DrillBreadcrumb({ drill }: { drill: Drill }) {
  if (drill.path.length === 0) return null;
  const steps = [`All: ${levelName(drill.levels[0]!)}`, ...drill.path.map((value) => (value === null ? '(empty)' : formatValue(value)))];
  return (
    <nav aria-label="Drill-down">
      <Breadcrumbs separator="›" separatorMargin={4} px="sm" fz="xs">
      {steps.map((step, depth) =>
        depth === steps.length - 1 ? (
          <Text key={depth} size="xs" fw={600} aria-current="location">
            {step} · {levelName(drill.levels[depth] ?? '')}
          </Text>
        ) : (
          <Anchor key={depth} component="button" type="button" size="xs" onClick={() => drill.backTo(depth)}>
            {step}
          </Anchor>
        ),
      )}
      </Breadcrumbs>
    </nav>
  );
}
