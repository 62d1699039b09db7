import { CSRF_COOKIE, CSRF_HEADER } from '../../../common/auth.js';
import { ApiRequestError } from './errors.js';
import { serverPath } from './mountBase.js';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Login, refresh and logout answer 401 on purpose; refreshing on those would loop. */
const NO_REFRESH = new Set(['/admin/api/auth/login', '/admin/api/auth/refresh', '/admin/api/auth/logout'].map(serverPath));

const sessionExpiredListeners = new Set<() => void>();

/** Lets the auth layer drop the current user when the session can no longer be renewed. */
export function onSessionExpired(listener: () => void): () => void {
  sessionExpiredListeners.add(listener);
  return () => sessionExpiredListeners.delete(listener);
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

async function send(request: Request): Promise<Response> {
  // Read at every attempt: refreshing the session sets a new CSRF cookie.
  if (UNSAFE_METHODS.has(request.method)) {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) request.headers.set(CSRF_HEADER, csrf);
  }
  try {
    return await fetch(request);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, 'Cannot reach the server. Check your connection and try again.');
  }
}

/**
 * The fetch the API client sends through: cookies of the session, the CSRF header on state-changing
 * methods, and one refresh of an expired session followed by one retry. `refresh` answers whether
 * the session was renewed.
 */
export function createSessionFetch(refresh: () => Promise<boolean>): (request: Request) => Promise<Response> {
  // Parallel requests that all hit an expired access token share one refresh; separate refreshes
  // would race each other, and a rotating refresh token would make all but the first one fail.
  let pendingRefresh: Promise<boolean> | null = null;
  const refreshOnce = () => {
    pendingRefresh ??= refresh()
      .catch(() => false)
      .finally(() => {
        pendingRefresh = null;
      });
    return pendingRefresh;
  };

  return async (request) => {
    // A body can be read only once, so the retry is a copy taken before the first attempt.
    const retry = NO_REFRESH.has(new URL(request.url).pathname) ? null : request.clone();
    let response = await send(request);
    if (response.status === 401 && retry) {
      if (await refreshOnce()) response = await send(retry);
      if (response.status === 401) sessionExpiredListeners.forEach((listener) => listener());
    }
    return response;
  };
}
