import type { DataSourceDefinition } from '../../query-engine/types.js';
import type { AdminModelOptions, AdminSourceDefinition } from '../models/model-options.js';
import { DEFAULT_TENANT_ID } from '../tenants/tenants.service.js';

/**
 * The demo shop as the admin panel and the BI side see it: one SQLite file, registered once as a
 * writable admin source with a model per table, and once as a (read-only) data source that the
 * "Shop Orders" dashboard charts. An edit made in the panel shows in the dashboard's next load.
 */

export const SHOP_SOURCE_NAME = 'shop';

export function shopAdminSource(file: string): AdminSourceDefinition {
  return { name: SHOP_SOURCE_NAME, kind: 'sqlite', url: file };
}

export function shopDataSource(file: string): DataSourceDefinition {
  return { name: SHOP_SOURCE_NAME, kind: 'sqlite', url: file };
}

const number = new Intl.NumberFormat('en');

/** The shop has no tenant column: it is the default tenant's, whose users try the demo. */
const DEMO_TENANTS = [DEFAULT_TENANT_ID];

export const SHOP_MODELS: AdminModelOptions[] = [
  {
    source: SHOP_SOURCE_NAME,
    tenants: DEMO_TENANTS,
    table: 'customers',
    name: 'Customer',
    icon: 'users',
    category: 'Customers',
    label: 'name',
    cards: [
      {
        title: 'Customers',
        order: 26,
        async getData({ count }) {
          const [total, active] = await Promise.all([count(), count([{ field: 'is_active', operator: 'eq', value: true }])]);
          return { headline: `${number.format(total)} customers`, detail: `${number.format(active)} active`, total, active };
        },
      },
    ],
    list: ['id', 'name', 'email', 'country', 'city', 'created_at', 'is_active'],
    searchable: ['name', 'email', 'city'],
    defaultSort: { field: 'created_at', order: 'desc' },
  },
  {
    source: SHOP_SOURCE_NAME,
    tenants: DEMO_TENANTS,
    table: 'products',
    name: 'Product',
    icon: 'box',
    category: 'Inventory',
    label: 'name',
    cards: [
      {
        title: 'Products',
        order: 27,
        async getData({ count }) {
          const [total, out] = await Promise.all([count(), count([{ field: 'stock', operator: 'eq', value: 0 }])]);
          return { headline: `${number.format(total)} products`, detail: `${number.format(out)} out of stock`, status: out > 0 ? 'degraded' : 'ok', total, out_of_stock: out };
        },
      },
    ],
    list: ['id', 'sku', 'name', 'category', 'price', 'stock', 'active'],
    searchable: ['sku', 'name', 'category'],
    defaultSort: { field: 'name', order: 'asc' },
  },
  {
    source: SHOP_SOURCE_NAME,
    tenants: DEMO_TENANTS,
    table: 'orders',
    name: 'Order',
    icon: 'shopping-cart',
    category: 'Sales',
    cards: [
      {
        title: 'Orders',
        order: 25,
        span: 2,
        async getData({ count }) {
          const [total, open] = await Promise.all([count(), count([{ field: 'status', operator: 'eq', value: 'pending' }])]);
          return { headline: `${number.format(total)} orders`, detail: `${number.format(open)} open`, total, open };
        },
      },
    ],
    list: ['id', 'order_date', 'customer_id', 'status', 'total', 'shipping_country'],
    searchable: ['status', 'shipping_country', 'notes'],
    defaultSort: { field: 'order_date', order: 'desc' },
  },
  {
    source: SHOP_SOURCE_NAME,
    tenants: DEMO_TENANTS,
    table: 'order_items',
    name: 'OrderItem',
    icon: 'list',
    category: 'Sales',
    list: ['id', 'order_id', 'product_id', 'quantity', 'unit_price'],
    defaultSort: { field: 'id', order: 'desc' },
  },
];
