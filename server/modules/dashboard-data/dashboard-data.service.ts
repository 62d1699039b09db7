import type { Limiter } from '../../query-engine/concurrency-limiter.js';
import type { DashboardFilter, DataSourceKind, EngineRunResult, FilterValue, JsonValue, QueryRequest } from '../../query-engine/types.js';
import { assertCan, type Actor } from '../access/actor.js';
import type { Dashboard, Widget } from '../dashboards/dashboard-views.js';
import type { NotificationBus } from '../changes/notification-bus.js';
import type { DashboardsService } from '../dashboards/dashboards.service.js';
import { assertValidFilters, mergeFilters } from '../dashboards/filters.js';
import type { DataSourcesService } from '../data-sources/data-sources.service.js';
import { DomainError, notFound } from '../errors/domain-errors.js';
import type { FaultLog } from '../errors/fault-log.js';
import type { MetricsService } from '../metrics/metrics.service.js';
import type { WidgetTypeRegistry } from '../widgets/widget-types.js';
import { isQueryExecutionError } from '../queries/query-gateway.js';
import { emptyResult, errorResult, missingColumn, okResult, staticResult, type WidgetData } from './widget-results.js';
import { shapeWidget, type WidgetShape } from './widget-shapes.js';
import { drillFilters, planDrill } from './widget-drill.js';

/** What this service needs of the query engine. */
export interface WidgetQueryEngine {
  run(request: QueryRequest): Promise<EngineRunResult>;
  compileMetric(
    kind: DataSourceKind,
    metric: { table: string; measure: string; time_column?: string | null; dimensions: string[] },
    query: { dimensions?: string[]; time_grain?: 'day' | 'week' | 'month' | 'quarter' | 'year' | null; filters?: DashboardFilter[] },
  ): { sql: string };
}

/** A widget as an edit session holds it: no bookkeeping, maybe no id yet. */
export interface DraftWidget {
  id?: string | undefined;
  name: string;
  widget_type: string;
  position: Widget['position'];
  data_source?: Record<string, unknown> | null | undefined;
  config?: Record<string, unknown> | undefined;
}

/** A widget of the dashboard aggregate with its result, and that result as its visualization reads it. */
export interface WidgetWithData {
  widget: Widget;
  result: WidgetData;
  /** Null when the widget failed or its type is no longer known. */
  shape: WidgetShape | null;
}

/**
 * A widget's result as the data routes answer it: with the reading of a KPI card or a text block.
 * Charts and tables read `rows` itself; repeating them in a shape would double every response.
 */
export type ShapedWidgetData = WidgetData & { shape?: Extract<WidgetShape, { kind: 'kpi' | 'text' }> };

export interface DashboardWithData {
  dashboard: Dashboard;
  widgets: WidgetWithData[];
}

const DEFAULT_TTL_SECONDS = 60;

/**
 * Runs the widgets of a dashboard: concurrently under a cap, each through the cache, and each on
 * its own, so one failing widget never fails the others.
 */
export class DashboardDataService {
  constructor(
    private readonly dashboards: DashboardsService,
    private readonly engine: WidgetQueryEngine,
    private readonly sources: DataSourcesService,
    private readonly metrics: MetricsService,
    private readonly types: WidgetTypeRegistry,
    private readonly limit: Limiter,
    private readonly defaultSource: string,
    private readonly log: FaultLog,
    /** Told of each widget result computed afresh, so the dashboard's other viewers can fetch it from the cache. */
    private readonly bus?: NotificationBus,
  ) {}

  async dashboardData(actor: Actor, dashboardId: string, requested?: DashboardFilter[]): Promise<{ widgets: ShapedWidgetData[] }> {
    assertCan(actor, 'widgets:read');
    if (requested) assertValidFilters(requested, 'filters');
    const dashboard = await this.dashboards.forData(actor, dashboardId);
    const filters = mergeFilters(dashboard.filters, requested);
    const widgets = await Promise.all(dashboard.widgets.map((w) => this.limit.run(async () => this.shaped(w, await this.runWidget(actor, w, filters)))));
    return { widgets };
  }

  /**
   * The whole aggregate for a face that serves a dashboard with its data in one body: the
   * dashboard, and each widget with its result and that result shaped for its visualization,
   * after one access check.
   */
  async dashboardWithData(actor: Actor, dashboardId: string): Promise<DashboardWithData> {
    assertCan(actor, 'widgets:read');
    const dashboard = await this.dashboards.get(actor, dashboardId);
    const widgets = await Promise.all(dashboard.widgets.map((w) => this.limit.run(async () => this.withShape(w, await this.runWidget(actor, w, dashboard.filters)))));
    return { dashboard, widgets };
  }

