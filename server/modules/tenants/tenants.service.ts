import type { Static } from 'typebox';
import type { TenantSchema } from '../../../common/contracts/tenants.js';
import type { TenantRow } from '../../db/schema.js';
import type { AuditService } from '../audit/audit.service.js';
import { assertCan, canReachTenant, type Actor } from '../access/actor.js';
import { conflict, invalid, notFound } from '../errors/domain-errors.js';
import { refusingDuplicates } from '../errors/duplicates.js';
import { nowIso } from '../ids.js';
import type { TenantsRepository } from './tenants.repository.js';

export const DEFAULT_TENANT_ID = 'default';

/** A tenant as the API returns it: the contract's type. */
export type Tenant = Static<typeof TenantSchema>;

/** Tenant ids are readable slugs of their names ("Acme Corp" -> "acme-corp"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}

export class TenantsService {
  constructor(
    private readonly repository: TenantsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, limit: number, offset: number) {
    assertCan(actor, 'tenants:read');
    return this.repository.list(limit, offset);
  }

  async get(actor: Actor, id: string): Promise<Tenant> {
    if (!canReachTenant(actor, id)) throw notFound('Tenant');
    const row = await this.repository.findById(id);
    if (!row) throw notFound('Tenant');
    return row;
  }

  async create(actor: Actor, input: { name: string }): Promise<Tenant> {
    assertCan(actor, 'tenants:create');
    const name = input.name.trim();
    const id = slugify(name);
    if (!id) throw invalid('The name needs at least one letter or digit', [{ field: 'name', message: 'must contain a letter or digit' }]);
    const at = nowIso();
    const row: TenantRow = { id, name, created_at: at, updated_at: at };
    await refusingDuplicates(
      () =>
        this.audit.change(actor, async (trx, record) => {
          if (await this.repository.findById(id, trx)) throw conflict(`A tenant named "${name}" already exists`);
          await this.repository.insert(trx, row);
          record({ action: 'create', model: 'Tenant', recordId: id, tenantId: id, details: { fields: ['name'] } });
        }),
      () => conflict(`A tenant named "${name}" already exists`),
    );
    return row;
  }

  async rename(actor: Actor, id: string, name: string): Promise<Tenant> {
    assertCan(actor, 'tenants:update');
    const current = await this.get(actor, id);
    const trimmed = name.trim();
    await refusingDuplicates(
      () =>
        this.audit.change(actor, async (trx, record) => {
          await this.repository.rename(trx, id, trimmed, nowIso());
          record({ action: 'update', model: 'Tenant', recordId: id, tenantId: id, details: { changed_fields: ['name'], changes: { name: { old: current.name, new: trimmed } } } });
        }),
      () => conflict(`A tenant named "${trimmed}" already exists`),
    );
    return this.get(actor, id);
  }

  async delete(actor: Actor, id: string): Promise<void> {
    assertCan(actor, 'tenants:delete');
    await this.get(actor, id);
    if (id === actor.tenantId) throw conflict('You cannot delete the tenant you belong to');
    await this.audit.change(actor, async (trx, record) => {
      const users = await this.repository.countUsers(trx, id);
      if (users > 0) throw conflict(`The tenant still has ${users} user(s); remove them first`);
      await this.repository.delete(trx, id);
      record({ action: 'delete', model: 'Tenant', recordId: id, tenantId: id });
    });
  }

  exists(id: string): Promise<boolean> {
    return this.repository.findById(id).then(Boolean);
  }
}
