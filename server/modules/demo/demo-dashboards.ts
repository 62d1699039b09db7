import type { DashboardFilter } from '../../query-engine/types.js';
import type { DashboardInput } from '../dashboards/dashboards.service.js';
import type { MetricInput } from '../metrics/metrics.service.js';
import type { CatalogWidgetType } from '../widgets/widget-types.js';
import type { WidgetInput } from '../dashboards/widgets.service.js';

/** Filters both demo dashboards offer; inactive (no values) until a viewer picks some. */
const FILTERS: DashboardFilter[] = [
  { field: 'region', operator: 'in', values: [], values_from: { source: 'demo', table: 'sales' } },
  { field: 'order_date', operator: 'between', values: [] },
];

// {{channel}} has no filter in the bar: clicking a channel slice sets it (cross-filter), and every tile follows.
const WHERE = 'WHERE {{region}} AND {{order_date}} AND {{channel}}';

/** Amounts of money in the demo are dollars, shown whole (`config.column_formats`). */
const DOLLARS = { format: 'currency', currency: 'USD', decimals: 0 };

export const DEMO_METRICS: MetricInput[] = [
  {
    name: 'revenue',
    description: 'Revenue from all orders',
    source: 'demo',
    table: 'sales',
    measure: 'SUM(revenue)',
    time_column: 'order_date',
    dimensions: ['region', 'country', 'product', 'category', 'channel'],
  },
  {
    name: 'orders',
    description: 'Number of orders',
    source: 'demo',
    table: 'sales',
    measure: 'COUNT(*)',
    time_column: 'order_date',
    dimensions: ['region', 'country', 'product', 'category', 'channel'],
  },
];

export interface DemoDashboard {
  dashboard: DashboardInput;
  widgets: WidgetInput[];
}