  /** `drill`: the values clicked so far down the widget's drill levels (`config.drill`); see widget-drill.ts. */
  async widgetData(actor: Actor, dashboardId: string, widgetId: string, requested?: DashboardFilter[], drill?: FilterValue[]): Promise<ShapedWidgetData> {
    assertCan(actor, 'widgets:read');
    if (requested) assertValidFilters(requested, 'filters');
    const dashboard = await this.dashboards.forData(actor, dashboardId);
    const widget = dashboard.widgets.find((w) => w.id === widgetId);
    if (!widget) throw notFound('Widget');
    const filters = mergeFilters(dashboard.filters, requested);
    if (!drill) return this.shaped(widget, await this.runWidget(actor, widget, filters));
    const drilled = await this.drilled(actor, widget, drill);
    // The clicked values narrow on top of the dashboard's filters, even on the same field (a period within the date range).
    return this.shaped(drilled.widget, await this.runWidget(actor, drilled.widget, [...filters, ...drilled.filters]));
  }

  private async drilled(actor: Actor, widget: Widget, path: FilterValue[]): Promise<{ widget: Widget; filters: DashboardFilter[] }> {
    const plan = planDrill(widget, path);
    const ds = widget.data_source!;
    const metric = await this.metrics.find(actor.tenantId, ds.metric as string);
    if (!metric) throw notFound(`Metric "${String(ds.metric)}"`);
    const filters = drillFilters(plan, metric.time_column);
    return {
      widget: { ...widget, data_source: { ...ds, dimensions: plan.dimensions, time_grain: plan.timeGrain }, config: { ...widget.config, x_axis: plan.xAxis } },
      filters,
    };
  }

  /**
   * A widget of an edit session, run as it stands in the editor before it is saved: for whoever
   * may edit the dashboard and run queries. Nobody else can see it, so nobody is told of its result.
   */
  async draftWidgetData(actor: Actor, dashboardId: string, draft: DraftWidget, requested?: DashboardFilter[]): Promise<ShapedWidgetData> {
    assertCan(actor, 'queries:run');
    if (requested) assertValidFilters(requested, 'filters');
    await this.dashboards.requireEditable(actor, dashboardId);
    const dashboard = await this.dashboards.forData(actor, dashboardId);
    const widget: Widget = {
      id: draft.id ?? 'draft',
      dashboard_id: dashboardId,
      name: draft.name,
      widget_type: draft.widget_type,
      position: draft.position,
      data_source: (draft.data_source ?? null) as Widget['data_source'],
      config: (draft.config ?? {}) as Widget['config'],
      created_at: '',
      updated_at: '',
    };
    return this.shaped(widget, await this.runWidget(actor, widget, mergeFilters(dashboard.filters, requested), false));
  }

  /** The widget editor's preview: an ad-hoc query, for editors. */
  async adHoc(actor: Actor, input: { source?: string | undefined; sql: string; params?: Record<string, JsonValue> | undefined; filters?: DashboardFilter[] | undefined }): Promise<EngineRunResult> {
    assertCan(actor, 'queries:run');
    if (input.filters) assertValidFilters(input.filters, 'filters');
    try {
      return await this.engine.run({
        tenantId: actor.tenantId,
        ...userOf(actor),
        source: input.source ?? this.defaultSource,
        sql: input.sql,
        params: input.params ?? {},
        filters: input.filters ?? [],
        cacheTtlSeconds: 0,
      });
    } catch (error) {
      throw asQueryFailure(error);
    }
  }

  /** The widget editor's preview of a metric widget: the metric cut by the draft's dimensions and grain. */
  async adHocMetric(actor: Actor, input: { metric: string; dimensions?: string[] | undefined; time_grain?: string | null | undefined; filters?: DashboardFilter[] | undefined }): Promise<EngineRunResult> {
    assertCan(actor, 'queries:run');
    if (input.filters) assertValidFilters(input.filters, 'filters');
    const ds = { metric: input.metric, dimensions: input.dimensions ?? [], time_grain: input.time_grain ?? null, cache_ttl_seconds: 0 };
    try {
      return await this.query(actor, ds, input.filters ?? []);
    } catch (error) {
      throw asQueryFailure(error);
    }
  }

  private shaped(widget: Widget, result: WidgetData): ShapedWidgetData {
    const { shape } = this.withShape(widget, result);
    return shape?.kind === 'kpi' || shape?.kind === 'text' ? { ...result, shape } : result;
  }

  private withShape(widget: Widget, result: WidgetData): WidgetWithData {
    const type = this.types.find(widget.widget_type);
    return { widget, result, shape: type ? shapeWidget(type.visualization, { ...type.config, ...widget.config }, result) : null };
  }

