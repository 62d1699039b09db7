import { useState } from 'react';
import { errorMessage } from '../../api/errors.js';
import { notify } from '../../ui/notify.js';
import type { ReportConflict } from '../conflicts/ConflictContext.js';
import type { EditSession } from './useEditSession.js';
import { useSaveSession } from './useSaveSession.js';
import { useSessionShortcuts } from './useSessionShortcuts.js';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard.js';

/**
 * What the page's Save and Cancel do with a session: Save asks for a message and stores one
 * version (a stale base goes to the conflict dialog), Cancel asks before dropping unsaved edits.
 */
export function useSessionCommands(dashboardId: string, session: EditSession, leave: () => void, reportConflict: ReportConflict) {
  const save = useSaveSession(dashboardId);
  const [askingMessage, setAskingMessage] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  useSessionShortcuts(session.active, session.undo, session.redo);
  useUnsavedChangesGuard(session.dirty);

  const end = () => {
    setAskingMessage(false);
    setConfirmingCancel(false);
    session.discard();
    leave();
  };

  const store = (message: string) => {
    const { base, content } = session;
    if (!base || !content) return;
    save.mutate(
      { content, message, version: base.version },
      {
        onSuccess: (saved) => {
          notify.success(`Saved version ${saved.version}`);
          end();
        },
        onError: (error) => {
          const handled = reportConflict(error, {
            change: { kind: 'session', widgets: content.widgets },
            base,
            resend: (version) => save.mutateAsync({ content, message, version }),
            onDiscard: end,
            onSaved: end,
          });
          if (handled) setAskingMessage(false);
        },
      },
    );
  };

  return {
    saving: save.isPending,
    saveError: save.isError && askingMessage ? errorMessage(save.error) : null,
    askingMessage,
    confirmingCancel,
    /** Save with nothing changed simply leaves edit mode. */
    requestSave: () => {
      save.reset();
      if (session.dirty) setAskingMessage(true);
      else end();
    },
    store,
    closeSave: () => setAskingMessage(false),
    requestCancel: () => (session.dirty ? setConfirmingCancel(true) : end()),
    closeCancel: () => setConfirmingCancel(false),
    confirmCancel: end,
  };
}
