import type { Role } from './permissions.js';

/** A user as the management API returns it; the password hash never leaves the server. */
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  tenant_id: string;
  is_active: boolean;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}
