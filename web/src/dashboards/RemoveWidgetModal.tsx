import { errorMessage } from '../api/errors.js';
import { ConfirmModal } from '../ui/ConfirmModal.js';
import { notify } from '../ui/notify.js';
import { useReportConflict } from './conflicts/ConflictContext.js';
import type { Dashboard, Widget } from './types.js';
import { useDeleteWidget } from './widgetQueries.js';

interface RemoveWidgetModalProps {
  dashboard: Dashboard;
  widget: Widget | null;
  onClose: () => void;
}

export function RemoveWidgetModal({ dashboard, widget, onClose }: RemoveWidgetModalProps) {
  const remove = useDeleteWidget(dashboard.id);
  const reportConflict = useReportConflict();

  const confirm = () => {
    if (!widget) return;
    const removed = () => notify.success(`Removed ${widget.name}`);
    remove.mutate(
      { widgetId: widget.id, version: dashboard.version },
      {
        onSuccess: removed,
        onError: (error) => {
          const handled = reportConflict(error, {
            change: { kind: 'remove_widget', widgetId: widget.id },
            base: dashboard,
            resend: (version) => remove.mutateAsync({ widgetId: widget.id, version }),
            onSaved: removed,
          });
          if (!handled) notify.error(`${widget.name} was not removed: ${errorMessage(error)}`);
        },
        onSettled: onClose,
      },
    );
  };

  return (
    <ConfirmModal
      opened={widget !== null}
      title="Remove widget"
      confirmLabel="Remove widget"
      loading={remove.isPending}
      onClose={onClose}
      onConfirm={confirm}
    >
      Remove <strong>{widget?.name}</strong> from this dashboard? Its query and settings are deleted with it.
    </ConfirmModal>
  );
}
