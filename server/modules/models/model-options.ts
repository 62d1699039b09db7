import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';

/**
 * How `tessera.config.ts` declares the admin panel: the databases it may write to, and which of
 * their tables appear as models, with what options. Everything a table's catalog already says
 * (columns, types, keys, references) is read from the database, not repeated here.
 */

export type AdminSourceKind = 'sqlite' | 'postgres';

export interface AdminSourceDefinition {
  name: string;
  kind: AdminSourceKind;
  /** A file path (sqlite, relative to the working directory) or a postgres:// URL; or give `db`. */
  url?: string;
  /**
   * The host application's own Kysely instance over this database, used as it is (and never
   * closed by Tessera). Without a raw driver, imports on PostgreSQL insert in batches instead of COPY.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the host's schema is its own
  db?: Kysely<any>;
  /** PostgreSQL schema whose tables are read; `public` unless set. */
  schema?: string;
}

export type SortOrder = 'asc' | 'desc';

/** What a bulk action registered in code receives: the selected rows' ids inside the write's transaction. */
export interface BulkActionContext {
  actor: Actor;
  /** The model's source, inside the transaction of this action; type it as your own schema. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the host's schema is its own
  db: Kysely<any>;
  table: string;
  /** Primary key values of the selected rows (objects for composite keys). */
  ids: unknown[];
  params: Record<string, unknown>;
}

/** A value a bulk action asks for before it runs (the panel shows an input for each). */
export interface BulkActionParam {
  name: string;
  label?: string;
  type: 'string' | 'number' | 'boolean';
  required?: boolean;
  default?: string | number | boolean;
}

export interface BulkActionDefinition {
  /** The path segment: `POST /admin/api/models/{model}/bulk/{name}`. */
  name: string;
  label?: string;
  /** Asked before running, in the UI. */
  confirm?: string;
  /**
   * The values `run` gets as `params`, checked before it runs: of their type, required ones
   * present, defaults filled in, no others. Without a list, `params` pass through as sent.
   */
  params?: BulkActionParam[];
  run(context: BulkActionContext): Promise<{ affected: number; result?: unknown }>;
}

/** What a card's data function returns: the big text, the line under it, a badge, and any keys of its own. */
export interface CardContent {
  headline: string;
  detail: string;
  status?: 'ok' | 'operational' | 'degraded' | 'down';
  [extra: string]: unknown;
}

/** What a model's card is given: the caller, and counts of the model's records as the caller sees them. */
export interface ModelCardContext {
  actor: Actor;
  tenantId: string;
  /** Records matching `filters` (`[{field, operator, value}]`, as the list takes them). */
  count(filters?: { field: string; operator: string; value?: unknown }[]): Promise<number>;
}

/**
 * A card on the card dashboard about this model (seed 004): it takes the model's category as its
 * group and its source as its app, and links to the model's list unless it names a `url`.
 */
export interface ModelCardDefinition {
  /** Unique within the model; `card` unless set. */
  id?: string;
  title: string;
  /** Inline SVG markup; the model's icon unless set. */
  icon?: string;
  order?: number;
  span?: 1 | 2;
  url?: string;
  onDashboard?: boolean;
  refreshSeconds?: number;
  getData(context: ModelCardContext): Promise<CardContent> | CardContent;
}

export interface AdminModelOptions {
  source: string;
  table: string;
  /** The model's name in paths (`/models/{name}`); the table's name unless set. */
  name?: string;
  icon?: string;
  category?: string | null;
  /** Columns shown in lists, in order; every visible column unless set. */
  list?: string[];
  /** Columns `search` matches; the text columns unless set. */
  searchable?: string[];
  /** Columns a list may be sorted or filtered by; every visible column unless set. */
  sortable?: string[];
  filterable?: string[];
  defaultSort?: { field: string; order?: SortOrder };
  /** No writes of any kind (create, edit, delete, import, bulk). */
  readOnly?: boolean;
  /** Columns never read nor written through the panel (password hashes, tokens). */
  hidden?: string[];
  /** Columns shown but never written through the panel (timestamps the database keeps). */
  readOnlyFields?: string[];
  /** The column that names a record in pickers and related-record labels. */
  label?: string;
  canCreate?: boolean;
  canEdit?: boolean;
  canDelete?: boolean;
  canExport?: boolean;
  canImport?: boolean;
  /** A column holding the tenant id: every read and write is confined to the caller's tenant. */
  tenantColumn?: string;
  /** Without a tenant column the model is for superadmins only, unless it names the tenants that may see it. */
  tenants?: string[];
  bulkActions?: BulkActionDefinition[];
  /** Cards about this model on the card dashboard. */
  cards?: ModelCardDefinition[];
}

/** What a function widget's data is computed for. */
export interface AdminWidgetContext {
  actor: Actor;
}

/**
 * A widget on the admin dashboard (seed 000): its data is static, a SQL query over a data source
 * (a metric takes the first row, a chart the first two columns as labels and values, a list the
 * rows), or a function; computed on each call and kept for `ttlSeconds`.
 */
export interface AdminWidgetDefinition {
  id: string;
  type: 'metric' | 'chart' | 'list' | 'custom';
  title: string;
  data?: Record<string, unknown> | { sql: string; source: string } | ((context: AdminWidgetContext) => Promise<Record<string, unknown>> | Record<string, unknown>);
  config?: Record<string, unknown>;
  /** How long computed data is kept; 60 s. */
  ttlSeconds?: number;
}

export interface AdminPanelConfig {
  sources: AdminSourceDefinition[];
  models: AdminModelOptions[];
  /** Register every table of these sources (all of them when `true`) with defaults. */
  autoDiscover: boolean | string[];
  /** How long model counts in `/dashboard/stats` are kept. */
  statsCacheSeconds: number;
  /** Tessera's own users, teams, dashboards and audit log as models; on unless turned off. */
  builtInModels: boolean;
  /** Largest CSV an import accepts. */
  importMaxBytes: number;
  widgets: AdminWidgetDefinition[];
}
