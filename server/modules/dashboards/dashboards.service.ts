import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/dialect.js';
import type { DashboardRow, DB } from '../../db/schema.js';
import type { DashboardFilter } from '../../query-engine/types.js';
import type { AuditService } from '../audit/audit.service.js';
import { assertCan, type Actor } from '../auth/actor.js';
import { conflict } from '../errors/domain-errors.js';
import { newId, nowIso } from '../ids.js';
import type { WidgetsRepository } from '../widgets/widgets.repository.js';
import type { DashboardAccess, DashboardRights } from './dashboard-access.js';
import { parseFilters, toSummary, toWidget, type Dashboard, type DashboardSummary, type Widget } from './dashboard-views.js';
import type { DashboardListFilter, DashboardsRepository } from './dashboards.repository.js';
import { assertValidFilters } from './filters.js';

export interface DashboardInput {
  name: string;
  description?: string | undefined;
  type?: string | undefined;
  visibility?: 'private' | 'team' | 'public' | undefined;
  tags?: string[] | undefined;
  filters?: DashboardFilter[] | undefined;
  refresh_interval_seconds?: number | null | undefined;
}

export type DashboardChanges = Partial<DashboardInput> & { version?: number | undefined };

const duplicate = (name: string) => conflict(`A dashboard named "${name}" already exists`, 'DUPLICATE_DASHBOARD');

export class DashboardsService {
  constructor(
    private readonly dashboards: DashboardsRepository,
    private readonly widgets: WidgetsRepository,
    readonly access: DashboardAccess,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, filter: DashboardListFilter): Promise<{ items: DashboardSummary[]; total: number }> {
    assertCan(actor, 'dashboards:read');
    const viewer = await this.access.viewer(actor);
    const { rows, total } = await this.dashboards.list(viewer, filter);
    const tags = await this.dashboards.tagsOf(rows.map((r) => r.id));
    const items = rows.map((row) => {
      const canManage = viewer.seesAll || row.owner_id === viewer.userId;
      return toSummary(row, { tags: tags.get(row.id) ?? [], widgetCount: row.widget_count, ownerEmail: row.owner_email, canEdit: canManage, canManage });
    });
    return { items, total };
  }

  async get(actor: Actor, id: string, executor?: Kysely<DB>): Promise<Dashboard> {
    assertCan(actor, 'dashboards:read');
    return this.render(await this.access.load(actor, id, executor), executor);
  }

  /** What running a dashboard needs, without the listing details: saved filters and widgets. */
  async forData(actor: Actor, id: string): Promise<{ filters: DashboardFilter[]; widgets: Widget[] }> {
    assertCan(actor, 'dashboards:read');
    const { row } = await this.access.load(actor, id);
    return { filters: parseFilters(row), widgets: (await this.widgets.listByDashboard(id)).map(toWidget) };
  }

  async create(actor: Actor, input: DashboardInput): Promise<Dashboard> {
    assertCan(actor, 'dashboards:create');
    assertValidFilters(input.filters ?? [], 'filters');
    const at = nowIso();
    const name = input.name.trim();
    const row: DashboardRow = {
      id: newId('dash'),
      tenant_id: actor.tenantId,
      owner_id: actor.userId ?? 'system',
      name,
      description: input.description ?? '',
      type: input.type ?? '',
      visibility: input.visibility ?? 'private',
      filters: JSON.stringify(input.filters ?? []),
      refresh_interval_seconds: input.refresh_interval_seconds ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    return this.uniqueName(name, () =>
      this.audit.change(actor, async (trx, record) => {
        if (await this.dashboards.findByName(actor.tenantId, name, trx)) throw duplicate(name);
        await this.dashboards.insert(trx, row, input.tags ?? []);
        record({ action: 'create', model: 'Dashboard', recordId: row.id, details: { fields: Object.keys(input) } });
        return this.get(actor, row.id, trx);
      }),
    );
  }

  async update(actor: Actor, id: string, changes: DashboardChanges): Promise<Dashboard> {
    if (changes.filters) assertValidFilters(changes.filters, 'filters');
    const name = changes.name?.trim();
    return this.uniqueName(name ?? '', () =>
      this.audit.change(actor, async (trx, record) => {
        const { row } = await this.access.requireManage(actor, id, trx);
        if (name && name !== row.name && (await this.dashboards.findByName(actor.tenantId, name, trx))) throw duplicate(name);
        const patch: Partial<DashboardRow> = { updated_at: nowIso() };
        if (name !== undefined) patch.name = name;
        if (changes.description !== undefined) patch.description = changes.description;
        if (changes.type !== undefined) patch.type = changes.type;
        if (changes.visibility !== undefined) patch.visibility = changes.visibility;
        if (changes.filters !== undefined) patch.filters = JSON.stringify(changes.filters);
        if (changes.refresh_interval_seconds !== undefined) patch.refresh_interval_seconds = changes.refresh_interval_seconds;
        await this.bump(trx, actor, row, changes.version, patch);
        if (changes.tags !== undefined) await this.dashboards.replaceTags(trx, id, changes.tags);
        const changed = Object.keys(changes).filter((k) => k !== 'version');
        record({ action: 'update', model: 'Dashboard', recordId: id, details: { changed_fields: changed } });
        return this.get(actor, id, trx);
      }),
    );
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.audit.change(actor, async (trx, record) => {
      const { row } = await this.access.requireManage(actor, id, trx);
      await this.dashboards.delete(trx, id);
      record({ action: 'delete', model: 'Dashboard', recordId: id, details: { name: row.name } });
    });
  }

  /**
   * Every change to a dashboard or its widgets goes through here: it refuses a change based on an
   * older version (409 with the current dashboard) and moves the version on by one.
   */
  async bump(trx: Kysely<DB>, actor: Actor, row: DashboardRow, expected: number | undefined, patch: Partial<DashboardRow> = {}): Promise<void> {
    const stale = async () => conflict(`The dashboard changed since version ${expected ?? row.version}; it is now at version ${row.version}`, 'VERSION_CONFLICT', await this.get(actor, row.id, trx));
    if (expected !== undefined && expected !== row.version) throw await stale();
    if (!(await this.dashboards.update(trx, row.id, row.version, { updated_at: nowIso(), ...patch }))) throw await stale();
  }

  private async render(rights: DashboardRights, executor?: Kysely<DB>): Promise<Dashboard> {
    const { row } = rights;
    const [widgets, tags, ownerEmail] = await Promise.all([
      this.widgets.listByDashboard(row.id, executor),
      this.dashboards.tagsOf([row.id], executor),
      this.dashboards.ownerEmail(row.owner_id, executor),
    ]);
    return {
      ...toSummary(row, { tags: tags.get(row.id) ?? [], widgetCount: widgets.length, ownerEmail, canEdit: rights.canEdit, canManage: rights.canManage }),
      filters: parseFilters(row),
      refresh_interval_seconds: row.refresh_interval_seconds,
      widgets: widgets.map(toWidget),
    };
  }

  private async uniqueName<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicate(name);
      throw error;
    }
  }
}
