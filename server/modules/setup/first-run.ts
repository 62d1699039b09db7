import { randomBytes } from 'node:crypto';
import type { Core } from '../../core.js';
import { DomainError, conflict } from '../errors/domain-errors.js';
import { refusingDuplicates } from '../errors/duplicates.js';
import type { TesseraConfig } from '../../config.js';
import { systemActor, type Actor } from '../auth/actor.js';
import { setupDemo } from '../demo/demo-setup.js';
import { nowIso } from '../ids.js';
import { DEFAULT_TENANT_ID } from '../tenants/tenants.service.js';

export interface FirstRunResult {
  /** Set when this start created the first superadmin. */
  createdAdmin?: { email: string; password: string; generated: boolean };
}

const DEFAULT_ADMIN_EMAIL = 'admin@example.com';

/** A fresh install gets the `default` tenant and, when no user exists, a first superadmin. */
export async function ensureFirstRun(core: Core, config: Pick<TesseraConfig, 'adminEmail' | 'adminPassword' | 'demo'>): Promise<FirstRunResult> {
  await ensureDefaultTenant(core);
  const result = await ensureFirstAdmin(core, config);
  if (config.demo.enabled) {
    const owner = await core.repositories.users.firstSuperadmin(DEFAULT_TENANT_ID);
    const actor: Actor | undefined = owner ? { userId: owner.id, email: owner.email, tenantId: owner.tenant_id, role: 'superadmin' } : undefined;
    await setupDemo(core.bi, { file: config.demo.file, salesRows: config.demo.salesRows, owner: actor });
  }
  return result;
}

async function ensureFirstAdmin(core: Core, config: Pick<TesseraConfig, 'adminEmail' | 'adminPassword'>): Promise<FirstRunResult> {
  if ((await core.repositories.users.count()) > 0) return {};
  const email = config.adminEmail ?? DEFAULT_ADMIN_EMAIL;
  const generated = !config.adminPassword;
  const password = config.adminPassword ?? randomBytes(12).toString('base64url');
  await core.users.create(systemActor(DEFAULT_TENANT_ID), { email, password, name: 'Administrator', role: 'superadmin' });
  return { createdAdmin: { email, password, generated } };
}

export async function ensureDefaultTenant(core: Core): Promise<void> {
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
