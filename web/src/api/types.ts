import type { TenantRole } from '../../../common/permissions.js';

/** Shape of every list endpoint of the admin API. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export type { User } from '../../../common/users.js';

export interface NewUser {
  email: string;
  password: string;
  name: string;
  role: TenantRole;
  tenant_id?: string;
}

export interface UserChanges {
  name?: string;
  role?: TenantRole;
  is_active?: boolean;
  password?: string;
}

export interface TeamMember {
  id: string;
  email: string;
  name: string;
}

export interface Team {
  id: string;
  name: string;
  tenant_id: string;
  members: TeamMember[];
  created_at: string;
  updated_at: string;
}

export interface Tenant {
  id: string;
  name: string;
  created_at: string;
  user_count: number;
}
