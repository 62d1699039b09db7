import { Alert, Box, Button, Group, Paper, Text } from '@mantine/core';
import { DataTable } from '../../charts/DataTable.js';
import { MarkdownText } from '../../charts/MarkdownText.js';
import { configString } from '../../charts/config.js';
import type { ResultSet, WidgetConfig, WidgetType } from '../../charts/types.js';
import type { components } from '../../api/openapi.gen.js';
import { WidgetVisual } from '../../charts/WidgetVisual.js';
import type { WidgetDraft } from './widgetDraft.js';

export interface Preview {
  result: ResultSet;
  rowCount: number;
  durationMs: number | null;
  truncated: components['schemas']['QueryResult']['truncated'];
}

interface PreviewPanelProps {
  draft: WidgetDraft;
  visualization: WidgetType;
  /** The draft's settings over its type's defaults. */
  config: WidgetConfig;
  preview: Preview | null;
  error: string | null;
  running: boolean;
  onRun: () => void;
}

export function PreviewPanel({ draft, visualization, config, preview, error, running, onRun }: PreviewPanelProps) {
  if (visualization === 'text') {
    return (
      <Paper withBorder p="sm" mih={120}>
        <MarkdownText markdown={configString(config, 'markdown') ?? ''} />
      </Paper>
    );
  }

  return (
    <Box>
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          Preview
        </Text>
        <Button size="xs" onClick={onRun} loading={running}>
          Run
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="light" role="alert" title="The query failed" mb="xs">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {error}
          </Text>
        </Alert>
      )}
      {!preview && !error && (
        <Text size="sm" c="dimmed">
          {draft.mode === 'metric' ? 'Run the metric to see its data by the chosen dimensions and grain.' : 'Run the query to see its result and pick columns for the chart.'}
        </Text>
      )}
      {preview && (
        <>
          <Paper withBorder p="xs" h={visualization === 'kpi_card' ? 140 : 260} data-testid="widget-preview">
            <WidgetVisual type={visualization} result={preview.result} config={config} title={draft.name || 'Preview'} />
          </Paper>
          <Text size="xs" c="dimmed" mt={4}>
            {preview.rowCount.toLocaleString()} {preview.rowCount === 1 ? 'row' : 'rows'}
            {preview.durationMs !== null ? ` · ${Math.round(preview.durationMs)} ms` : ''}
            {preview.truncated === 'rows' ? ' · cut at the row cap' : preview.truncated === 'bytes' ? ' · cut at the result size limit' : ''}
          </Text>
          {visualization !== 'table' && (
            <Box mt="xs" mah={220} style={{ overflow: 'auto' }}>
              <DataTable result={preview.result} pageSize={5} />
            </Box>
          )}
        </>
      )}
    </Box>
  );
}
