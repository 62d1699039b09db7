import type { Actor } from '../access/actor.js';
import { notFound } from '../errors/domain-errors.js';
import type { WidgetsService } from './widgets.service.js';
import type { DashboardRevisionsRepository } from './dashboard-revisions.repository.js';
import type { Dashboard, DashboardSnapshot } from './dashboard-views.js';
import type { DashboardsService } from './dashboards.service.js';

export interface RevisionSummary {
  version: number;
  action: string;
  author_id: string | null;
  author_email: string | null;
  created_at: string;
  message: string | null;
}

/** Every saved state of a dashboard, and putting an old one back (which is itself a new version). */
export class DashboardHistoryService {
  constructor(
    private readonly revisions: DashboardRevisionsRepository,
    private readonly dashboards: DashboardsService,
    private readonly widgets: WidgetsService,
  ) {}

  async list(actor: Actor, id: string, limit: number, offset: number): Promise<RevisionSummary[]> {
    await this.dashboards.access.require(actor, 'view', id);
    const rows = await this.revisions.list(id, limit, offset);
    return rows.map(({ version, action, author_id, author_email, created_at, message }) => ({ version, action, author_id, author_email, created_at, message }));
  }

  async get(actor: Actor, id: string, version: number): Promise<RevisionSummary & { dashboard: DashboardSnapshot }> {
    await this.dashboards.access.require(actor, 'view', id);
    const row = await this.revisions.find(id, version);
    if (!row) throw notFound(`Version ${version}`);
    const { version: v, action, author_id, author_email, created_at, message } = row;
    return { version: v, action, author_id, author_email, created_at, message, dashboard: JSON.parse(row.snapshot) as DashboardSnapshot };
  }

  async restore(actor: Actor, id: string, version: number): Promise<Dashboard> {
    const revision = await this.get(actor, id, version);
    return this.widgets.restore(actor, id, revision.dashboard, version);
  }
}
