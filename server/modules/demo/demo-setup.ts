import type { Actor } from '../access/actor.js';
import type { DashboardsService } from '../dashboards/dashboards.service.js';
import type { MetricsService } from '../metrics/metrics.service.js';
import type { WidgetsService } from '../dashboards/widgets.service.js';
import { DEMO_DASHBOARDS, DEMO_METRICS, type DemoDashboard } from './demo-dashboards.js';
import { ensureDemoData } from './demo-data.js';
import { SHOP_DASHBOARD } from './shop-dashboards.js';
import { ensureShopData } from './shop-data.js';

export interface DemoServices {
  dashboards: DashboardsService;
  widgets: WidgetsService;
  metrics: MetricsService;
}

export interface DemoOptions {
  /** The DuckDB data set and its number of sales rows. */
  file: string;
  salesRows: number;
  /** The SQLite shop and its number of orders. */
  shopFile: string;
  shopOrders: number;
  owner: Actor | undefined;
}

/**
 * On a fresh data dir: writes the demo data sets (the DuckDB one and the SQLite shop), then their
 * metrics and dashboards, owned by `owner`. Each data set's dashboards are made only when the data set
 * is written, so dashboards a user later deletes do not come back on the next start; an install
 * from before the shop gets the shop and its dashboard on its next start.
 */
export async function setupDemo(services: DemoServices, options: DemoOptions): Promise<boolean> {
  const shopCreated = ensureShopData(options.shopFile, { orders: options.shopOrders });
  const created = await ensureDemoData(options.file, { salesRows: options.salesRows, customers: Math.min(20_000, Math.max(100, Math.floor(options.salesRows / 50))), subscriptions: 12_000 });
  if (!options.owner) return created || shopCreated;
  const owner = options.owner;
  if (created) {
    const existing = new Set((await services.metrics.list(owner)).map((m) => m.name));
    for (const metric of DEMO_METRICS) if (!existing.has(metric.name)) await services.metrics.create(owner, metric);
  }
  await createDashboards(services, owner, [...(created ? DEMO_DASHBOARDS : []), ...(shopCreated ? [SHOP_DASHBOARD] : [])]);
  return created || shopCreated;
}

async function createDashboards(services: DemoServices, owner: Actor, demos: DemoDashboard[]): Promise<void> {
  if (demos.length === 0) return;
  const { items } = await services.dashboards.list(owner, { limit: 100, offset: 0, tag: 'demo' });
  for (const demo of demos) {
    if (items.some((d) => d.name === demo.dashboard.name)) continue;
    const dashboard = await services.dashboards.create(owner, demo.dashboard);
    for (const widget of demo.widgets) await services.widgets.add(owner, dashboard.id, widget);
  }
}
