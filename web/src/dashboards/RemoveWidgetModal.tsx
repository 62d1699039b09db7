import { ConfirmModal } from '../ui/ConfirmModal.js';
import type { Widget } from './types.js';

interface RemoveWidgetModalProps {
  widget: Widget | null;
  onRemove: (widget: Widget) => void;
  onClose: () => void;
}

/** Removing is part of the edit session: nothing is deleted until Save, and Undo brings it back. */
export function RemoveWidgetModal({ widget, onRemove, onClose }: RemoveWidgetModalProps) {
  return (
    <ConfirmModal
      opened={widget !== null}
      title="Remove widget"
      confirmLabel="Remove widget"
      onClose={onClose}
      onConfirm={() => {
        if (widget) onRemove(widget);
        onClose();
      }}
    >
      Remove <strong>{widget?.name}</strong> from this dashboard? It goes when you save your changes; until then Undo brings it back.
    </ConfirmModal>
  );
}
