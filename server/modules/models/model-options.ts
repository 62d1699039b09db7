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
  /** A file path (sqlite, relative to the working directory) or a postgres:// URL. */
  url: string;
  /** PostgreSQL schema whose tables are read; `public` unless set. */
  schema?: string;
}

export type SortOrder = 'asc' | 'desc';

/** What a bulk action registered in code receives: the selected rows' ids inside the write's transaction. */
export interface BulkActionContext {
  actor: Actor;
  /** The model's source, inside the transaction of this action. */
  db: Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tables of any shape
  table: string;
  /** Primary key values of the selected rows (objects for composite keys). */
  ids: unknown[];
  params: Record<string, unknown>;
}

export interface BulkActionDefinition {
  /** The path segment: `POST /admin/api/models/{model}/bulk/{name}`. */
  name: string;
  label?: string;
  /** Asked before running, in the UI. */
  confirm?: string;
  run(context: BulkActionContext): Promise<{ affected: number; result?: unknown }>;
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
}

export interface AdminPanelConfig {
  sources: AdminSourceDefinition[];
  models: AdminModelOptions[];
  /** Register every table of these sources (all of them when `true`) with defaults. */
  autoDiscover: boolean | string[];
  /** How long model counts in `/dashboard/stats` are kept. */
  statsCacheSeconds: number;
  /** Largest CSV an import accepts. */
  importMaxBytes: number;
}
