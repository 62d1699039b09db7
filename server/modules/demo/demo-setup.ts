import type { Actor } from '../access/actor.js';
import type { DashboardsService } from '../dashboards/dashboards.service.js';
import type { MetricsService } from '../metrics/metrics.service.js';
import type { WidgetsService } from '../dashboards/widgets.service.js';
import { DEMO_DASHBOARDS, DEMO_METRICS } from './demo-dashboards.js';
import { ensureDemoData } from './demo-data.js';

export interface DemoServices {
  dashboards: DashboardsService;
  widgets: WidgetsService;
  metrics: MetricsService;
}

/**
 * On a fresh data dir: writes the demo data set, then its metrics and dashboards, owned by `owner`.
 * Runs once: dashboards a user later deletes do not come back on the next start.
 */
export async function setupDemo(services: DemoServices, options: { file: string; salesRows: number; owner: Actor | undefined }): Promise<boolean> {
  const created = await ensureDemoData(options.file, { salesRows: options.salesRows, customers: Math.min(20_000, Math.max(100, Math.floor(options.salesRows / 50))), subscriptions: 12_000 });
  if (!created || !options.owner) return created;
  const owner = options.owner;
  const existing = new Set((await services.metrics.list(owner)).map((m) => m.name));
  for (const metric of DEMO_METRICS) if (!existing.has(metric.name)) await services.metrics.create(owner, metric);
  const { items } = await services.dashboards.list(owner, { limit: 100, offset: 0, tag: 'demo' });
  for (const demo of DEMO_DASHBOARDS) {
    if (items.some((d) => d.name === demo.dashboard.name)) continue;
    const dashboard = await services.dashboards.create(owner, demo.dashboard);
    for (const widget of demo.widgets) await services.widgets.add(owner, dashboard.id, widget);
  }
  return created;
}
