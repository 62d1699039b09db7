import type { Kysely } from 'kysely';
import type { Permission } from '../../../common/permissions.js';
import type { DashboardRow, DB } from '../../db/schema.js';
import type { DashboardFilter } from '../../query-engine/types.js';
import type { NotificationBus } from '../changes/notification-bus.js';
import type { AuditRecorder, AuditService } from '../audit/audit.service.js';
import { assertCan, type Actor } from '../access/actor.js';
import { conflict, invalid } from '../errors/domain-errors.js';
import { refusingDuplicates } from '../errors/duplicates.js';
import { newId, nowIso } from '../ids.js';
import type { WidgetsRepository } from './widgets.repository.js';
import type { DashboardAccess, DashboardRights } from './dashboard-access.js';
import type { DashboardRevisionsRepository } from './dashboard-revisions.repository.js';
import { parseFilters, parsePhoneLayout, snapshotOf, toSummary, toWidget, type Dashboard, type DashboardSummary, type Widget } from './dashboard-views.js';
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

/** A list entry carries the refresh interval too, so lists can show and filter by it. */
export type DashboardListItem = DashboardSummary & { refresh_interval_seconds: number | null };

export interface Mutation {
  trx: Kysely<DB>;
  row: DashboardRow;
  record: AuditRecorder;
}

const duplicate = (name: string) => conflict(`A dashboard named "${name}" already exists`, 'DUPLICATE_DASHBOARD');

export class DashboardsService {
  constructor(
    private readonly dashboards: DashboardsRepository,
    private readonly widgets: WidgetsRepository,
    private readonly revisions: DashboardRevisionsRepository,
    readonly access: DashboardAccess,
    private readonly audit: AuditService,
    private readonly minRefreshSeconds: number,
    private readonly notifications: NotificationBus,
  ) {}

  async list(actor: Actor, filter: DashboardListFilter): Promise<{ items: DashboardListItem[]; total: number }> {
    assertCan(actor, 'dashboards:read');
    const viewer = await this.access.viewer(actor);
    const { rows, total } = await this.dashboards.list(viewer, filter);
    const ids = rows.map((r) => r.id);
    const [tags, rights] = await Promise.all([this.dashboards.tagsOf(ids), this.access.rights(actor, ids, { viewer })]);
    const items = rows.map((row) => {
      const { canEdit, canManage } = rights.get(row.id) ?? { canEdit: false, canManage: false };
      const summary = toSummary(row, { tags: tags.get(row.id) ?? [], widgetCount: row.widget_count, ownerEmail: row.owner_email, canEdit, canManage });
      return { ...summary, refresh_interval_seconds: row.refresh_interval_seconds };
    });
    return { items, total };
  }

  async get(actor: Actor, id: string, executor?: Kysely<DB>): Promise<Dashboard> {
    assertCan(actor, 'dashboards:read');
    return this.render(await this.access.require(actor, 'view', id, executor), executor);
  }

  /** The tenant of a dashboard the actor may read (404 otherwise), without rendering it. */
  async requireReadable(actor: Actor, id: string): Promise<string> {
    assertCan(actor, 'dashboards:read');
    return (await this.access.require(actor, 'view', id)).row.tenant_id;
  }

  /** The tenant of a dashboard whose widgets and layout the actor may change (403/404 otherwise). */
  async requireEditable(actor: Actor, id: string): Promise<string> {
    // The dashboard first, so one the actor cannot see stays a 404 whatever their role.
    const { row } = await this.access.require(actor, 'view', id);
    assertCan(actor, 'widgets:update');
    await this.access.require(actor, 'edit', id);
    return row.tenant_id;
  }

  /** What running a dashboard needs, without the listing details: saved filters and widgets. */
  async forData(actor: Actor, id: string): Promise<{ filters: DashboardFilter[]; widgets: Widget[] }> {
    assertCan(actor, 'dashboards:read');
    const { row } = await this.access.require(actor, 'view', id);
    return { filters: parseFilters(row), widgets: (await this.widgets.listByDashboard(id)).map(toWidget) };
  }

  /** `seed` runs inside the same transaction, before the first revision is taken (e.g. to add widgets). */
  async create(actor: Actor, input: DashboardInput, seed?: (trx: Kysely<DB>, dashboardId: string) => Promise<void>): Promise<Dashboard> {
    assertCan(actor, 'dashboards:create');
    this.checkInput(input);
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
      phone_layout: null,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    return this.uniqueName(name, () =>
      this.audit.change(actor, async (trx, record) => {
        if (await this.dashboards.findByName(actor.tenantId, name, trx)) throw duplicate(name);
        await this.dashboards.insert(trx, row, input.tags ?? []);
        await seed?.(trx, row.id);
        record({ action: 'create', model: 'Dashboard', recordId: row.id, details: { fields: Object.keys(input) } });
        return this.snapshot(trx, actor, row.id, 'create');
      }),
    );
  }

