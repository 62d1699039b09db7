import { Alert, Center, Loader, Text } from '@mantine/core';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../api/errors.js';
import { useAuth } from '../auth/AuthProvider.js';
import { NotFoundPage } from '../not-found/NotFoundPage.js';
import { usePageTitle } from '../layout/usePageTitle.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { notify } from '../ui/notify.js';
import { ConflictProvider, useConflictResolver } from './conflicts/ConflictContext.js';
import { CrossFilterChips } from './cross-filter/CrossFilterChips.js';
import { CrossFilterProvider } from './cross-filter/CrossFilterContext.js';
import { crossFilterQuery, crossFiltersFromUrl, withCrossFilters, withoutCrossFilter } from './cross-filter/crossFilterUrl.js';
import { DashboardGrid } from './DashboardGrid.js';
import { DashboardHeader } from './DashboardHeader.js';
import { WidgetEditorModal } from './editor/WidgetEditorModal.js';
import { FilterBar } from './FilterBar.js';
import { filtersFromUrl, filtersToUrl } from './filterUrl.js';
import { filtersKey, forQuery } from './filterValues.js';
import { LiveNotices } from './live/LiveNotices.js';
import { useDashboardEvents } from './live/useDashboardEvents.js';
import { useEditPresence } from './live/useEditPresence.js';
import { biKeys } from './keys.js';
import { HistoryDrawer } from './history/HistoryDrawer.js';
import { useDashboard, useDeleteDashboard } from './queries.js';
import { RemoveWidgetModal } from './RemoveWidgetModal.js';
import { UnsavedWidgetsContext } from './session/draftWidgetData.js';
import { SaveSessionModal } from './session/SaveSessionModal.js';
import { useEditSession } from './session/useEditSession.js';
import { useSessionCommands } from './session/useSessionCommands.js';
import { SettingsModal } from './SettingsModal.js';
import { ShareModal } from './ShareModal.js';
import type { Widget } from './types.js';

