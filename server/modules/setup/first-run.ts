import { randomBytes } from 'node:crypto';
import type { AuditService } from '../audit/audit.service.js';
import { DomainError, conflict } from '../errors/domain-errors.js';
import { refusingDuplicates } from '../errors/duplicates.js';
import { systemActor, type Actor } from '../access/actor.js';
import { setupDemo, type DemoServices } from '../demo/demo-setup.js';
import { nowIso } from '../ids.js';
import type { TenantsRepository } from '../tenants/tenants.repository.js';
import { DEFAULT_TENANT_ID } from '../tenants/tenants.service.js';
import type { UsersRepository } from '../users/users.repository.js';
import type { UsersService } from '../users/users.service.js';

/** What creating the default tenant needs. */
export interface TenantSetup {
  audit: AuditService;
  repositories: { tenants: TenantsRepository };
}

/** What the first start needs of the core. */
export interface FirstRunServices extends TenantSetup {
  users: UsersService;
  repositories: { tenants: TenantsRepository; users: UsersRepository };
  bi: DemoServices;
}

/** The settings the first start reads: the first admin's credentials and the demo. */
export interface FirstRunSettings {
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  demo: { enabled: boolean; file: string; salesRows: number; shopFile: string; shopOrders: number };
}

export interface FirstRunResult {
  /** Set when this start created the first superadmin. */
  createdAdmin?: { email: string; password: string; generated: boolean };
}

const DEFAULT_ADMIN_EMAIL = 'admin@example.com';

/** A fresh install gets the `default` tenant and, when no user exists, a first superadmin. */
export async function ensureFirstRun(core: FirstRunServices, config: FirstRunSettings): Promise<FirstRunResult> {
  await ensureDefaultTenant(core);
  const result = await ensureFirstAdmin(core, config);
  if (config.demo.enabled) {
    const owner = await core.repositories.users.firstSuperadmin(DEFAULT_TENANT_ID);
    const actor: Actor | undefined = owner ? { userId: owner.id, email: owner.email, tenantId: owner.tenant_id, role: 'superadmin' } : undefined;
    const { file, salesRows, shopFile, shopOrders } = config.demo;
    await setupDemo(core.bi, { file, salesRows, shopFile, shopOrders, owner: actor });
  }
  return result;
}

async function ensureFirstAdmin(core: FirstRunServices, config: Omit<FirstRunSettings, 'demo'>): Promise<FirstRunResult> {
  if ((await core.repositories.users.count()) > 0) return {};
  const email = config.adminEmail ?? DEFAULT_ADMIN_EMAIL;
  const generated = !config.adminPassword;
  const password = config.adminPassword ?? randomBytes(12).toString('base64url');
  await core.users.create(systemActor(DEFAULT_TENANT_ID), { email, password, name: 'Administrator', role: 'superadmin' });
  return { createdAdmin: { email, password, generated } };
}

export async function ensureDefaultTenant(core: TenantSetup): Promise<void> {
  if (await core.repositories.tenants.findById(DEFAULT_TENANT_ID)) return;
  try {
    await refusingDuplicates(
      () =>
        core.audit.change(systemActor(DEFAULT_TENANT_ID), async (trx, record) => {
          const at = nowIso();
          await core.repositories.tenants.insert(trx, { id: DEFAULT_TENANT_ID, name: 'Default', created_at: at, updated_at: at });
          record({ action: 'create', model: 'Tenant', recordId: DEFAULT_TENANT_ID, details: { fields: ['name'] } });
        }),
      () => conflict('The default tenant exists already'),
    );
  } catch (error) {
    // Another process (the command line, say) created it first.
    if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
  }
}
