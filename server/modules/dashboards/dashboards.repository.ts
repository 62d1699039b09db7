import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { MetadataDialect } from '../../db/metadata-dialect.js';
import type { Predicate } from '../../predicates/predicate.js';
import { dashboardOrder, dashboardSearch, dashboardWhere, type DashboardOrder } from './dashboard-fields.js';
import type { DashboardRow, DB, ShareRow } from '../../db/schema.js';

/** Who is looking, reduced to what decides which dashboards they may see. */
export interface Viewer {
  tenantId: string;
  userId: string;
  teamIds: string[];
  /** Tenant admins see every dashboard of the tenant. */
  seesAll: boolean;
}

export interface DashboardListFilter {
  /** A condition over dashboard fields (from an OData $filter, say), compiled to bound parameters. */
  predicate?: Predicate | undefined;
  order?: DashboardOrder | undefined;
  visibility?: string | undefined;
  tag?: string | undefined;
  search?: string | undefined;
  /** Only these dashboards (of those the viewer sees). */
  ids?: readonly string[] | undefined;
  limit: number;
  offset: number;
}

export type DashboardListRow = DashboardRow & { widget_count: number; owner_email: string | null };

export class DashboardsRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: MetadataDialect,
  ) {}

  /** Own, public, `team` dashboards of people who share a team with the viewer, and shared ones. */
  private visibleTo(viewer: Viewer) {
    return (eb: ExpressionBuilder<DB, 'dashboards'>) => {
      if (viewer.seesAll) return sql<boolean>`1 = 1`;
      const principals = [viewer.userId, ...viewer.teamIds];
      const ors = [
        eb('dashboards.owner_id', '=', viewer.userId),
        eb('dashboards.visibility', '=', 'public'),
        eb('dashboards.id', 'in', eb.selectFrom('dashboard_shares').select('dashboard_shares.dashboard_id').where('dashboard_shares.principal_id', 'in', principals)),
      ];
      if (viewer.teamIds.length > 0) {
        ors.push(
          eb.and([
            eb('dashboards.visibility', '=', 'team'),
            eb('dashboards.owner_id', 'in', eb.selectFrom('team_members').select('team_members.user_id').where('team_members.team_id', 'in', viewer.teamIds)),
          ]),
        );
      }
      return eb.or(ors);
    };
  }

  async list(viewer: Viewer, filter: DashboardListFilter): Promise<{ rows: DashboardListRow[]; total: number }> {
    let base = this.db.selectFrom('dashboards').where('dashboards.tenant_id', '=', viewer.tenantId).where(this.visibleTo(viewer));
    if (filter.ids) base = filter.ids.length ? base.where('dashboards.id', 'in', [...filter.ids]) : base.where(sql<boolean>`1 = 0`);
    if (filter.visibility) base = base.where('dashboards.visibility', '=', filter.visibility);
    if (filter.tag) {
      const tag = filter.tag;
      base = base.where('dashboards.id', 'in', (eb) => eb.selectFrom('dashboard_tags').select('dashboard_tags.dashboard_id').where('dashboard_tags.tag', '=', tag));
    }
    if (filter.predicate) base = base.where(dashboardWhere(filter.predicate, this.dialect));
    if (filter.search) base = base.where(dashboardSearch(filter.search, this.dialect));
    let page = base
      .leftJoin('users', 'users.id', 'dashboards.owner_id')
      .selectAll('dashboards')
      .select('users.email as owner_email')
      .select((eb) => eb.selectFrom('widgets').whereRef('widgets.dashboard_id', '=', 'dashboards.id').select(eb.fn.countAll<number | string>().as('n')).as('widget_count'));
    for (const [expression, modifiers] of dashboardOrder(filter.order ?? [], this.dialect)) page = page.orderBy(expression, modifiers);
    if (!filter.order?.length) page = page.orderBy('dashboards.updated_at', 'desc');
    const [rows, count] = await Promise.all([
      page.orderBy('dashboards.id').limit(filter.limit).offset(filter.offset).execute(),
      base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows: rows.map((r) => ({ ...r, widget_count: Number(r.widget_count ?? 0) })), total: Number(count.n) };
  }

  /** Inside a change's transaction: concurrent changes to the same dashboard wait for this one. */
  lockForChange(executor: Kysely<DB>, id: string): Promise<void> {
    return this.dialect.lockRowForChange(executor, 'dashboards', id);
  }

  findById(id: string, executor: Kysely<DB> = this.db): Promise<DashboardRow | undefined> {
    return executor.selectFrom('dashboards').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByName(tenantId: string, name: string, executor: Kysely<DB> = this.db): Promise<DashboardRow | undefined> {
    return executor.selectFrom('dashboards').selectAll().where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirst();
  }

  async ownerEmail(ownerId: string, executor: Kysely<DB> = this.db): Promise<string | null> {
    const row = await executor.selectFrom('users').select('email').where('id', '=', ownerId).executeTakeFirst();
    return row?.email ?? null;
  }

  async tagsOf(ids: readonly string[], executor: Kysely<DB> = this.db): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (ids.length === 0) return out;
    const rows = await executor.selectFrom('dashboard_tags').selectAll().where('dashboard_id', 'in', ids).orderBy('tag').execute();
    for (const r of rows) out.set(r.dashboard_id, [...(out.get(r.dashboard_id) ?? []), r.tag]);
    return out;
  }

  async insert(executor: Kysely<DB>, row: DashboardRow, tags: readonly string[]): Promise<void> {
    await executor.insertInto('dashboards').values(row).execute();
    await this.replaceTags(executor, row.id, tags);
  }

  /** Applies a change and bumps the version, only if the version is still `expectedVersion`. */
  async update(executor: Kysely<DB>, id: string, expectedVersion: number, patch: Partial<DashboardRow>): Promise<boolean> {
    const result = await executor
      .updateTable('dashboards')
      .set({ ...patch, version: expectedVersion + 1 })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async replaceTags(executor: Kysely<DB>, id: string, tags: readonly string[]): Promise<void> {
    await executor.deleteFrom('dashboard_tags').where('dashboard_id', '=', id).execute();
    const unique = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
    if (unique.length > 0) await executor.insertInto('dashboard_tags').values(unique.map((tag) => ({ dashboard_id: id, tag }))).execute();
  }

  async delete(executor: Kysely<DB>, id: string): Promise<void> {
    await executor.deleteFrom('dashboards').where('id', '=', id).execute();
  }

  sharesOf(id: string, executor: Kysely<DB> = this.db): Promise<ShareRow[]> {
    return executor.selectFrom('dashboard_shares').selectAll().where('dashboard_id', '=', id).orderBy('created_at').execute();
  }

  async upsertShares(executor: Kysely<DB>, rows: ShareRow[]): Promise<void> {
    if (rows.length === 0) return;
    await executor
      .insertInto('dashboard_shares')
      .values(rows)
      .onConflict((oc) => oc.columns(['dashboard_id', 'principal_id']).doUpdateSet((eb) => ({ permission: eb.ref('excluded.permission') })))
      .execute();
  }

  async deleteShare(executor: Kysely<DB>, id: string, principalId: string): Promise<number> {
    const result = await executor.deleteFrom('dashboard_shares').where('dashboard_id', '=', id).where('principal_id', '=', principalId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  // Access: what decides a viewer's rights over many dashboards, read in one query.

  /**
   * Of `ids`, the viewer's tenant's dashboards, each with whether it is shared with the viewer (at
   * all, and to edit) and whether its owner shares a team with the viewer. Dashboards of other
   * tenants and unknown ids are left out.
   */
  async accessFacts(viewer: Viewer, ids: readonly string[], executor: Kysely<DB> = this.db): Promise<DashboardAccessFacts[]> {
    if (ids.length === 0) return [];
    const principals = [viewer.userId, ...viewer.teamIds];
    const rows = await executor
      .selectFrom('dashboards')
      .selectAll('dashboards')
      .select((eb) => {
        // 0 or 1 on both stores (PostgreSQL would answer an EXISTS with a boolean, SQLite with an integer).
        const flag = (condition: ReturnType<typeof eb.exists>) => sql<number>`case when ${condition} then 1 else 0 end`;
        const sharedWith = () => eb.selectFrom('dashboard_shares').select('dashboard_shares.principal_id').whereRef('dashboard_shares.dashboard_id', '=', 'dashboards.id').where('dashboard_shares.principal_id', 'in', principals);
        const teammate = viewer.teamIds.length > 0
          ? flag(eb.exists(eb.selectFrom('team_members').select('team_members.user_id').whereRef('team_members.user_id', '=', 'dashboards.owner_id').where('team_members.team_id', 'in', viewer.teamIds)))
          : sql<number>`0`;
        return [
          flag(eb.exists(sharedWith())).as('access_shared'),
          flag(eb.exists(sharedWith().where('dashboard_shares.permission', '=', 'edit'))).as('access_edit_shared'),
          teammate.as('access_teammate'),
        ];
      })
      .where('dashboards.id', 'in', ids)
      .where('dashboards.tenant_id', '=', viewer.tenantId)
      .execute();
    return rows.map(({ access_shared, access_edit_shared, access_teammate, ...row }) => ({
      row,
      shared: Number(access_shared) === 1,
      editShared: Number(access_edit_shared) === 1,
      ownerIsTeammate: Number(access_teammate) === 1,
    }));
  }
}

export interface DashboardAccessFacts {
  row: DashboardRow;
  /** Shared with the viewer or one of their teams, to view or to edit. */
  shared: boolean;
  editShared: boolean;
  /** The owner is in one of the viewer's teams. */
  ownerIsTeammate: boolean;
}
