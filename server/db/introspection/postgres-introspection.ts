import { sql, type Kysely } from 'kysely';
import { kindOfType, type ColumnSchema, type TableSchema } from './table-schema.js';

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: string;
  column_default: string | null;
  is_identity: string;
  character_maximum_length: number | null;
}
interface ConstraintRow {
  table_name: string;
  kind: 'p' | 'u' | 'f' | 'c';
  columns: string[];
  foreign_table: string | null;
  foreign_columns: string[] | null;
  definition: string;
}

/**
 * Reads one schema of a PostgreSQL database (`public` unless told) from information_schema and
 * pg_catalog, in three queries whatever the number of tables.
 */
export async function introspectPostgres(db: Kysely<unknown>, schema = 'public'): Promise<TableSchema[]> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = ${schema} and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const columns = await sql<ColumnRow>`
    select table_name, column_name, data_type, udt_name, is_nullable, column_default, is_identity, character_maximum_length
    from information_schema.columns where table_schema = ${schema}
    order by table_name, ordinal_position`.execute(db);
  const enums = await sql<{ name: string; labels: string[] }>`
    select t.typname as name, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
    from pg_type t join pg_enum e on e.enumtypid = t.oid
    join pg_namespace n on n.oid = t.typnamespace
    group by t.typname`.execute(db);
  // Constraint columns in key order, resolved to names (conkey/confkey hold attribute numbers).
  const constraints = await sql<ConstraintRow>`
    select rel.relname as table_name, con.contype as kind,
      array(select att.attname::text from unnest(con.conkey) with ordinality k(num, ord)
            join pg_attribute att on att.attrelid = con.conrelid and att.attnum = k.num order by k.ord) as columns,
      frel.relname as foreign_table,
      case when con.confrelid = 0 then null else
        array(select att.attname::text from unnest(con.confkey) with ordinality k(num, ord)
              join pg_attribute att on att.attrelid = con.confrelid and att.attnum = k.num order by k.ord) end as foreign_columns,
      pg_get_constraintdef(con.oid) as definition
    from pg_constraint con
    join pg_class rel on rel.oid = con.conrelid
    join pg_namespace ns on ns.oid = rel.relnamespace
    left join pg_class frel on frel.oid = con.confrelid
    where ns.nspname = ${schema} and con.contype in ('p', 'u', 'f', 'c')
    order by rel.relname, con.conname`.execute(db);

  const enumValues = new Map(enums.rows.map((e) => [e.name, e.labels]));
  return tables.rows.map(({ table_name: table }) => {
    const own = constraints.rows.filter((c) => c.table_name === table);
    return {
      name: table,
      columns: columns.rows.filter((c) => c.table_name === table).map((c) => columnOf(c, enumValues.get(c.udt_name))),
      primaryKey: own.find((c) => c.kind === 'p')?.columns ?? [],
      foreignKeys: own.filter((c) => c.kind === 'f').map((c) => ({ columns: c.columns, table: c.foreign_table ?? '', referencedColumns: c.foreign_columns ?? [] })),
      uniques: own.filter((c) => c.kind === 'u').map((c) => c.columns),
      checks: own.filter((c) => c.kind === 'c').map((c) => c.definition),
    };
  });
}

function columnOf(row: ColumnRow, enumValues: string[] | undefined): ColumnSchema {
  const isArray = row.data_type === 'ARRAY';
  const dbType = row.data_type === 'USER-DEFINED' || isArray ? row.udt_name : row.data_type;
  return {
    name: row.column_name,
    kind: enumValues ? 'string' : isArray ? 'json' : kindOfType(dbType),
    dbType,
    nullable: row.is_nullable === 'YES',
    defaultValue: row.column_default,
    generated: row.is_identity === 'YES' || /^nextval\(/.test(row.column_default ?? ''),
    ...(row.character_maximum_length !== null ? { maxLength: Number(row.character_maximum_length) } : {}),
    ...(enumValues ? { enumValues } : {}),
  };
}