const sales: DemoDashboard = {
  dashboard: {
    name: 'Sales Overview',
    description: 'Revenue, orders and products across regions and channels, 2024–2025.',
    type: 'sales',
    visibility: 'public',
    tags: ['demo', 'sales', 'revenue'],
    filters: FILTERS,
    refresh_interval_seconds: 300,
  },
  widgets: [
    {
      name: 'Revenue 2025',
      widget_type: 'kpi_card',
      position: { x: 0, y: 0, width: 4, height: 2 },
      data_source: {
        sql: `SELECT SUM(revenue) FILTER (WHERE year(order_date) = 2025) AS revenue_2025,
       round(100 * (SUM(revenue) FILTER (WHERE year(order_date) = 2025) / SUM(revenue) FILTER (WHERE year(order_date) = 2024) - 1), 1) AS change_pct
FROM sales
WHERE {{region}} AND {{channel}}`,
        source: 'demo',
        cache_ttl_seconds: 300,
      },
      config: { value: 'revenue_2025', trend: 'change_pct', format: 'currency', trend_label: 'vs 2024' },
    },
    {
      name: 'Orders',
      widget_type: 'kpi_card',
      position: { x: 4, y: 0, width: 4, height: 2 },
      data_source: { sql: `SELECT COUNT(*) AS orders FROM sales ${WHERE}`, source: 'demo', cache_ttl_seconds: 300 },
      config: { value: 'orders', format: 'number' },
    },
    {
      name: 'Average order value',
      widget_type: 'kpi_card',
      position: { x: 8, y: 0, width: 4, height: 2 },
      data_source: { sql: `SELECT round(AVG(revenue), 2) AS avg_order_value FROM sales ${WHERE}`, source: 'demo', cache_ttl_seconds: 300 },
      config: { value: 'avg_order_value', format: 'currency' },
    },
    {
      name: 'Monthly revenue',
      widget_type: 'line_chart',
      position: { x: 0, y: 2, width: 8, height: 4 },
      data_source: { metric: 'revenue', dimensions: [], time_grain: 'month', cache_ttl_seconds: 300 },
      // Clicking a month shows its days.
      config: { x_axis: 'period', y_axis: 'value', color_scheme: 'blue', show_legend: false, drill: ['month', 'day'], column_formats: { value: { label: 'Revenue', ...DOLLARS } } },
    },
    {
      name: 'Revenue by region',
      widget_type: 'bar_chart',
      position: { x: 8, y: 2, width: 4, height: 4 },
      data_source: { metric: 'revenue', dimensions: ['region'], cache_ttl_seconds: 300 },
      // Clicking a region shows its countries; clicking a country filters the dashboard by it.
      config: {
        x_axis: 'region',
        y_axis: 'value',
        color_scheme: 'blue',
        show_legend: false,
        drill: ['region', 'country'],
        column_formats: { value: { label: 'Revenue', ...DOLLARS } },
      },
    },
    {
      name: 'Revenue by category',
      widget_type: 'area_chart',
      position: { x: 0, y: 6, width: 8, height: 4 },
      data_source: {
        sql: `SELECT date_trunc('month', order_date) AS month, category, SUM(revenue) AS revenue FROM sales ${WHERE} GROUP BY 1, 2 ORDER BY 1, 2`,
        source: 'demo',
        cache_ttl_seconds: 300,
      },
      config: { x_axis: 'month', y_axis: 'revenue', series: 'category', stacked: true, show_legend: true, column_formats: { revenue: DOLLARS } },
    },
    {
      name: 'Sales channels',
      widget_type: 'pie_chart',
      position: { x: 8, y: 6, width: 4, height: 4 },
      data_source: { sql: `SELECT channel, SUM(revenue) AS revenue FROM sales ${WHERE} GROUP BY 1 ORDER BY 2 DESC`, source: 'demo', cache_ttl_seconds: 300 },
      config: { x_axis: 'channel', y_axis: 'revenue', show_legend: true, column_formats: { revenue: DOLLARS } },
    },
    {
      name: 'Top products',
      widget_type: 'table',
      position: { x: 0, y: 10, width: 8, height: 5 },
      data_source: {
        sql: `SELECT product, category, SUM(quantity) AS units, SUM(revenue) AS revenue FROM sales ${WHERE} GROUP BY 1, 2 ORDER BY revenue DESC LIMIT 24`,
        source: 'demo',
        cache_ttl_seconds: 300,
      },
      config: { page_size: 10, column_formats: { units: { label: 'Units sold' }, revenue: DOLLARS } },
    },
    {
      name: 'About this dashboard',
      widget_type: 'text',
      position: { x: 8, y: 10, width: 4, height: 5 },
      data_source: null,
      config: {
        markdown:
          '### Sales Overview\n\nA demo over the **sales** table of the `demo` data source (DuckDB).\n\n- Filter by **region** or **order date** in the bar above.\n- Every tile is a SQL query or a metric; click **Edit** to see it.\n- Results are cached for five minutes.',
      },
    },
  ],
};

