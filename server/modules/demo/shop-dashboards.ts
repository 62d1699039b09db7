import type { DashboardFilter } from '../../query-engine/types.js';
import type { DemoDashboard } from './demo-dashboards.js';
import { SHOP_SOURCE_NAME } from './shop-models.js';

/**
 * "Shop Orders": the demo shop's SQLite file charted live. The tiles an edit in the admin panel
 * most visibly moves (an order's status or total) are never cached; the two that add up every
 * order item (about a second on the full-size shop) are kept for a minute.
 */

const FILTERS: DashboardFilter[] = [
  { field: 'order_date', operator: 'between', values: [] },
  { field: 'status', operator: 'in', values: [] },
  { field: 'shipping_country', operator: 'in', values: [] },
];

/** Every column a filter names is a column of `orders` alone, so the conditions read the same in joins. */
const FILTERED = '{{order_date}} AND {{status}} AND {{shipping_country}}';
const COUNTED = "status NOT IN ('cancelled', 'refunded')";
/** The items of the orders that count, with the dashboard's filters applied to their orders. */
const COUNTED_ITEMS = `order_items WHERE order_id IN (SELECT id FROM orders WHERE ${COUNTED} AND ${FILTERED})`;

const live = (sql: string) => ({ sql, source: SHOP_SOURCE_NAME, cache_ttl_seconds: 0 });
const cached = (sql: string) => ({ sql, source: SHOP_SOURCE_NAME, cache_ttl_seconds: 60 });

export const SHOP_DASHBOARD: DemoDashboard = {
  dashboard: {
    name: 'Shop Orders',
    description: 'Orders, revenue and best sellers of the demo shop, the same SQLite file the admin panel edits.',
    type: 'shop',
    visibility: 'public',
    tags: ['demo', 'shop', 'orders'],
    filters: FILTERS,
    refresh_interval_seconds: 60,
  },
  widgets: [
    {
      name: 'Open orders',
      widget_type: 'kpi_card',
      position: { x: 0, y: 0, width: 4, height: 2 },
      data_source: live(`SELECT COUNT(*) AS open_orders FROM orders WHERE status IN ('pending', 'paid') AND ${FILTERED}`),
      config: { value: 'open_orders', format: 'number' },
    },
    {
      name: 'Revenue',
      widget_type: 'kpi_card',
      position: { x: 4, y: 0, width: 4, height: 2 },
      data_source: live(`SELECT ROUND(SUM(total), 2) AS revenue FROM orders WHERE ${COUNTED} AND ${FILTERED}`),
      config: { value: 'revenue', format: 'currency' },
    },
    {
      name: 'Average order value',
      widget_type: 'kpi_card',
      position: { x: 8, y: 0, width: 4, height: 2 },
      data_source: live(`SELECT ROUND(AVG(total), 2) AS avg_order_value FROM orders WHERE ${COUNTED} AND ${FILTERED}`),
      config: { value: 'avg_order_value', format: 'currency' },
    },
    {
      name: 'Revenue by month',
      widget_type: 'line_chart',
      position: { x: 0, y: 2, width: 8, height: 4 },
      data_source: live(`SELECT substr(order_date, 1, 7) AS month, ROUND(SUM(total), 2) AS revenue
FROM orders
WHERE ${COUNTED} AND ${FILTERED}
GROUP BY month
ORDER BY month`),
      config: {
        x_axis: 'month',
        y_axis: 'revenue',
        color_scheme: 'blue',
        show_legend: false,
        column_formats: { month: { format: 'date', date_grain: 'month' }, revenue: { format: 'currency', currency: 'USD' } },
      },
    },
    {
      name: 'Orders by status',
      widget_type: 'pie_chart',
      position: { x: 8, y: 2, width: 4, height: 4 },
      data_source: live(`SELECT status, COUNT(*) AS orders FROM orders WHERE ${FILTERED} GROUP BY status ORDER BY orders DESC`),
      config: { x_axis: 'status', y_axis: 'orders', show_legend: true },
    },
    {
      name: 'Top products by revenue',
      widget_type: 'table',
      position: { x: 0, y: 6, width: 8, height: 5 },
      data_source: cached(`SELECT p.sku, p.name AS product, p.category, t.units, t.revenue
FROM (SELECT product_id, SUM(quantity) AS units, ROUND(SUM(quantity * unit_price), 2) AS revenue
      FROM ${COUNTED_ITEMS}
      GROUP BY product_id) AS t
JOIN products AS p ON p.id = t.product_id
ORDER BY t.revenue DESC
LIMIT 10`),
      config: { page_size: 10, column_formats: { sku: { label: 'SKU' }, units: { label: 'Units sold' }, revenue: { format: 'currency', currency: 'USD' } } },
    },
    {
      name: 'Revenue by category',
      widget_type: 'bar_chart',
      position: { x: 8, y: 6, width: 4, height: 5 },
      data_source: cached(`SELECT p.category, ROUND(SUM(t.revenue), 2) AS revenue
FROM (SELECT product_id, SUM(quantity * unit_price) AS revenue
      FROM ${COUNTED_ITEMS}
      GROUP BY product_id) AS t
JOIN products AS p ON p.id = t.product_id
GROUP BY p.category
ORDER BY revenue DESC`),
      config: { x_axis: 'category', y_axis: 'revenue', color_scheme: 'teal', show_legend: false, column_formats: { revenue: { format: 'currency', currency: 'USD' } } },
    },
    {
      name: 'About this dashboard',
      widget_type: 'text',
      position: { x: 0, y: 11, width: 12, height: 3 },
      data_source: null,
      config: {
        markdown:
          '### Shop Orders\n\nA demo over the `shop` data source: the SQLite file the admin panel edits as **Customer**, **Product**, **Order** and **OrderItem**.\n\n- Change an order\'s status or total in the admin panel and reload: the tiles above follow.\n- Revenue counts every order but cancelled and refunded ones.\n- Filter by **order date**, **status** or **shipping country** in the bar above.',
      },
    },
  ],
};
