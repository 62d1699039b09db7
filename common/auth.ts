import type { Permission, Role } from './permissions.js';

/** What `GET /admin/api/auth/me` returns; the web UI keeps this, never the tokens. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  tenant_id: string;
  roles: Role[];
  permissions: Permission[];
}

export interface TokenPair {
  access_token: string;
  refresh_token: string;
  token_type: 'bearer';
  expires_in: number;
}

/** Error body of the `/admin/api` and `/api/v1` faces. */
export interface ApiError {
  detail: string;
  status_code: number;
  errors?: { field: string; message: string }[];
}

/** Cookie names shared by the server and the web UI. */
export const ACCESS_COOKIE = 'admin_access_token';
export const REFRESH_COOKIE = 'admin_refresh_token';
/** Readable by the page, echoed back in the CSRF header on unsafe cookie-authenticated requests. */
export const CSRF_COOKIE = 'tessera_csrf';
export const CSRF_HEADER = 'x-csrf-token';
