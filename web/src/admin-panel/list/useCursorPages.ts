import { useState } from 'react';

/**
 * Keyset paging forwards and back: the server only hands out the next page's cursor, so the
 * cursors of the pages already seen are kept on a stack to go back. A different list (another
 * search, filter, sort or page size) starts again from its first page.
 */
export function useCursorPages(identity: string) {
  const [state, setState] = useState<{ identity: string; stack: (string | null)[] }>({ identity, stack: [null] });
  const stack = state.identity === identity ? state.stack : [null];
  return {
    cursor: stack[stack.length - 1] ?? null,
    page: stack.length,
    next: (cursor: string) => setState({ identity, stack: [...stack, cursor] }),
    previous: () => setState({ identity, stack: stack.length > 1 ? stack.slice(0, -1) : stack }),
  };
}
