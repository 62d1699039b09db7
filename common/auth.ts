/** Cookie names shared by the server and the web UI. */
export const ACCESS_COOKIE = 'admin_access_token';
export const REFRESH_COOKIE = 'admin_refresh_token';
/** Readable by the page, echoed back in the CSRF header on unsafe cookie-authenticated requests. */
export const CSRF_COOKIE = 'tessera_csrf';
export const CSRF_HEADER = 'x-csrf-token';
