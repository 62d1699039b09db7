import { MutationCache, QueryClient } from '@tanstack/react-query';
import { notify } from '../ui/notify.js';
import { ApiRequestError, errorMessage } from './errors.js';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** Set when the screen shows the error itself (e.g. inside a form), to avoid saying it twice. */
      inlineError?: boolean;
    };
  }
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.inlineError) notify.error(errorMessage(error));
      },
    }),
    defaultOptions: {
      queries: {
        // A 4xx will not fix itself on retry; only flaky network or server errors are worth it.
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: true,
      },
    },
  });
}
