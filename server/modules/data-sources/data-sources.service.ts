import { roleCan } from '../../../common/permissions.js';
import type { DataSourceRow } from '../../db/schema.js';
import type { DataSourceDefinition, DataSourceKind } from '../../query-engine/types.js';
import type { NotificationBus } from '../changes/notification-bus.js';
import type { AuditService } from '../audit/audit.service.js';
import { assertCan, type Actor } from '../access/actor.js';
import { DomainError, badRequest, conflict, forbidden, notFound } from '../errors/domain-errors.js';
import { refusingDuplicates } from '../errors/duplicates.js';
import { newId, nowIso } from '../ids.js';
import type { DataSourcesRepository } from './data-sources.repository.js';
import type { NetworkSourcePolicy } from './network-source-policy.js';
import type { TenantSourceFiles } from './tenant-source-files.js';

export interface DataSourceInfo {
  name: string;
  kind: DataSourceKind;
  managed: boolean;
  timeout_ms: number | null;
  url?: string;
}

const maskPassword = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** Checked network URLs are kept this long, so widgets do not wait on DNS at every load. */
const NETWORK_CHECK_TTL_MS = 60_000;

/**
 * Data sources come from two places: the server's configuration (and the demo), shared by every
 * tenant and managed by the operator, and per-tenant sources that tenant admins register. A tenant
 * admin is not the server's operator: their file sources live in the tenant's own folder
 * (`TenantSourceFiles`) and their network sources reach only the hosts the operator allows, never
 * the metadata database (`NetworkSourcePolicy`). Both are checked when the source is saved and
 * again whenever it is opened.
 */
export class DataSourcesService {
  constructor(
    private readonly repository: DataSourcesRepository,
    private readonly audit: AuditService,
    private readonly managed: readonly DataSourceDefinition[],
    private readonly files: TenantSourceFiles,
    private readonly network: NetworkSourcePolicy,
    /** Told of changed sources, so cached results of them are dropped (on every instance). */
    private readonly notifications: NotificationBus,
  ) {}

  private readonly checkedUrls = new Map<string, { url: string; at: number }>();

  async list(actor: Actor): Promise<DataSourceInfo[]> {
    assertCan(actor, 'dashboards:read');
    const showUrl = roleCan(actor.role, 'data_sources:read');
    const own = await this.repository.list(actor.tenantId);
    const managedNames = new Set(this.managed.map((m) => m.name));
    return [
      ...this.managed.map((m) => this.info(m.name, m.kind, true, m.timeoutMs ?? null, showUrl ? m.url : undefined)),
      ...own.filter((r) => !managedNames.has(r.name)).map((r) => this.info(r.name, r.kind as DataSourceKind, false, r.timeout_ms, showUrl ? r.url : undefined)),
    ];
  }

  /** What the query engine connects to; tenant sources cannot shadow managed ones. */
  async resolve(tenantId: string, name: string): Promise<DataSourceDefinition | undefined> {
    const managed = this.managed.find((m) => m.name === name);
    if (managed) return managed;
    const row = await this.repository.findByName(tenantId, name);
    if (!row) return undefined;
    try {
      return { name: row.name, kind: row.kind as DataSourceKind, url: await this.openable(tenantId, row.kind as DataSourceKind, row.url), ...(row.timeout_ms ? { timeoutMs: row.timeout_ms } : {}) };
    } catch (error) {
      if (error instanceof DomainError) throw badRequest(`Data source "${name}" cannot be used: ${error.message}`, 'SOURCE_REFUSED');
      throw error;
    }
  }

  async create(actor: Actor, input: { name: string; kind: DataSourceKind; url: string; timeout_ms?: number | null | undefined }): Promise<DataSourceInfo> {
    assertCan(actor, 'data_sources:write');
    if (this.managed.some((m) => m.name === input.name)) throw conflict(`"${input.name}" is a data source of the server's configuration`);
    await this.checkNew(actor.tenantId, input.kind, input.url);
    const at = nowIso();
    const row: DataSourceRow = { id: newId('dsrc'), tenant_id: actor.tenantId, name: input.name, kind: input.kind, url: input.url, timeout_ms: input.timeout_ms ?? null, created_at: at, updated_at: at };
    await refusingDuplicates(
      () =>
        this.audit.change(actor, async (trx, record) => {
          await this.repository.insert(trx, row);
          record({ action: 'create', model: 'DataSource', recordId: input.name, details: { kind: input.kind } });
        }),
      () => conflict(`A data source named "${input.name}" already exists`),
    );
    return this.info(row.name, input.kind, false, row.timeout_ms, row.url);
  }

  async update(actor: Actor, name: string, changes: { url?: string | undefined; timeout_ms?: number | null | undefined }): Promise<DataSourceInfo> {
    assertCan(actor, 'data_sources:write');
    const row = await this.own(actor, name);
    if (changes.url !== undefined) await this.checkNew(actor.tenantId, row.kind as DataSourceKind, changes.url);
    const patch: Partial<DataSourceRow> = { updated_at: nowIso() };
    if (changes.url !== undefined) patch.url = changes.url;
    if (changes.timeout_ms !== undefined) patch.timeout_ms = changes.timeout_ms;
    await this.audit.change(actor, async (trx, record) => {
      await this.repository.update(trx, row.id, patch);
      record({ action: 'update', model: 'DataSource', recordId: name, details: { changed_fields: Object.keys(changes) } });
    });
    await this.notifications.publish('dataSourceChanged', { tenantId: actor.tenantId, name });
    const next = { ...row, ...patch };
    return this.info(next.name, next.kind as DataSourceKind, false, next.timeout_ms, next.url);
  }

  async delete(actor: Actor, name: string): Promise<void> {
    assertCan(actor, 'data_sources:write');
    const row = await this.own(actor, name);
    await this.audit.change(actor, async (trx, record) => {
      await this.repository.delete(trx, row.id);
      record({ action: 'delete', model: 'DataSource', recordId: name, details: {} });
    });
    await this.notifications.publish('dataSourceChanged', { tenantId: actor.tenantId, name });
  }

  private async own(actor: Actor, name: string): Promise<DataSourceRow> {
    if (this.managed.some((m) => m.name === name)) throw forbidden(`"${name}" comes from the server's configuration and cannot be changed here`);
    const row = await this.repository.findByName(actor.tenantId, name);
    if (!row) throw notFound('Data source');
    return row;
  }

  /** A URL being saved: the tenant's folder is made on the way, so the operator has a place for files. */
  private async checkNew(tenantId: string, kind: DataSourceKind, url: string): Promise<void> {
    if (kind !== 'postgres') this.files.ensureFolder(tenantId);
    await this.openable(tenantId, kind, url);
  }

  /** What the engine opens for a tenant's source: a checked file path or a checked, pinned URL. */
  private async openable(tenantId: string, kind: DataSourceKind, url: string): Promise<string> {
    if (kind !== 'postgres') return this.files.open(tenantId, url);
    const cached = this.checkedUrls.get(url);
    if (cached && Date.now() - cached.at < NETWORK_CHECK_TTL_MS) return cached.url;
    const checked = await this.network.check(url);
    if (this.checkedUrls.size > 1000) this.checkedUrls.clear();
    this.checkedUrls.set(url, { url: checked, at: Date.now() });
    return checked;
  }

  private info(name: string, kind: DataSourceKind, managed: boolean, timeoutMs: number | null, url: string | undefined): DataSourceInfo {
    return { name, kind, managed, timeout_ms: timeoutMs, ...(url !== undefined ? { url: maskPassword(url) } : {}) };
  }
}
