import type { Kysely } from 'kysely';
import type { DB, WidgetRow } from '../../db/schema.js';
import type { Actor } from '../access/actor.js';
import type { Dashboard, DashboardSnapshot, Widget } from './dashboard-views.js';
import type { DashboardChanges, DashboardInput, DashboardsService } from './dashboards.service.js';
import { conflict, invalid, notFound, type FieldError } from '../errors/domain-errors.js';
import { newId, nowIso } from '../ids.js';
import type { WidgetDataSourceCheck } from '../widgets/widget-data-source-check.js';
import type { WidgetTypeRegistry } from '../widgets/widget-types.js';
import { autoLayout, placeDrafts, type WidgetSize } from './auto-layout.js';
import type { WidgetsRepository } from './widgets.repository.js';

export interface Position {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WidgetInput {
  /** Chosen by the client, unique within the dashboard; generated when absent. */
  id?: string | undefined;
  name: string;
  widget_type: string;
  position: Position;
  data_source?: Record<string, unknown> | null | undefined;
  config?: Record<string, unknown> | undefined;
}

export type WidgetChanges = Partial<WidgetInput> & { version?: number | undefined };

/** A widget as clients without a grid send it: a named size instead of (or besides) a position. */
export type WidgetDraft = Omit<WidgetInput, 'position'> & { position?: Position | undefined; size?: WidgetSize | undefined };

/** The 12-column grid: x 0–11, width 1–12, x + width ≤ 12, height 1–24. */
export function positionErrors(p: Position, path = 'position'): FieldError[] {
  const errors: FieldError[] = [];
  if (p.x < 0 || p.x > 11) errors.push({ field: `${path}.x`, message: 'must be between 0 and 11' });
  if (p.width < 1 || p.width > 12) errors.push({ field: `${path}.width`, message: 'must be between 1 and 12' });
  if (p.x + p.width > 12) errors.push({ field: `${path}.width`, message: `x + width must be at most 12 (got ${p.x + p.width})` });
  if (p.height < 1 || p.height > 24) errors.push({ field: `${path}.height`, message: 'must be between 1 and 24' });
  if (p.y < 0) errors.push({ field: `${path}.y`, message: 'must be 0 or more' });
  return errors;
}

export function toRow(dashboardId: string, input: WidgetInput & { id: string }, at: string): WidgetRow {
  return {
    id: input.id,
    dashboard_id: dashboardId,
    name: input.name,
    widget_type: input.widget_type,
    pos_x: input.position.x,
    pos_y: input.position.y,
    width: input.position.width,
    height: input.position.height,
    config: JSON.stringify(input.config ?? {}),
    data_source: input.data_source ? JSON.stringify(input.data_source) : null,
    created_at: at,
    updated_at: at,
  };
}

export function assertUniqueIds(widgets: { id?: string | undefined }[]): void {
  const seen = new Set<string>();
  widgets.forEach((w, i) => {
    if (!w.id) return;
    if (seen.has(w.id)) throw invalid(`Widget id "${w.id}" appears twice`, [{ field: `widgets.${i}.id`, message: 'must be unique within the dashboard' }]);
    seen.add(w.id);
  });
}

function assertPosition(p: Position, path?: string): void {
  const errors = positionErrors(p, path);
  if (errors.length > 0) throw invalid(`Invalid position: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, errors);
}

export class WidgetsService {
  constructor(
    private readonly widgets: WidgetsRepository,
    private readonly dashboards: DashboardsService,
    private readonly types: WidgetTypeRegistry,
    private readonly dataSourceCheck: WidgetDataSourceCheck,
  ) {}

  async add(actor: Actor, dashboardId: string, input: WidgetInput & { version?: number | undefined }): Promise<Widget> {
    await this.check(actor, input);
    const id = input.id ?? newId('wdg');
    const dashboard = await this.dashboards.mutate(actor, dashboardId, { need: 'edit', permission: 'widgets:create', version: input.version, action: 'add_widget' }, async ({ trx, record }) => {
      if (input.id && (await this.widgets.findById(dashboardId, input.id, trx))) throw conflict(`The dashboard already has a widget "${input.id}"`);
      await this.widgets.insert(trx, toRow(dashboardId, { ...input, id }, nowIso()));
      record({ action: 'create', model: 'Widget', recordId: id, details: { dashboard_id: dashboardId, widget_type: input.widget_type } });
    });
    return this.pick(dashboard, id);
  }

  async update(actor: Actor, dashboardId: string, widgetId: string, changes: WidgetChanges): Promise<Widget> {
    if (changes.widget_type !== undefined) this.types.get(changes.widget_type);
    if (changes.position) assertPosition(changes.position);
    if (changes.data_source !== undefined) await this.dataSourceCheck.assertValid(actor.tenantId, changes.data_source);
    const dashboard = await this.dashboards.mutate(actor, dashboardId, { need: 'edit', permission: 'widgets:update', version: changes.version, action: 'update_widget' }, async ({ trx, record }) => {
      await this.existing(dashboardId, widgetId, trx);
      const patch: Partial<WidgetRow> = { updated_at: nowIso() };
      if (changes.name !== undefined) patch.name = changes.name;
      if (changes.widget_type !== undefined) patch.widget_type = changes.widget_type;
      if (changes.position) Object.assign(patch, { pos_x: changes.position.x, pos_y: changes.position.y, width: changes.position.width, height: changes.position.height });
      if (changes.config !== undefined) patch.config = JSON.stringify(changes.config);
      if (changes.data_source !== undefined) patch.data_source = changes.data_source ? JSON.stringify(changes.data_source) : null;
      await this.widgets.update(trx, dashboardId, widgetId, patch);
      record({ action: 'update', model: 'Widget', recordId: widgetId, details: { dashboard_id: dashboardId, changed_fields: Object.keys(changes).filter((k) => k !== 'version') } });
    });
    return this.pick(dashboard, widgetId);
  }

  async remove(actor: Actor, dashboardId: string, widgetId: string, version?: number): Promise<void> {
    await this.dashboards.mutate(actor, dashboardId, { need: 'edit', permission: 'widgets:delete', version, action: 'remove_widget' }, async ({ trx, record }) => {
      await this.existing(dashboardId, widgetId, trx);
      await this.widgets.delete(trx, dashboardId, widgetId);
      record({ action: 'delete', model: 'Widget', recordId: widgetId, details: { dashboard_id: dashboardId } });
    });
  }

  /** Saves a whole drag-and-resize in one change. */
  async layout(actor: Actor, dashboardId: string, positions: (Position & { widget_id: string })[], version?: number): Promise<Dashboard> {
    positions.forEach((p, i) => assertPosition(p, `positions.${i}`));
    return this.dashboards.mutate(actor, dashboardId, { need: 'edit', permission: 'widgets:update', version, action: 'layout' }, async ({ trx, record }) => {
      const ids = new Set((await this.widgets.listByDashboard(dashboardId, trx)).map((w) => w.id));
      const unknown = positions.filter((p) => !ids.has(p.widget_id));
      if (unknown.length > 0) throw invalid(`Unknown widget(s): ${unknown.map((p) => p.widget_id).join(', ')}`, unknown.map((p) => ({ field: 'positions.widget_id', message: `unknown widget ${p.widget_id}` })));
      const at = nowIso();
      for (const p of positions) await this.widgets.update(trx, dashboardId, p.widget_id, { pos_x: p.x, pos_y: p.y, width: p.width, height: p.height, updated_at: at });
      record({ action: 'update', model: 'Dashboard', recordId: dashboardId, details: { changed_fields: ['layout'], widgets: positions.length } });
    });
  }

  /** A new dashboard and its widgets, in one change. */
  async createDashboard(actor: Actor, input: DashboardInput, drafts: WidgetDraft[]): Promise<Dashboard> {
    const widgets = autoLayout(drafts);
    for (const w of widgets) await this.check(actor, w);
    assertUniqueIds(widgets);
    return this.dashboards.create(actor, input, async (trx, dashboardId) => {
      const at = nowIso();
      for (const w of widgets) await this.widgets.insert(trx, toRow(dashboardId, { ...w, id: w.id ?? newId('wdg') }, at));
    });
  }

  /**
   * Changes a dashboard and, when `widgets` is given, makes its widgets exactly that list: kept by
   * id and updated, added, or removed.
   */
  async saveDashboard(actor: Actor, dashboardId: string, changes: DashboardChanges, drafts?: WidgetDraft[]): Promise<Dashboard> {
    for (const w of drafts ?? []) {
      this.types.get(w.widget_type);
      if (w.position) assertPosition(w.position);
      await this.dataSourceCheck.assertValid(actor.tenantId, w.data_source ?? null);
    }
    if (drafts) assertUniqueIds(drafts);
    return this.dashboards.mutate(actor, dashboardId, { need: 'manage', version: changes.version, action: 'update' }, async (m) => {
      const patch = await this.dashboards.applyChanges(m, actor, changes);
      if (drafts) {
        const current = await this.widgets.listByDashboard(dashboardId, m.trx);
        const placed = placeDrafts(new Map(current.map((w) => [w.id, { x: w.pos_x, y: w.pos_y, width: w.width, height: w.height }])), drafts);
        await this.replaceWidgets(m.trx, dashboardId, placed);
      }
      m.record({ action: 'update', model: 'Dashboard', recordId: dashboardId, details: { changed_fields: [...Object.keys(changes).filter((k) => k !== 'version'), ...(drafts ? ['widgets'] : [])] } });
      return patch;
    });
  }

  /** Puts a dashboard back as it was at `snapshot` (a revision), as a new version. */
  async restore(actor: Actor, dashboardId: string, snapshot: DashboardSnapshot, fromVersion: number): Promise<Dashboard> {
    return this.dashboards.mutate(actor, dashboardId, { need: 'manage', version: undefined, action: 'restore' }, async (m) => {
      const { widgets, phone_layout: phoneLayout, ...fields } = snapshot;
      const patch = await this.dashboards.applyChanges(m, actor, fields);
      await this.replaceWidgets(m.trx, dashboardId, widgets.map((w) => ({ ...w, data_source: w.data_source ?? null })));
      m.record({ action: 'restore', model: 'Dashboard', recordId: dashboardId, details: { restored_version: fromVersion } });
      return { ...patch, phone_layout: phoneLayout ? JSON.stringify(phoneLayout) : null };
    });
  }

  private async replaceWidgets(trx: Kysely<DB>, dashboardId: string, widgets: WidgetInput[]): Promise<void> {
    const current = new Map((await this.widgets.listByDashboard(dashboardId, trx)).map((w) => [w.id, w]));
    const at = nowIso();
    const wanted = new Set(widgets.map((w) => w.id).filter(Boolean));
    for (const id of current.keys()) if (!wanted.has(id)) await this.widgets.delete(trx, dashboardId, id);
    for (const w of widgets) {
      const existing = w.id ? current.get(w.id) : undefined;
      const row = toRow(dashboardId, { ...w, id: w.id ?? newId('wdg') }, at);
      if (existing) await this.widgets.update(trx, dashboardId, existing.id, { ...row, created_at: existing.created_at });
      else await this.widgets.insert(trx, row);
    }
  }

  private async check(actor: Actor, input: WidgetInput): Promise<void> {
    this.types.get(input.widget_type);
    assertPosition(input.position);
    await this.dataSourceCheck.assertValid(actor.tenantId, input.data_source ?? null);
  }

  private pick(dashboard: Dashboard, id: string): Widget {
    const widget = dashboard.widgets.find((w) => w.id === id);
    if (!widget) throw notFound('Widget');
    return widget;
  }

  private async existing(dashboardId: string, widgetId: string, trx: Kysely<DB>): Promise<WidgetRow> {
    const row = await this.widgets.findById(dashboardId, widgetId, trx);
    if (!row) throw notFound('Widget');
    return row;
  }
}