  async update(actor: Actor, id: string, changes: DashboardChanges): Promise<Dashboard> {
    return this.mutate(actor, id, { need: 'manage', version: changes.version, action: 'update' }, async (m) => {
      const patch = await this.applyChanges(m, actor, changes);
      m.record({ action: 'update', model: 'Dashboard', recordId: id, details: { changed_fields: Object.keys(changes).filter((k) => k !== 'version') } });
      return patch;
    });
  }

  async delete(actor: Actor, id: string): Promise<void> {
    await this.audit.change(actor, async (trx, record) => {
      const { row } = await this.access.requireManage(actor, id, trx);
      assertCan(actor, 'dashboards:delete');
      await this.dashboards.delete(trx, id);
      record({ action: 'delete', model: 'Dashboard', recordId: id, details: { name: row.name } });
    });
  }

  /**
   * Every change to a dashboard or its widgets goes through here, in one transaction: rights are
   * checked, a change based on an older version is refused (409 with the current dashboard), the
   * version moves on by one, and the new state is kept as a revision. `permission` is what the
   * change needs of the role besides the right over the dashboard (adding a widget: widgets:create);
   * it is checked after the dashboard is found, so an invisible dashboard stays a 404.
   */
  async mutate(
    actor: Actor,
    id: string,
    options: { need: 'edit' | 'manage'; permission?: Permission; version: number | undefined; action: string; message?: string | undefined },
    work: (mutation: Mutation) => Promise<Partial<DashboardRow> | void>,
  ): Promise<Dashboard> {
    const run = () =>
      this.audit.change(actor, async (trx, record) => {
        // A change naming no version applies to whatever is current: queue behind other writers
        // rather than lose a race to them.
        await this.dashboards.lockForChange(trx, id);
        const { row } = await this.access.require(actor, options.need, id, trx);
        if (options.permission) assertCan(actor, options.permission);
        if (options.version !== undefined && options.version !== row.version) throw await this.stale(actor, row, options.version, trx);
        const patch = (await work({ trx, row, record })) ?? {};
        if (!(await this.dashboards.update(trx, id, row.version, { updated_at: nowIso(), ...patch }))) throw await this.stale(actor, row, row.version, trx);
        return this.snapshot(trx, actor, id, options.action, options.message);
      });
    const saved = await this.uniqueName('', run);
    await this.notifications.publish('dashboardSaved', { tenantId: saved.tenant_id, dashboardId: id, version: saved.version, by: { userId: actor.userId, email: actor.email } });
    return saved;
  }

  /** Dashboard fields of a change, checked and turned into a row patch; tags are written here too. */
  async applyChanges(m: Mutation, actor: Actor, changes: DashboardChanges): Promise<Partial<DashboardRow>> {
    this.checkInput(changes);
    const name = changes.name?.trim();
    if (name && name !== m.row.name && (await this.dashboards.findByName(actor.tenantId, name, m.trx))) throw duplicate(name);
    const patch: Partial<DashboardRow> = {};
    if (name !== undefined) patch.name = name;
    if (changes.description !== undefined) patch.description = changes.description;
    if (changes.type !== undefined) patch.type = changes.type;
    if (changes.visibility !== undefined) patch.visibility = changes.visibility;
    if (changes.filters !== undefined) patch.filters = JSON.stringify(changes.filters);
    if (changes.refresh_interval_seconds !== undefined) patch.refresh_interval_seconds = changes.refresh_interval_seconds;
    if (changes.tags !== undefined) await this.dashboards.replaceTags(m.trx, m.row.id, changes.tags);
    return patch;
  }

  private checkInput(input: Partial<DashboardInput>): void {
    if (input.filters) assertValidFilters(input.filters, 'filters');
    const refresh = input.refresh_interval_seconds;
    if (refresh && refresh < this.minRefreshSeconds) {
      throw invalid(`Auto-refresh must be off (0) or at least ${this.minRefreshSeconds} seconds`, [
        { field: 'refresh_interval_seconds', message: `must be 0 or at least ${this.minRefreshSeconds}` },
      ]);
    }
  }

  private async snapshot(trx: Kysely<DB>, actor: Actor, id: string, action: string, message?: string): Promise<Dashboard> {
    const dashboard = await this.get(actor, id, trx);
    await this.revisions.insert(trx, {
      dashboard_id: id,
      version: dashboard.version,
      action,
      author_id: actor.userId,
      author_email: actor.email,
      snapshot: JSON.stringify(snapshotOf(dashboard)),
      created_at: dashboard.updated_at,
      message: message ?? null,
    });
    return dashboard;
  }

  private async stale(actor: Actor, row: DashboardRow, based: number, trx: Kysely<DB>) {
    const current = await this.get(actor, row.id, trx);
    return conflict(`The dashboard changed since version ${based}; it is now at version ${current.version}`, 'VERSION_CONFLICT', current);
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
      phone_layout: parsePhoneLayout(row, widgets),
    };
  }

  /** A race between two writers of the same name ends in the database's unique index; say so plainly. */
  private uniqueName<T>(name: string, work: () => Promise<T>): Promise<T> {
    return refusingDuplicates(work, () => (name ? duplicate(name) : conflict('A dashboard with that name already exists', 'DUPLICATE_DASHBOARD')));
  }
}
