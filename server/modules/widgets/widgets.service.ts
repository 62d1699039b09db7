import type { Kysely } from 'kysely';
import type { DB, WidgetRow } from '../../db/schema.js';
import type { AuditService } from '../audit/audit.service.js';
import { assertCan, type Actor } from '../auth/actor.js';
import type { Dashboard, Widget } from '../dashboards/dashboard-views.js';
import { toWidget } from '../dashboards/dashboard-views.js';
import type { DashboardsService } from '../dashboards/dashboards.service.js';
import { conflict, invalid, notFound, type FieldError } from '../errors/domain-errors.js';
import { newId, nowIso } from '../ids.js';
import type { WidgetDataSourceCheck } from './widget-data-source-check.js';
import type { WidgetTypeRegistry } from './widget-types.js';
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
    private readonly audit: AuditService,
  ) {}

  async add(actor: Actor, dashboardId: string, input: WidgetInput): Promise<Widget> {
    assertCan(actor, 'dashboards:read');
    this.types.get(input.widget_type);
    assertPosition(input.position);
    await this.dataSourceCheck.assertValid(actor.tenantId, input.data_source ?? null);
    return this.audit.change(actor, async (trx, record) => {
      const { row } = await this.dashboards.access.requireEdit(actor, dashboardId, trx);
      const at = nowIso();
      if (input.id && (await this.widgets.findById(dashboardId, input.id, trx))) throw conflict(`The dashboard already has a widget "${input.id}"`);
      const widget: WidgetRow = {
        id: input.id ?? newId('wdg'),
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
      await this.widgets.insert(trx, widget);
      await this.dashboards.bump(trx, actor, row, undefined);
      record({ action: 'create', model: 'Widget', recordId: widget.id, details: { dashboard_id: dashboardId, widget_type: input.widget_type } });
      return toWidget(widget);
    });
  }

  async update(actor: Actor, dashboardId: string, widgetId: string, changes: WidgetChanges): Promise<Widget> {
    if (changes.widget_type !== undefined) this.types.get(changes.widget_type);
    if (changes.position) assertPosition(changes.position);
    if (changes.data_source !== undefined) await this.dataSourceCheck.assertValid(actor.tenantId, changes.data_source);
    return this.audit.change(actor, async (trx, record) => {
      const { row } = await this.dashboards.access.requireEdit(actor, dashboardId, trx);
      const current = await this.existing(dashboardId, widgetId, trx);
      const patch: Partial<WidgetRow> = { updated_at: nowIso() };
      if (changes.name !== undefined) patch.name = changes.name;
      if (changes.widget_type !== undefined) patch.widget_type = changes.widget_type;
      if (changes.position) Object.assign(patch, { pos_x: changes.position.x, pos_y: changes.position.y, width: changes.position.width, height: changes.position.height });
      if (changes.config !== undefined) patch.config = JSON.stringify(changes.config);
      if (changes.data_source !== undefined) patch.data_source = changes.data_source ? JSON.stringify(changes.data_source) : null;
      await this.widgets.update(trx, dashboardId, widgetId, patch);
      await this.dashboards.bump(trx, actor, row, changes.version);
      record({ action: 'update', model: 'Widget', recordId: widgetId, details: { dashboard_id: dashboardId, changed_fields: Object.keys(changes).filter((k) => k !== 'version') } });
      return toWidget({ ...current, ...patch });
    });
  }

  async remove(actor: Actor, dashboardId: string, widgetId: string): Promise<void> {
    await this.audit.change(actor, async (trx, record) => {
      const { row } = await this.dashboards.access.requireEdit(actor, dashboardId, trx);
      await this.existing(dashboardId, widgetId, trx);
      await this.widgets.delete(trx, dashboardId, widgetId);
      await this.dashboards.bump(trx, actor, row, undefined);
      record({ action: 'delete', model: 'Widget', recordId: widgetId, details: { dashboard_id: dashboardId } });
    });
  }

  /** Saves a whole drag-and-resize in one change. */
  async layout(actor: Actor, dashboardId: string, positions: (Position & { widget_id: string })[], version?: number): Promise<Dashboard> {
    positions.forEach((p, i) => assertPosition(p, `positions.${i}`));
    return this.audit.change(actor, async (trx, record) => {
      const { row } = await this.dashboards.access.requireEdit(actor, dashboardId, trx);
      const ids = new Set((await this.widgets.listByDashboard(dashboardId, trx)).map((w) => w.id));
      const unknown = positions.filter((p) => !ids.has(p.widget_id));
      if (unknown.length > 0) throw invalid(`Unknown widget(s): ${unknown.map((p) => p.widget_id).join(', ')}`, unknown.map((p) => ({ field: 'positions.widget_id', message: `unknown widget ${p.widget_id}` })));
      const at = nowIso();
      for (const p of positions) await this.widgets.update(trx, dashboardId, p.widget_id, { pos_x: p.x, pos_y: p.y, width: p.width, height: p.height, updated_at: at });
      await this.dashboards.bump(trx, actor, row, version);
      record({ action: 'update', model: 'Dashboard', recordId: dashboardId, details: { changed_fields: ['layout'], widgets: positions.length } });
      return this.dashboards.get(actor, dashboardId, trx);
    });
  }

  private async existing(dashboardId: string, widgetId: string, trx: Kysely<DB>): Promise<WidgetRow> {
    const row = await this.widgets.findById(dashboardId, widgetId, trx);
    if (!row) throw notFound('Widget');
    return row;
  }
}
