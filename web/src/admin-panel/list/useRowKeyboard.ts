import { useEffect, useState } from 'react';

/** Where typing means typing: keys pressed there are not the table's. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('[role="dialog"], [role="listbox"], [role="menu"]')) return true;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio';
}

/**
 * ArrowUp and ArrowDown move a highlighted row and Enter opens it, anywhere on the page but in a
 * text field or a dialog. A new page of rows starts with nothing highlighted.
 */
export function useRowKeyboard(rowCount: number, pageKey: string, onOpen: (index: number) => void) {
  const [state, setState] = useState({ pageKey, index: -1 });
  const index = state.pageKey === pageKey ? Math.min(state.index, rowCount - 1) : -1;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (rowCount === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const next = index < 0 ? (step > 0 ? 0 : rowCount - 1) : Math.max(0, Math.min(rowCount - 1, index + step));
        setState({ pageKey, index: next });
        document.querySelector(`[data-row-index="${next}"]`)?.scrollIntoView({ block: 'nearest' });
      } else if (event.key === 'Enter' && index >= 0) {
        // Enter on a link or button is that control's own.
        if (event.target instanceof HTMLElement && event.target.closest('a, button')) return;
        event.preventDefault();
        onOpen(index);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, rowCount, pageKey, onOpen]);

  return { highlighted: index, highlight: (next: number) => setState({ pageKey, index: next }) };
}
