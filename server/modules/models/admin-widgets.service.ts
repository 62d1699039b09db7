import { assertCan, type Actor } from '../access/actor.js';
import type { FaultLog } from '../errors/fault-log.js';
import type { QueryGateway } from '../queries/query-gateway.js';
import type { AdminWidgetDefinition } from './model-options.js';

export interface AdminWidget {
  id: string;
  type: AdminWidgetDefinition['type'];
  title: string;
  data: Record<string, unknown>;
  config: Record<string, unknown>;
  error?: string;
}

interface Cached {
  data: Record<string, unknown>;
  at: number;
}

const DEFAULT_TTL_SECONDS = 60;

/**
 * The admin dashboard's widgets (seed 000), declared in the config. Each one's data is computed
 * when asked and kept for its TTL per tenant; one that fails is answered with its error and no
 * data, never failing the others.
 */
export class AdminWidgetsService {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly widgets: AdminWidgetDefinition[],
    private readonly queries: QueryGateway,
    private readonly log: FaultLog,
  ) {}

  async list(actor: Actor): Promise<AdminWidget[]> {
    assertCan(actor, 'models:read');
    return Promise.all(this.widgets.map((widget) => this.render(actor, widget)));
  }

  private async render(actor: Actor, widget: AdminWidgetDefinition): Promise<AdminWidget> {
    const base = { id: widget.id, type: widget.type, title: widget.title, config: widget.config ?? {} };
    try {
      return { ...base, data: await this.data(actor, widget) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.log.error({ widget: widget.id, err: error }, 'admin widget failed');
      return { ...base, data: {}, error: reason };
    }
  }

  private async data(actor: Actor, widget: AdminWidgetDefinition): Promise<Record<string, unknown>> {
    const source = widget.data;
    if (source === undefined) return {};
    if (typeof source !== 'function' && !isQuery(source)) return source;
    const key = `${widget.id}\u0000${actor.tenantId}`;
    const cached = this.cache.get(key);
    const ttlMs = (widget.ttlSeconds ?? DEFAULT_TTL_SECONDS) * 1000;
    if (cached && Date.now() - cached.at < ttlMs) return cached.data;
    const data = typeof source === 'function' ? await source({ actor }) : await this.query(actor, widget.type, source);
    this.cache.set(key, { data, at: Date.now() });
    return data;
  }

  private async query(actor: Actor, type: AdminWidgetDefinition['type'], query: { sql: string; source: string }): Promise<Record<string, unknown>> {
    const result = await this.queries.run({ tenantId: actor.tenantId, ...(actor.userId ? { userId: actor.userId } : {}), source: query.source, sql: query.sql, cacheTtlSeconds: 0, rowCap: 1000 });
    const [first, second] = result.columns.map((c) => c.name);
    if (type === 'metric') {
      const row = result.rows[0] ?? {};
      return { ...row, value: first === undefined ? null : (row[first] ?? null) };
    }
    if (type === 'chart') return { labels: result.rows.map((r) => (first === undefined ? null : r[first])), values: result.rows.map((r) => (second === undefined ? null : (r[second] ?? null))) };
    return { items: result.rows };
  }
}

function isQuery(data: object): data is { sql: string; source: string } {
  return typeof (data as { sql?: unknown }).sql === 'string' && typeof (data as { source?: unknown }).source === 'string';
}
