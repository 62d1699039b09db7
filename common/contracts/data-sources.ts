import { Type } from 'typebox';

const Kind = Type.Union([Type.Literal('duckdb'), Type.Literal('sqlite'), Type.Literal('postgres')]);

export const DataSourceInfo = Type.Object(
  {
    name: Type.String(),
    kind: Kind,
    /** Declared in tessera.config.ts (or the demo): visible to every tenant, not editable here. */
    managed: Type.Boolean(),
    timeout_ms: Type.Union([Type.Integer(), Type.Null()]),
    url: Type.Optional(Type.String({ description: 'Shown to admins only; passwords are masked' })),
  },
  { title: 'DataSource' },
);

export const DataSourceList = Type.Object({ items: Type.Array(DataSourceInfo) }, { title: 'DataSourceList' });

export const CreateDataSourceBody = Type.Object(
  {
    name: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_-]{0,63}$' }),
    kind: Kind,
    url: Type.String({ minLength: 1, maxLength: 2000, description: 'duckdb, sqlite: a file name inside the tenant\'s folder `<data dir>/sources/<tenant>/` (no `..`, no absolute paths, no symlinks leading out, no hard links); postgres: a postgres:// URL to a host the server\'s dataSourcePolicy allows (never the metadata database; only sslmode, application_name and connect_timeout parameters)' }),
    timeout_ms: Type.Optional(Type.Union([Type.Integer({ minimum: 100, maximum: 600_000 }), Type.Null()])),
  },
  { additionalProperties: false, title: 'CreateDataSource' },
);

export const UpdateDataSourceBody = Type.Object(
  {
    url: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
    timeout_ms: Type.Optional(Type.Union([Type.Integer({ minimum: 100, maximum: 600_000 }), Type.Null()])),
  },
  { additionalProperties: false, title: 'UpdateDataSource' },
);

export const SourceNameParams = Type.Object({ name: Type.String({ minLength: 1, maxLength: 64 }) });

export const DataSourceSchema = Type.Object(
  {
    source: Type.String(),
    tables: Type.Array(
      Type.Object({
        schema: Type.Optional(Type.String({ description: "Left out for the source's default schema (DuckDB main, PostgreSQL public, SQLite)" })),
        name: Type.String(),
        columns: Type.Array(Type.Object({ name: Type.String(), type: Type.String({ description: "The engine's own type name" }) })),
      }),
    ),
    truncated: Type.Boolean({ description: 'More than 500 tables or 10,000 columns: the rest were left out' }),
  },
  { title: 'DataSourceSchema' },
);
