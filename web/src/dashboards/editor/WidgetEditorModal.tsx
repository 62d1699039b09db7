import { Alert, Button, Divider, Group, List, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage, isApiError } from '../../api/errors.js';
import { configString, configStrings, firstColumn, isLabel, isNumeric } from '../../charts/config.js';
import { WIDGET_TYPE_LABELS, WIDGET_TYPES, isWidgetType, type ResultSet, type WidgetType } from '../../charts/types.js';
import { notify } from '../../ui/notify.js';
import { useReportConflict } from '../conflicts/ConflictContext.js';
import { conflictCurrent } from '../queries.js';
import type { Dashboard, Filter, Widget, WidgetInput } from '../types.js';
import { useSaveWidget } from '../widgetQueries.js';
import { useResolvedWidgetType } from '../widgetTypes.js';
import { ChartSettingsFields } from './ChartSettingsFields.js';
import { DataSourceFields } from './DataSourceFields.js';
import { FailingSaveDialog } from './FailingSaveDialog.js';
import { PreviewPanel } from './PreviewPanel.js';
import { useFailingSaveGuard } from './useFailingSaveGuard.js';
import { useWidgetPreview } from './useWidgetPreview.js';
import { draftFromWidget, draftProblem, draftToInput, metricColumns, nextPosition, type WidgetDraft } from './widgetDraft.js';

interface WidgetEditorModalProps {
  dashboardId: string;
  /** null adds a new widget. */
  widget: Widget | null;
  /** The dashboard as it was when the editor opened: the version a save is based on. */
  dashboard: Dashboard;
  /** The filter values on screen, so `{{field}}` placeholders resolve in the preview too. */
  filters: Filter[];
  onClose: () => void;
  /** Hands the widget to the edit session instead of saving it (id null: a new widget). */
  onSave?: (id: string | null, input: WidgetInput) => void;
}

/** Fills the axes from a first result, so a fresh chart draws something without more clicks. */
function guessAxes(draft: WidgetDraft, visualization: WidgetType, result: ResultSet): WidgetDraft['config'] {
  const config = { ...draft.config };
  const label = firstColumn(result.columns, isLabel);
  const number = firstColumn(result.columns, isNumeric);
  if (visualization === 'kpi_card') {
    if (!configString(config, 'value') && number) config.value = number;
  } else if (visualization !== 'table' && visualization !== 'text') {
    if (!configString(config, 'x_axis') && (label ?? number)) config.x_axis = label ?? number;
    if (configStrings(config, 'y_axis').length === 0 && number && number !== config.x_axis) config.y_axis = number;
  }
  return config;
}

export function WidgetEditorModal({ dashboardId, widget, dashboard, filters, onClose, onSave }: WidgetEditorModalProps) {
  const [base] = useState(dashboard);
  const [draft, setDraft] = useState(() => draftFromWidget(widget));
  const [attempted, setAttempted] = useState(false);
  const save = useSaveWidget(dashboardId);
  const reportConflict = useReportConflict();
  // A catalog type draws as one of the nine visualizations, with defaults its own settings override.
  const resolved = useResolvedWidgetType(draft.type);
  const visualization = resolved.visualization;
  // A widget of a catalog type keeps that type on offer, so switching away from it can be undone.
  const catalogType = widget && !isWidgetType(widget.widget_type) ? widget.widget_type : null;
  const catalog = useResolvedWidgetType(catalogType ?? draft.type);
  const typeOptions = WIDGET_TYPES.map((value): { value: string; label: string } => ({ value, label: WIDGET_TYPE_LABELS[value] }));
  if (catalogType) typeOptions.push({ value: catalogType, label: catalog.label });

  const change = (patch: Partial<WidgetDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const preview = useWidgetPreview(draft, filters, (result) =>
    setDraft((current) => ({ ...current, config: guessAxes(current, visualization, result) })),
  );
  const handleRun = () => void preview.run();

  const problem = draftProblem(draft);
  const saveGuard = useFailingSaveGuard(preview, !problem && visualization !== 'text' && draft.mode !== 'static');
  const handleSave = () => {
    setAttempted(true);
    if (problem) return;
    const position = widget?.position ?? nextPosition(base.widgets, visualization);
    const id = widget?.id ?? null;
    const input = draftToInput(draft, position);
    if (onSave) {
      onSave(id, input);
      return onClose();
    }
    save.mutate(
      { id, input, version: base.version },
      {
        onSuccess: (saved) => {
          notify.success(widget ? `Saved ${saved.name}` : `Added ${saved.name}`);
          onClose();
        },
        onError: (error) =>
          reportConflict(error, {
            change: { kind: 'widget', widgetId: id, input },
            base,
            // A new widget goes to the first free spot of the dashboard as it is now.
            resend: (version, current) =>
              save.mutateAsync({ id, input: id ? input : { ...input, position: nextPosition(current.widgets, visualization) }, version }),
            onDiscard: onClose,
            onSaved: onClose,
          }),
      },
    );
  };

  // The conflict dialog speaks for a stale save; the editor keeps the draft meanwhile.
  const saveError = save.isError && !conflictCurrent(save.error) ? save.error : null;
  const saveErrors = isApiError(saveError) ? saveError.fieldErrors : [];

  return (
    <Modal opened onClose={onClose} title={widget ? `Edit ${widget.name}` : 'Add widget'} size="min(1200px, 96vw)">
      <Stack>
        {saveError && (
          <Alert color="red" variant="light" role="alert" title="The widget was not saved">
            {errorMessage(saveError)}
            {saveErrors.length > 0 && (
              <List size="sm" mt={4}>
                {saveErrors.map((entry) => (
                  <List.Item key={`${entry.field}:${entry.message}`}>
                    {entry.field}: {entry.message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        {attempted && problem && (
          <Alert color="orange" variant="light">
            {problem}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="sm">
            <TextInput
              label="Name"
              required
              data-autofocus
              value={draft.name}
              onChange={(event) => change({ name: event.currentTarget.value })}
            />
            <Select
              label="Type"
              data={typeOptions}
              value={draft.type}
              onChange={(value) => value && change({ type: value })}
              allowDeselect={false}
            />
            {visualization !== 'text' && <DataSourceFields draft={draft} onChange={change} onRun={handleRun} sqlError={preview.errorMark} />}
          </Stack>
          <Stack gap="sm">
            <ChartSettingsFields
              type={visualization}
              config={draft.config}
              columns={draft.mode === 'metric' && visualization !== 'text' ? metricColumns(draft) : (preview.preview?.result.columns ?? [])}
              onChange={(config) => change({ config })}
            />
            <Divider />
            <PreviewPanel
              draft={draft}
              visualization={visualization}
              config={{ ...resolved.config, ...draft.config }}
              preview={preview.preview}
              error={preview.error}
              running={preview.running}
              onRun={handleRun}
            />
          </Stack>
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={save.isPending}>
            Cancel
          </Button>
          <Button onClick={() => void saveGuard.request(handleSave)} loading={save.isPending || saveGuard.checking}>
            Save widget
          </Button>
        </Group>
        <FailingSaveDialog opened={saveGuard.confirming} error={preview.error} onCancel={saveGuard.cancel} onConfirm={saveGuard.confirm} />
      </Stack>
    </Modal>
  );
}