const customers: DemoDashboard = {
  dashboard: {
    name: 'Customers & Subscriptions',
    description: 'Who buys, how often, and what they subscribe to.',
    type: 'customers',
    visibility: 'public',
    tags: ['demo', 'customers', 'subscriptions'],
    filters: FILTERS,
    refresh_interval_seconds: null,
  },
  widgets: [
    {
      name: 'Active subscriptions',
      widget_type: 'kpi_card',
      position: { x: 0, y: 0, width: 3, height: 2 },
      data_source: { sql: "SELECT COUNT(*) AS active FROM subscriptions WHERE status = 'active'", source: 'demo', cache_ttl_seconds: 600 },
      config: { value: 'active', format: 'number' },
    },
    {
      name: 'Monthly recurring revenue',
      widget_type: 'kpi_card',
      position: { x: 3, y: 0, width: 3, height: 2 },
      data_source: { sql: "SELECT SUM(mrr) AS mrr FROM subscriptions WHERE status = 'active'", source: 'demo', cache_ttl_seconds: 600 },
      config: { value: 'mrr', format: 'currency' },
    },
    {
      name: 'MRR by plan',
      widget_type: 'bar_chart',
      position: { x: 6, y: 0, width: 6, height: 4 },
      data_source: { sql: "SELECT plan, SUM(mrr) AS mrr FROM subscriptions WHERE status = 'active' GROUP BY plan ORDER BY mrr DESC", source: 'demo', cache_ttl_seconds: 600 },
      config: { x_axis: 'plan', y_axis: 'mrr', color_scheme: 'purple', column_formats: { mrr: DOLLARS } },
    },
    {
      name: 'Customers by segment',
      widget_type: 'pie_chart',
      position: { x: 0, y: 2, width: 6, height: 4 },
      data_source: { sql: 'SELECT segment, COUNT(*) AS customers FROM customers WHERE {{region}} GROUP BY 1 ORDER BY 2 DESC', source: 'demo', cache_ttl_seconds: 600 },
      config: { x_axis: 'segment', y_axis: 'customers', show_legend: true },
    },
    {
      name: 'Orders by region and month',
      widget_type: 'heatmap',
      position: { x: 6, y: 4, width: 6, height: 4 },
      data_source: { sql: `SELECT strftime(order_date, '%Y-%m') AS month, region, COUNT(*) AS orders FROM sales ${WHERE} GROUP BY 1, 2 ORDER BY 1, 2`, source: 'demo', cache_ttl_seconds: 600 },
      config: { x_axis: 'month', y_axis: 'region', value: 'orders', column_formats: { month: { format: 'date', date_grain: 'month' } } },
    },
    {
      name: 'Orders and revenue per customer',
      widget_type: 'scatter_plot',
      position: { x: 0, y: 6, width: 6, height: 4 },
      data_source: {
        sql: `SELECT customer_id, COUNT(*) AS orders, SUM(revenue) AS revenue FROM sales ${WHERE} GROUP BY 1 ORDER BY revenue DESC LIMIT 1000`,
        source: 'demo',
        cache_ttl_seconds: 600,
      },
      config: { x_axis: 'orders', y_axis: 'revenue', color_scheme: 'orange', column_formats: { revenue: DOLLARS } },
    },
    {
      name: 'New subscriptions per month',
      widget_type: 'line_chart',
      position: { x: 6, y: 8, width: 6, height: 4 },
      data_source: { sql: "SELECT date_trunc('month', started_at) AS month, plan, COUNT(*) AS started FROM subscriptions GROUP BY 1, 2 ORDER BY 1, 2", source: 'demo', cache_ttl_seconds: 600 },
      config: { x_axis: 'month', y_axis: 'started', series: 'plan', show_legend: true, column_formats: { started: { label: 'New subscriptions' } } },
    },
    {
      name: 'Largest customers',
      widget_type: 'table',
      position: { x: 0, y: 10, width: 6, height: 5 },
      data_source: {
        sql: `SELECT name, country, segment, COUNT(*) AS orders, SUM(revenue) AS revenue
FROM (SELECT s.region, s.order_date, s.revenue, c.name, c.country, c.segment FROM sales AS s JOIN customers AS c USING (customer_id))
WHERE {{region}} AND {{order_date}}
GROUP BY 1, 2, 3 ORDER BY revenue DESC LIMIT 50`,
        source: 'demo',
        cache_ttl_seconds: 600,
      },
      config: { page_size: 10, column_formats: { name: { label: 'Customer' }, revenue: DOLLARS } },
    },
    {
      name: 'Notes',
      widget_type: 'text',
      position: { x: 6, y: 12, width: 6, height: 3 },
      data_source: null,
      config: { markdown: 'Subscription tiles ignore the region and date filters: the **subscriptions** table has neither column, and each tile says so.' },
    },
  ],
};

export const DEMO_DASHBOARDS: DemoDashboard[] = [sales, customers];

/** Catalog widget types over the demo data; the analytics API's example dashboard uses both. */
export const DEMO_WIDGET_TYPES: CatalogWidgetType[] = [
  {
    type: 'revenue_chart',
    visualization: 'line_chart',
    label: 'Revenue chart',
    data_source: {
      sql: `SELECT strftime(date_trunc('month', order_date), '%b %Y') AS month, SUM(revenue) AS value
FROM sales
WHERE {{region}} AND {{order_date}}
GROUP BY date_trunc('month', order_date)
ORDER BY date_trunc('month', order_date)`,
      source: 'demo',
      cache_ttl_seconds: 300,
    },
    config: { x_axis: 'month', y_axis: 'value', color_scheme: 'blue' },
  },
  {
    type: 'active_subscriptions',
    visualization: 'kpi_card',
    label: 'Active subscriptions',
    data_source: { sql: "SELECT COUNT(*) AS value FROM subscriptions WHERE status = 'active'", source: 'demo', cache_ttl_seconds: 300 },
    config: { value: 'value', format: 'number' },
  },
];
