import { Alert, MultiSelect, NumberInput, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import { errorMessage } from '../../api/errors.js';
import { TIME_GRAINS, type TimeGrain } from '../types.js';
import { useDataSources, useMetrics } from '../widgetQueries.js';
import type { SqlErrorMark } from './SqlEditor.js';
import { SqlField } from './SqlField.js';
import type { SourceMode, WidgetDraft } from './widgetDraft.js';

interface DataSourceFieldsProps {
  draft: WidgetDraft;
  onChange: (patch: Partial<WidgetDraft>) => void;
  /** Runs the preview (Ctrl+Enter in the SQL editor). */
  onRun: () => void;
  /** The last run's error where the database placed it, marked in the SQL. */
  sqlError: SqlErrorMark | null;
}

const MODES: { value: SourceMode; label: string }[] = [
  { value: 'sql', label: 'SQL query' },
  { value: 'metric', label: 'Metric' },
  { value: 'static', label: 'Static data' },
];

/** `config.drill`, the levels a click walks down, as the editor lists them. */
const drillLevelsOf = (config: Record<string, unknown>): string[] =>
  Array.isArray(config.drill) ? config.drill.filter((level): level is string => typeof level === 'string') : [];

export function DataSourceFields({ draft, onChange, onRun, sqlError }: DataSourceFieldsProps) {
  const sources = useDataSources(draft.mode === 'sql');
  const metrics = useMetrics(draft.mode === 'metric');
  // Widgets name their metric; ids are not part of a widget's data source.
  const metric = metrics.data?.items.find((item) => item.name === draft.metric);

  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={500} mb={4} id="widget-data-mode">
          Data
        </Text>
        <SegmentedControl
          aria-labelledby="widget-data-mode"
          fullWidth
          data={MODES}
          value={draft.mode}
          onChange={(mode) => onChange({ mode: mode as SourceMode })}
        />
      </div>

      {draft.mode === 'sql' && (
        <>
          {sources.isError && (
            <Alert color="red" variant="light">
              Could not load data sources: {errorMessage(sources.error)}
            </Alert>
          )}
          <Select
            label="Data source"
            placeholder={sources.isPending ? 'Loading…' : 'Pick a source'}
            data={(sources.data?.items ?? []).map((source) => ({ value: source.name, label: `${source.name} (${source.kind})` }))}
            value={draft.source}
            onChange={(source) => onChange({ source })}
            allowDeselect={false}
            searchable
          />
          <SqlField
            source={draft.source}
            kind={sources.data?.items.find((source) => source.name === draft.source)?.kind ?? null}
            value={draft.sql}
            onChange={(sql) => onChange({ sql })}
            onRun={onRun}
            error={sqlError}
          />
        </>
      )}

      {draft.mode === 'metric' && (
        <>
          {metrics.isError && (
            <Alert color="red" variant="light">
              Could not load metrics: {errorMessage(metrics.error)}
            </Alert>
          )}
          <Select
            label="Metric"
            placeholder={metrics.isPending ? 'Loading…' : 'Pick a metric'}
            data={(metrics.data?.items ?? []).map((item) => item.name)}
            value={draft.metric}
            onChange={(value) => onChange({ metric: value, dimensions: [] })}
            description={metric?.description || undefined}
            searchable
          />
          <MultiSelect
            label="Dimensions"
            placeholder={metric ? 'Group by…' : 'Pick a metric first'}
            data={metric?.dimensions ?? draft.dimensions}
            value={draft.dimensions}
            onChange={(dimensions) => onChange({ dimensions })}
            disabled={!metric}
          />
          <Select
            label="Time grain"
            placeholder={metric?.time_column ? 'No time grouping' : 'This metric has no time column'}
            data={[...TIME_GRAINS]}
            value={draft.timeGrain}
            onChange={(value) => onChange({ timeGrain: value as TimeGrain | null })}
            clearable
            disabled={!metric?.time_column && !draft.timeGrain}
          />
          <MultiSelect
            label="Drill-down levels"
            description="Clicking a bar or point shows the next level, narrowed to what was clicked. Pick them in order: region, then country; or month, then day."
            placeholder={metric ? 'No drill-down' : 'Pick a metric first'}
            data={[...(metric?.dimensions ?? []), ...(metric?.time_column ? TIME_GRAINS : [])]}
            value={drillLevelsOf(draft.config)}
            onChange={(levels) => onChange({ config: { ...draft.config, drill: levels } })}
            disabled={!metric}
            clearable
          />
        </>
      )}

      {draft.mode === 'static' && (
        <Textarea
          label="Static data (JSON)"
          description="An array of objects; each key becomes a column."
          autosize
          minRows={6}
          maxRows={16}
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          value={draft.staticJson}
          onChange={(event) => onChange({ staticJson: event.currentTarget.value })}
        />
      )}

      {draft.mode !== 'static' && (
        <NumberInput
          label="Cache TTL (seconds)"
          description="How long a result is reused; 0 runs the query every time."
          min={0}
          max={86_400}
          w={220}
          value={draft.cacheTtl}
          onChange={(value) => onChange({ cacheTtl: typeof value === 'number' ? value : 0 })}
        />
      )}
    </Stack>
  );
}