  private async runWidget(actor: Actor, widget: Widget, filters: DashboardFilter[], announce = true): Promise<WidgetData> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const type = this.types.find(widget.widget_type);
      // A catalog type can leave the configuration while dashboards still hold widgets of it.
      if (!type) return errorResult(widget.id, unavailableType(widget.widget_type), 0);
      const ds = widget.data_source ?? type.dataSource ?? null;
      if (!ds) return type.needsData ? errorResult(widget.id, 'This widget has no data source yet', 0) : emptyResult(widget.id);
      if (Array.isArray(ds.data)) {
        // Inline rows cannot be filtered; the tile says so rather than pretending.
        const ignored = filters.filter((f) => f.values.length > 0).map((f) => f.field);
        return { ...staticResult(widget.id, ds.data as Record<string, JsonValue>[]), ignored_filters: ignored };
      }
      const result = await this.query(actor, ds, filters);
      // Only results others can fetch from the cache: an uncached widget would have every viewer
      // who hears of it run its query again, and tell the others in turn.
      if (announce && !result.cached && ttlSecondsOf(ds) > 0) {
        void this.bus?.publish('widgetDataRefreshed', { tenantId: actor.tenantId, dashboardId: widget.dashboard_id, widgetId: widget.id, cachedAt: result.cached_at });
      }
      const problem = missingColumn(type, { ...type.config, ...widget.config }, result.columns);
      return problem ? errorResult(widget.id, problem, result.duration_ms, result.ignored_filters) : okResult(widget.id, result);
    } catch (error) {
      if (error instanceof DomainError || isQueryExecutionError(error)) return errorResult(widget.id, (error as Error).message, elapsed());
      this.log.error({ err: error, widget: widget.id }, 'widget query failed unexpectedly');
      return errorResult(widget.id, 'The widget could not be computed (internal error)', elapsed());
    }
  }

  private async query(actor: Actor, ds: Record<string, JsonValue>, filters: DashboardFilter[]): Promise<EngineRunResult> {
    const ttl = ttlSecondsOf(ds);
    if (typeof ds.sql === 'string') {
      const source = typeof ds.source === 'string' ? ds.source : this.defaultSource;
      return this.engine.run({ tenantId: actor.tenantId, ...userOf(actor), source, sql: ds.sql, filters, cacheTtlSeconds: ttl });
    }
    if (typeof ds.metric === 'string') {
      const metric = await this.metrics.find(actor.tenantId, ds.metric);
      if (!metric) throw notFound(`Metric "${ds.metric}"`);
      const source = await this.sources.resolve(actor.tenantId, metric.source);
      if (!source) throw notFound(`Data source "${metric.source}"`);
      // Metrics filter before aggregating, but only on what the metric can be cut by.
      const allowed = new Set([...metric.dimensions, ...(metric.time_column ? [metric.time_column] : [])]);
      const applicable = filters.filter((f) => allowed.has(f.field));
      const { sql } = this.engine.compileMetric(source.kind, metric, {
        dimensions: Array.isArray(ds.dimensions) ? (ds.dimensions as string[]) : [],
        time_grain: (ds.time_grain as 'month' | null | undefined) ?? null,
        filters: applicable,
      });
      const result = await this.engine.run({ tenantId: actor.tenantId, ...userOf(actor), source: metric.source, sql, filters: applicable, cacheTtlSeconds: ttl });
      const ignored = filters.filter((f) => !allowed.has(f.field)).map((f) => f.field);
      return { ...result, ignored_filters: [...new Set([...result.ignored_filters, ...ignored])] };
    }
    throw new DomainError('bad_request', 'Unsupported data source: expected sql, metric or data');
  }
}

function unavailableType(type: string): string {
  return `Widget type "${type}" is not available on this server (it may have been removed from the configuration); change the widget's type or remove it`;
}

function ttlSecondsOf(ds: Record<string, JsonValue>): number {
  return typeof ds.cache_ttl_seconds === 'number' ? ds.cache_ttl_seconds : DEFAULT_TTL_SECONDS;
}

/** Whose turn an uncached query takes in the engine's fair queue. */
function userOf(actor: Actor): { userId?: string } {
  return actor.userId ? { userId: actor.userId } : {};
}

/** The editor is asking whether a query works: the engine's answer, with where it failed, is the response. */
function asQueryFailure(error: unknown): unknown {
  if (!isQueryExecutionError(error)) return error;
  const { position } = error as { position?: { line: number; column?: number } };
  return new DomainError('bad_request', (error as Error).message, 'QUERY_FAILED', position ? { position } : {});
}
