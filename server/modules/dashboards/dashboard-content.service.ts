import type { WidgetRow } from '../../db/schema.js';
import { assertCan, type Actor } from '../access/actor.js';
import { DomainError, invalid, type FieldError } from '../errors/domain-errors.js';
import { newId, nowIso } from '../ids.js';
import type { WidgetDataSourceCheck } from '../widgets/widget-data-source-check.js';
import type { WidgetTypeRegistry } from '../widgets/widget-types.js';
import type { Dashboard, PhoneTile } from './dashboard-views.js';
import type { DashboardsService } from './dashboards.service.js';
import type { WidgetsRepository } from './widgets.repository.js';
import { assertUniqueIds, positionErrors, toRow, type WidgetInput } from './widgets.service.js';

/** What an edit session saves: the whole widget list as the author left it, and optionally the phone layout. */
export interface DashboardContent {
  /** The version the session started from; a newer one on the server refuses the save. */
  version: number;
  message?: string | undefined;
  widgets: WidgetInput[];
  /** Absent: the phone layout stays as it is; null: phones follow the desktop grid again. */
  phone_layout?: PhoneTile[] | null | undefined;
}

const CONTENT_FIELDS = ['name', 'widget_type', 'pos_x', 'pos_y', 'width', 'height', 'config', 'data_source'] as const;

/**
 * Saves an edit session: every widget added, changed and removed in the editor, and the phone
 * layout, as one new version that carries the author's message. All or nothing.
 */
export class DashboardContentService {
  constructor(
    private readonly widgets: WidgetsRepository,
    private readonly dashboards: DashboardsService,
    private readonly types: WidgetTypeRegistry,
    private readonly dataSourceCheck: WidgetDataSourceCheck,
  ) {}

  async save(actor: Actor, dashboardId: string, content: DashboardContent): Promise<Dashboard> {
    await this.checkWidgets(actor, content.widgets);
    const ids = content.widgets.map((w) => w.id ?? newId('wdg'));
    if (content.phone_layout) checkPhoneLayout(content.phone_layout, new Set(ids));
    const message = content.message?.trim() || undefined;
    return this.dashboards.mutate(actor, dashboardId, { need: 'edit', permission: 'widgets:update', version: content.version, action: 'edit_session', message }, async ({ trx, record }) => {
      const current = new Map((await this.widgets.listByDashboard(dashboardId, trx)).map((w) => [w.id, w]));
      const at = nowIso();
      const wanted = new Set(ids);
      const removed = [...current.keys()].filter((id) => !wanted.has(id));
      if (removed.length > 0) assertCan(actor, 'widgets:delete');
      for (const id of removed) {
        await this.widgets.delete(trx, dashboardId, id);
        record({ action: 'delete', model: 'Widget', recordId: id, details: { dashboard_id: dashboardId } });
      }
      const changed: string[] = [];
      for (const [i, input] of content.widgets.entries()) {
        const id = ids[i] as string;
        const row = toRow(dashboardId, { ...input, id }, at);
        const existing = current.get(id);
        if (!existing) {
          assertCan(actor, 'widgets:create');
          await this.widgets.insert(trx, row);
          record({ action: 'create', model: 'Widget', recordId: id, details: { dashboard_id: dashboardId, widget_type: input.widget_type } });
          continue;
        }
        const fields = CONTENT_FIELDS.filter((field) => !sameValue(field, existing[field], row[field]));
        if (fields.length === 0) continue;
        changed.push(id);
        await this.widgets.update(trx, dashboardId, id, { ...row, created_at: existing.created_at });
        record({ action: 'update', model: 'Widget', recordId: id, details: { dashboard_id: dashboardId, changed_fields: fields } });
      }
      record({
        action: 'update',
        model: 'Dashboard',
        recordId: dashboardId,
        details: {
          changed_fields: ['widgets', ...(content.phone_layout !== undefined ? ['phone_layout'] : [])],
          added: content.widgets.filter((_, i) => !current.has(ids[i] as string)).length,
          changed: changed.length,
          removed: removed.length,
          ...(message ? { message } : {}),
        },
      });
      if (content.phone_layout === undefined) return {};
      return { phone_layout: content.phone_layout === null ? null : JSON.stringify(content.phone_layout) };
    });
  }

  /** Each widget is checked as the single-widget routes check it, and a refusal names the widget by its place in the list. */
  private async checkWidgets(actor: Actor, widgets: WidgetInput[]): Promise<void> {
    assertUniqueIds(widgets);
    for (const [i, widget] of widgets.entries()) {
      const path = `widgets.${i}`;
      const errors = positionErrors(widget.position, `${path}.position`);
      if (errors.length > 0) throw invalid(`Invalid position of "${widget.name}": ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, errors);
      try {
        this.types.get(widget.widget_type);
      } catch (error) {
        throw refusal(error, `${path}.widget_type`);
      }
      try {
        await this.dataSourceCheck.assertValid(actor.tenantId, widget.data_source ?? null);
      } catch (error) {
        throw refusal(error, `${path}.data_source`);
      }
    }
  }
}

/** A widget check's own refusal, as a 422 naming where in the session the bad widget is. */
function refusal(error: unknown, field: string): unknown {
  if (!(error instanceof DomainError) || (error.kind !== 'bad_request' && error.kind !== 'validation')) return error;
  const fields: FieldError[] = error.extra.fields?.length
    ? error.extra.fields.map((f) => ({ field: `${field.slice(0, field.lastIndexOf('.'))}.${f.field}`, message: f.message }))
    : [{ field, message: error.message }];
  return invalid(error.message, fields);
}

function checkPhoneLayout(tiles: PhoneTile[], ids: Set<string>): void {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  tiles.forEach((tile, i) => {
    if (!ids.has(tile.widget_id)) errors.push({ field: `phone_layout.${i}.widget_id`, message: `no widget "${tile.widget_id}" in this dashboard` });
    else if (seen.has(tile.widget_id)) errors.push({ field: `phone_layout.${i}.widget_id`, message: 'appears twice' });
    seen.add(tile.widget_id);
  });
  if (errors.length > 0) throw invalid(`Invalid phone layout: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, errors);
}

// JSON columns compare by content: the same config written again is no change.
function sameValue(field: (typeof CONTENT_FIELDS)[number], a: WidgetRow[typeof field], b: WidgetRow[typeof field]): boolean {
  if ((field === 'config' || field === 'data_source') && typeof a === 'string' && typeof b === 'string') return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b));
  return a === b;
}
