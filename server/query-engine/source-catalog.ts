import type { DataSourceKind, JsonValue } from './types.js';

/**
 * What a data source holds, read from the engine's own catalog: one row per column, in table
 * order. Queried through the source's driver like any widget SQL, so it is read-only and bound by
 * the source's statement timeout; the SQL here is fixed, nothing of the request is spliced in.
 */
const CATALOG_SQL: Record<DataSourceKind, string> = {
  duckdb: `SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns()
    WHERE NOT internal AND database_name = current_database()
    ORDER BY schema_name, table_name, column_index`,
  postgres: `SELECT table_schema AS schema_name, table_name, column_name, data_type FROM information_schema.columns
    WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg\\_%'
    ORDER BY table_schema, table_name, ordinal_position`,
  sqlite: `SELECT NULL AS schema_name, m.name AS table_name, p.name AS column_name, p.type AS data_type
    FROM sqlite_master AS m, pragma_table_info(m.name) AS p
    WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
    ORDER BY m.name, p.cid`,
};

/** The schema a name resolves in without qualification; tables there are listed without it. */
const DEFAULT_SCHEMA: Record<DataSourceKind, string | null> = { duckdb: 'main', postgres: 'public', sqlite: null };

export function catalogSql(kind: DataSourceKind): string {
  return CATALOG_SQL[kind];
}

export interface CatalogTable {
  schema?: string;
  name: string;
  columns: { name: string; type: string }[];
}

export interface SourceCatalog {
  tables: CatalogTable[];
  /** Some tables or columns were left out to keep the listing bounded. */
  truncated: boolean;
}

export interface CatalogLimits {
  maxTables: number;
  maxColumns: number;
}

/** Groups catalog rows (schema, table, column, type) into tables, within the limits. */
export function groupCatalog(kind: DataSourceKind, rows: Record<string, JsonValue>[], limits: CatalogLimits, cutByDriver: boolean): SourceCatalog {
  const tables: CatalogTable[] = [];
  let truncated = cutByDriver || rows.length > limits.maxColumns;
  let current: CatalogTable | undefined;
  let currentKey = '';
  for (const { schema_name: schema, table_name: table, column_name: column, data_type: type } of rows.slice(0, limits.maxColumns)) {
    const key = JSON.stringify([schema, table]);
    if (key !== currentKey) {
      if (tables.length >= limits.maxTables) {
        truncated = true;
        break;
      }
      currentKey = key;
      current = { ...(typeof schema === 'string' && schema !== DEFAULT_SCHEMA[kind] ? { schema } : {}), name: String(table), columns: [] };
      tables.push(current);
    }
    current?.columns.push({ name: String(column), type: typeof type === 'string' ? type : '' });
  }
  return { tables, truncated };
}
