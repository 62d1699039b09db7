import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { notify } from '../../ui/notify.js';
import { biKeys } from '../keys.js';
import { conflictCurrent, invalidateHistory } from '../queries.js';
import type { Dashboard } from '../types.js';
import { ConflictModal } from './ConflictModal.js';
import type { PendingChange } from './pendingChange.js';

/**
 * Hands a failed change to the conflict dialog. Returns false when the error is not a version
 * conflict, so the caller shows it the usual way.
 */
export type ReportConflict = (error: unknown, pending: PendingChange) => boolean;

const ConflictContext = createContext<ReportConflict | null>(null);

/**
 * One place decides what happens to a change the server refused as stale, whichever editor made
 * it: settings, a widget, a removal or the layout. The page renders `dialog` and provides `report`.
 */
export function useConflictResolver() {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<{ pending: PendingChange; current: Dashboard } | null>(null);

  const report = useCallback<ReportConflict>((error, pending) => {
    const current = conflictCurrent(error);
    if (!current) return false;
    setOpen({ pending, current });
    return true;
  }, []);

  // Keyed by the conflict's own dashboard: the page may have moved on to another one meanwhile.
  const reload = (current: Dashboard, pending: PendingChange) => {
    queryClient.setQueryData(biKeys.dashboard(current.id), current);
    void queryClient.invalidateQueries({ queryKey: biKeys.data(current.id) });
    void queryClient.invalidateQueries({ queryKey: biKeys.shares(current.id) });
    void invalidateHistory(queryClient, current.id);
    pending.onDiscard?.();
    setOpen(null);
  };

  const dialog = open && (
    <ConflictModal
      // A newer conflict starts over: its review compares against the newer dashboard.
      key={open.current.version}
      pending={open.pending}
      current={open.current}
      onReload={() => reload(open.current, open.pending)}
      onOverwritten={() => {
        setOpen(null);
        notify.success('Saved your change over theirs');
        open.pending.onSaved?.();
      }}
      onConflictAgain={(current) => setOpen({ pending: open.pending, current })}
      onKeepEditing={() => setOpen(null)}
    />
  );

  return { report, dialog };
}

export function ConflictProvider({ report, children }: { report: ReportConflict; children: ReactNode }) {
  return <ConflictContext.Provider value={report}>{children}</ConflictContext.Provider>;
}

export function useReportConflict(): ReportConflict {
  const report = useContext(ConflictContext);
  if (!report) throw new Error('useReportConflict must be used inside <ConflictProvider>');
  return report;
}
