import pg from 'pg';
import type { ColumnType } from '../types.js';
import { decimalTextToJson, integerToJson } from '../values.js';

const NAMES: Record<number, string> = {
  16: 'bool', 17: 'bytea', 18: 'char', 19: 'name', 20: 'int8', 21: 'int2', 23: 'int4', 25: 'text', 26: 'oid',
  114: 'json', 700: 'float4', 701: 'float8', 790: 'money', 1042: 'bpchar', 1043: 'varchar', 1082: 'date',
  1083: 'time', 1114: 'timestamp', 1184: 'timestamptz', 1186: 'interval', 1266: 'timetz', 1700: 'numeric',
  2950: 'uuid', 3802: 'jsonb',
};

const NUMBER_OIDS = new Set([20, 21, 23, 26, 700, 701, 1700]);
const ARRAY_OIDS = new Set([
  199, 1000, 1001, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028, 1115, 1182, 1183, 1185, 1187, 1231, 1270,
  2951, 3807,
]);

export function postgresTypeName(oid: number): string {
  return NAMES[oid] ?? (ARRAY_OIDS.has(oid) ? `array(oid ${oid})` : `oid ${oid}`);
}

export function postgresColumnType(oid: number): ColumnType {
  if (NUMBER_OIDS.has(oid)) return 'number';
  if (oid === 16) return 'boolean';
  if (oid === 1082) return 'date';
  if (oid === 1114 || oid === 1184) return 'datetime';
  if (oid === 114 || oid === 3802 || ARRAY_OIDS.has(oid)) return 'json';
  return 'string';
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)(?:([+-]\d{2})(?::?(\d{2}))?)?$/;

/** PostgreSQL's timestamp text to ISO-8601; a timestamp without zone is read as UTC, like DuckDB's. */
function isoTimestamp(text: string): string {
  const match = TIMESTAMP.exec(text);
  if (!match) return text; // infinity, BC dates, second-level offsets: PostgreSQL's own spelling
  const [, day, time, offsetHours, offsetMinutes] = match;
  const zone = offsetHours ? `${offsetHours}:${offsetMinutes ?? '00'}` : 'Z';
  const date = new Date(`${day}T${time}${zone}`);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

const asText = (text: string) => text;

/**
 * Parsers that keep values JSON-safe and time-zone independent: pg's defaults turn int8 and numeric
 * into strings always, and dates into local-time Date objects.
 */
const PARSERS: Record<number, (text: string) => unknown> = {
  17: asText,
  20: (text) => integerToJson(BigInt(text)),
  790: asText,
  1082: asText,
  1083: asText,
  1114: isoTimestamp,
  1184: isoTimestamp,
  1186: asText,
  1266: asText,
  1700: decimalTextToJson,
};

export const postgresTypeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    (format ?? 'text') === 'text' && PARSERS[oid] ? PARSERS[oid] : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};