export function DashboardPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const dashboard = useDashboard(id);
  usePageTitle(dashboard.data?.name, 'Dashboards');
  const deleteDashboard = useDeleteDashboard();
  const conflicts = useConflictResolver();
  const refreshing = useIsFetching({ queryKey: biKeys.data(id) }) > 0;

  const [editorFor, setEditorFor] = useState<{ widget: Widget | null } | null>(null);
  const [removing, setRemoving] = useState<Widget | null>(null);
  const [sharing, setSharing] = useState(false);
  const [showingHistory, setShowingHistory] = useState(false);
  const [configuring, setConfiguring] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [phonePreview, setPhonePreview] = useState(false);
  // A phone edits its own layout anyway, so the preview is offered on wider screens only.
  const [narrow, setNarrow] = useState(false);
  const { user } = useAuth();
  const live = useDashboardEvents(id, dashboard.data?.version ?? 0, user?.id);
  const editRequested = params.get('edit') === '1' && dashboard.data?.can_edit === true;
  useEditPresence(id, editRequested);
  const session = useEditSession(dashboard.data, editRequested);
  const setEditing = (on: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (on) next.set('edit', '1');
        else next.delete('edit');
        return next;
      },
      { replace: true },
    );
  const commands = useSessionCommands(
    id,
    session,
    () => {
      setEditing(false);
      setPhonePreview(false);
    },
    conflicts.report,
  );

  if (dashboard.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label="Loading dashboard" />
      </Center>
    );
  }
  if (dashboard.isError) {
    if (isApiError(dashboard.error, 404)) return <NotFoundPage />;
    return (
      <Alert color="red" variant="light" title="Could not load the dashboard">
        {dashboard.error.message}
      </Alert>
    );
  }

  // While editing, the page shows the session's draft; the saved dashboard stays what Cancel returns to.
  const data = session.content ? { ...dashboard.data, ...session.content } : dashboard.data;
  const editing = editRequested;
  const saved = data.filters;
  // Filter values live in the URL: a reload keeps them, a link shares them, Back and Forward step through them.
  const applied = filtersFromUrl(saved, params);
  const crossFilters = crossFiltersFromUrl(saved, params);
  const filters = [...applied.filters.map(forQuery), ...crossFilterQuery(crossFilters)];
  const appliedKey = `${filtersKey(saved)}:${filtersKey(applied.filters)}:${JSON.stringify(applied.presets)}`;

  return (
    <ConflictProvider report={conflicts.report}>
      <DashboardHeader
        dashboard={data}
        editing={editing}
        refreshing={refreshing}
        session={{
          dirty: session.dirty,
          canUndo: session.canUndo,
          canRedo: session.canRedo,
          saving: commands.saving,
          phonePreview: narrow ? null : phonePreview,
          onUndo: session.undo,
          onRedo: session.redo,
          onTogglePhonePreview: () => setPhonePreview(!phonePreview),
          onCancel: commands.requestCancel,
          onSave: commands.requestSave,
        }}
        onEdit={() => setEditing(true)}
        onAddWidget={() => setEditorFor({ widget: null })}
        onRefresh={() => void queryClient.invalidateQueries({ queryKey: biKeys.data(id) })}
        onShare={() => setSharing(true)}
        onHistory={() => setShowingHistory(true)}
        onSettings={() => setConfiguring(true)}
        onDelete={() => setDeleting(true)}
      />

      <LiveNotices editors={live.editors} update={live.update} editing={editing} onLoad={() => void live.load()} onDismiss={live.dismiss} />

      {saved.length > 0 && (
        <FilterBar key={appliedKey} dashboardId={id} saved={saved} applied={applied} onApply={(next) => setParams((current) => filtersToUrl(saved, next, current))} />
      )}

      <CrossFilterChips crossFilters={crossFilters} saved={saved} onClear={(field) => setParams((current) => withoutCrossFilter(current, field))} />

      {data.widgets.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {editing
            ? 'No widgets yet. Add the first one with “Add widget”.'
            : data.can_edit
              ? 'No widgets yet. Choose Edit to add some.'
              : 'This dashboard has no widgets yet.'}
        </Text>
      ) : (
        <UnsavedWidgetsContext.Provider value={session.unsaved}>
          <CrossFilterProvider onPick={(picks) => setParams((current) => withCrossFilters(saved, current, picks))}>
            <DashboardGrid
              dashboardId={id}
              widgets={data.widgets}
              phoneLayout={data.phone_layout}
              filters={filters}
              refreshSeconds={data.refresh_interval_seconds}
              editing={editing}
              phonePreview={phonePreview}
              onMove={session.moveWidgets}
              onPhoneLayout={session.setPhoneLayout}
              onEditWidget={(widget) => setEditorFor({ widget })}
              onRemoveWidget={setRemoving}
              onPhoneChange={setNarrow}
            />
          </CrossFilterProvider>
        </UnsavedWidgetsContext.Provider>
      )}

      {editorFor && (
        <WidgetEditorModal
          key={editorFor.widget?.id ?? 'new'}
          dashboardId={id}
          widget={editorFor.widget}
          dashboard={data}
          filters={filters}
          onClose={() => setEditorFor(null)}
          onSave={session.saveWidget}
        />
      )}
      {data.can_manage && <ShareModal dashboard={data} opened={sharing} onClose={() => setSharing(false)} />}
      {configuring && <SettingsModal dashboard={data} onClose={() => setConfiguring(false)} />}

      <HistoryDrawer dashboard={data} opened={showingHistory} onClose={() => setShowingHistory(false)} />
      <RemoveWidgetModal widget={removing} onRemove={(widget) => session.removeWidget(widget.id)} onClose={() => setRemoving(null)} />
      {commands.askingMessage && <SaveSessionModal opened saving={commands.saving} error={commands.saveError} onSave={commands.store} onClose={commands.closeSave} />}
      <ConfirmModal
        opened={commands.confirmingCancel}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        onClose={commands.closeCancel}
        onConfirm={commands.confirmCancel}
      >
        Your edits since you chose Edit are not saved. Cancelling puts the dashboard back as it was.
      </ConfirmModal>
      <ConfirmModal
        opened={deleting}
        title="Delete dashboard"
        confirmLabel="Delete dashboard"
        loading={deleteDashboard.isPending}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          deleteDashboard.mutate(id, {
            onSuccess: () => {
              notify.success(`Deleted ${data.name}`);
              navigate('/dashboards', { replace: true });
            },
            onSettled: () => setDeleting(false),
          })
        }
      >
        Delete <strong>{data.name}</strong> and its {data.widgets.length} {data.widgets.length === 1 ? 'widget' : 'widgets'}?
        Everyone it is shared with loses it too. This cannot be undone.
      </ConfirmModal>
      {conflicts.dialog}
    </ConflictProvider>
  );
}
