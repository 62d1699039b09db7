import { badRequest } from './query-refusal.js';
import { significant, tokenize, type Token } from './sql-tokenizer.js';

/**
 * Widget SQL is read-only. The engines enforce that too (read-only files, read-only transactions,
 * DuckDB external access off); the guard is the first wall and the one that gives a clear message
 * when a widget is saved.
 */

const FIRST_KEYWORDS = new Set(['SELECT', 'WITH', 'VALUES', 'FROM']);

const FORBIDDEN_KEYWORDS = new Set([
  'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'CREATE', 'DROP', 'ALTER', 'TRUNCATE', 'ATTACH', 'DETACH',
  'COPY', 'PRAGMA', 'INSTALL', 'LOAD', 'EXPORT', 'IMPORT', 'SET', 'RESET', 'CALL', 'CHECKPOINT',
  'VACUUM', 'GRANT', 'REVOKE',
  // PostgreSQL's SELECT ... INTO creates a table.
  'INTO',
]);

/** Functions that reach files, the network, other databases, or run SQL text the guard never saw. */
const FORBIDDEN_FUNCTIONS = new Set([
  'glob', 'sqlite_scan', 'sqlite_attach', 'query', 'query_table', 'load_extension', 'readfile',
  'writefile', 'edit', 'fts3_tokenizer', 'set_config', 'pg_stat_file', 'pg_terminate_backend',
  'pg_cancel_backend', 'pg_reload_conf', 'pg_rotate_logfile', 'st_read', 'st_readosm', 'st_read_meta',
  'query_to_xml', 'query_to_xmlschema', 'query_to_xml_and_xmlschema', 'cursor_to_xml',
  'cursor_to_xmlschema', 'table_to_xml', 'database_to_xml', 'schema_to_xml',
]);

const FORBIDDEN_FUNCTION_PREFIXES = [
  'read_', 'parquet_', 'postgres_', 'mysql_', 'iceberg_', 'delta_', 'http', 'pg_read_', 'pg_ls_',
  'lo_', 'dblink',
];

export interface GuardedSql {
  /** The statement without its trailing `;` and whatever comments followed it. */
  sql: string;
  tokens: Token[];
}

function refuse(message: string): never {
  throw badRequest(message, 'SQL_NOT_ALLOWED');
}

function isForbiddenFunction(name: string): boolean {
  const lower = name.toLowerCase();
  return FORBIDDEN_FUNCTIONS.has(lower) || FORBIDDEN_FUNCTION_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function checkWords(code: Token[]): void {
  code.forEach((token, index) => {
    const previous = code[index - 1];
    const next = code[index + 1];
    const isName = token.kind === 'word' || token.kind === 'quoted_identifier';
    if (isName && next?.text === '(') {
      const name = token.kind === 'word' ? token.text : token.value;
      if (isForbiddenFunction(name)) refuse(`SQL is not allowed to use ${name.toLowerCase()}`);
    }
    // A qualified name such as `t.load` is a column, never a statement keyword.
    if (token.kind === 'word' && previous?.text !== '.' && FORBIDDEN_KEYWORDS.has(token.value)) {
      refuse(`SQL is not allowed to use ${token.value}`);
    }
    if (token.kind === 'positional_parameter') {
      refuse(`SQL is not allowed to use positional parameters such as ${token.text}; use named ones such as $region`);
    }
    if (token.kind === 'string' && previous?.kind === 'word' && (previous.value === 'FROM' || previous.value === 'JOIN')) {
      refuse(`SQL is not allowed to read a file or URL as a table (${previous.value} ${token.text})`);
    }
  });
}

/** Throws a 400 DomainError naming what is refused; returns the statement ready for expansion. */
export function guardSql(sql: string): GuardedSql {
  const tokens = tokenize(sql);
  const code = significant(tokens);
  if (code.length === 0) refuse('SQL is empty');

  checkWords(code);

  const semicolon = code.findIndex((token) => token.text === ';');
  if (semicolon >= 0 && semicolon < code.length - 1) refuse('SQL must be a single statement');

  const first = code.find((token) => token.text !== '(');
  if (!first || first.kind !== 'word' || !FIRST_KEYWORDS.has(first.value)) {
    refuse(`SQL must be a query starting with SELECT, WITH, VALUES or FROM (found ${first?.text ?? 'nothing'})`);
  }

  if (semicolon < 0) return { sql, tokens };
  const cut = tokens.lastIndexOf(code[semicolon] as Token);
  const kept = tokens.slice(0, cut);
  return { sql: kept.map((token) => token.text).join(''), tokens: kept };
}
