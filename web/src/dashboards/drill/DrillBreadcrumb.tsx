import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { DATE_GRAINS, type DateGrain } from '../../charts/format/columnSettings.js';
import { calendarDay, formatDateAtGrain } from '../../charts/format/dates.js';
import { guessDisplayName } from '../../charts/format/displayName.js';
import type { PickValue } from '../../charts/chartPicks.js';
import type { Drill } from './useDrill.js';

const levelName = (level: string) => guessDisplayName(level);

/** A clicked value as the level it was clicked on shows it: a period by its grain ("Feb 2025"). */
function stepText(value: PickValue, level: string): string {
  if (value === null) return '(empty)';
  const day = (DATE_GRAINS as readonly string[]).includes(level) ? calendarDay(value) : null;
  return day ? formatDateAtGrain(day, level as DateGrain) : String(value);
}

/** Where a drill-down stands: the top level, then each clicked value; every step but the last goes back there. */
export function DrillBreadcrumb({ drill }: { drill: Drill }) {
  if (drill.path.length === 0) return null;
  const steps = [`All: ${levelName(drill.levels[0]!)}`, ...drill.path.map((value, depth) => stepText(value, drill.levels[depth] ?? ''))];
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
