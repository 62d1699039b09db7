import { randomBytes } from 'node:crypto';
import type { Core } from '../../core.js';
import { isUniqueViolation } from '../../db/dialect.js';
import { systemActor } from '../auth/actor.js';
import { nowIso } from '../ids.js';
import { DEFAULT_TENANT_ID } from '../tenants/tenants.service.js';

export interface FirstRunResult {
  /** Set when this start created the first superadmin. */
  createdAdmin?: { email: string; password: string; generated: boolean };
}

const DEFAULT_ADMIN_EMAIL = 'admin@example.com';

/** A fresh install gets the `default` tenant and, when no user exists, a first superadmin. */
export async function ensureFirstRun(core: Core, admin: { email?: string | undefined; password?: string | undefined }): Promise<FirstRunResult> {
  const system = systemActor(DEFAULT_TENANT_ID);
  await ensureDefaultTenant(core);
  if ((await core.repositories.users.count()) > 0) return {};
  const email = admin.email ?? DEFAULT_ADMIN_EMAIL;
  const generated = !admin.password;
  const password = admin.password ?? randomBytes(12).toString('base64url');
  await core.users.create(system, { email, password, name: 'Administrator', role: 'superadmin' });
  return { createdAdmin: { email, password, generated } };
}

export async function ensureDefaultTenant(core: Core): Promise<void> {
  if (await core.repositories.tenants.findById(DEFAULT_TENANT_ID)) return;
  try {
    await core.audit.change(systemActor(DEFAULT_TENANT_ID), async (trx, record) => {
      const at = nowIso();
      await core.repositories.tenants.insert(trx, { id: DEFAULT_TENANT_ID, name: 'Default', created_at: at, updated_at: at });
      record({ action: 'create', model: 'Tenant', recordId: DEFAULT_TENANT_ID, details: { fields: ['name'] } });
    });
  } catch (error) {
    // Another instance starting against the same database created it first.
    if (!isUniqueViolation(error)) throw error;
  }
}
