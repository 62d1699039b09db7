import { useSyncExternalStore } from 'react';

export interface Toast {
  id: number;
  kind: 'success' | 'error';
  message: string;
}

const AUTO_CLOSE_MS = { success: 4000, error: 8000 } as const;

// A module-level store so code outside React (the query client's global error handler) can
// raise messages as easily as components can.
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(next: Toast[]) {
  toasts = next;
  listeners.forEach((listener) => listener());
}

export function dismissToast(id: number) {
  emit(toasts.filter((toast) => toast.id !== id));
}

function push(kind: Toast['kind'], message: string) {
  const toast = { id: nextId++, kind, message };
  // Only the newest few stay on screen so a burst of actions does not bury the page.
  emit([...toasts.slice(-2), toast]);
  window.setTimeout(() => dismissToast(toast.id), AUTO_CLOSE_MS[kind]);
}

export const notify = {
  success: (message: string) => push('success', message),
  error: (message: string) => push('error', message),
  /** Forgets every message: they were about the session that just ended. */
  clear: () => emit([]),
};

export function useToasts(): Toast[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
  );
}
