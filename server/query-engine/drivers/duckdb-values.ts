import {
  DuckDBTypeId,
  arrayFromArrayValue,
  arrayFromListValue,
  booleanFromValue,
  createDuckDBValueConverter,
  dateFromTimestampMillisecondsValue,
  dateFromTimestampNanosecondsValue,
  dateFromTimestampSecondsValue,
  dateFromTimestampTZValue,
  dateFromTimestampValue,
  doubleFromDecimalValue,
  fromVariantValue,
  jsonNumberFromValue,
  jsonObjectFromIntervalValue,
  nullConverter,
  numberFromValue,
  objectArrayFromMapValue,
  objectFromStructValue,
  objectFromUnionValue,
  stringFromValue,
  unsupportedConverter,
  type DuckDBValue,
  type DuckDBValueConverter,
} from '@duckdb/node-api';
import type { ColumnType, JsonValue } from '../types.js';
import { integerToJson } from '../values.js';

type Converter = DuckDBValueConverter<JsonValue>;

const integer: Converter = (value) => (typeof value === 'bigint' ? integerToJson(value) : Number(value));

/** ISO-8601 in UTC; DuckDB's own text when the instant is outside what a JS Date holds (e.g. infinity). */
function isoTimestamp(toDate: (value: DuckDBValue) => Date): Converter {
  return (value) => {
    try {
      return toDate(value).toISOString();
    } catch {
      return String(value);
    }
  };
}

/** DuckDB values to JSON: exact integers stay numbers, dates are `YYYY-MM-DD`, timestamps ISO-8601. */
export const duckDbJsonConverter: Converter = createDuckDBValueConverter<JsonValue>({
  [DuckDBTypeId.INVALID]: unsupportedConverter,
  [DuckDBTypeId.BOOLEAN]: booleanFromValue,
  [DuckDBTypeId.TINYINT]: numberFromValue,
  [DuckDBTypeId.SMALLINT]: numberFromValue,
  [DuckDBTypeId.INTEGER]: numberFromValue,
  [DuckDBTypeId.BIGINT]: integer,
  [DuckDBTypeId.UTINYINT]: numberFromValue,
  [DuckDBTypeId.USMALLINT]: numberFromValue,
  [DuckDBTypeId.UINTEGER]: numberFromValue,
  [DuckDBTypeId.UBIGINT]: integer,
  [DuckDBTypeId.HUGEINT]: integer,
  [DuckDBTypeId.UHUGEINT]: integer,
  [DuckDBTypeId.BIGNUM]: integer,
  [DuckDBTypeId.FLOAT]: jsonNumberFromValue,
  [DuckDBTypeId.DOUBLE]: jsonNumberFromValue,
  [DuckDBTypeId.DECIMAL]: doubleFromDecimalValue,
  [DuckDBTypeId.DATE]: stringFromValue,
  [DuckDBTypeId.TIME]: stringFromValue,
  [DuckDBTypeId.TIME_NS]: stringFromValue,
  [DuckDBTypeId.TIME_TZ]: stringFromValue,
  [DuckDBTypeId.TIMESTAMP]: isoTimestamp(dateFromTimestampValue),
  [DuckDBTypeId.TIMESTAMP_S]: isoTimestamp(dateFromTimestampSecondsValue),
  [DuckDBTypeId.TIMESTAMP_MS]: isoTimestamp(dateFromTimestampMillisecondsValue),
  [DuckDBTypeId.TIMESTAMP_NS]: isoTimestamp(dateFromTimestampNanosecondsValue),
  [DuckDBTypeId.TIMESTAMP_TZ]: isoTimestamp(dateFromTimestampTZValue),
  [DuckDBTypeId.INTERVAL]: jsonObjectFromIntervalValue,
  [DuckDBTypeId.VARCHAR]: stringFromValue,
  [DuckDBTypeId.ENUM]: stringFromValue,
  [DuckDBTypeId.UUID]: stringFromValue,
  [DuckDBTypeId.BLOB]: stringFromValue,
  [DuckDBTypeId.BIT]: stringFromValue,
  [DuckDBTypeId.GEOMETRY]: stringFromValue,
  [DuckDBTypeId.LIST]: arrayFromListValue,
  [DuckDBTypeId.ARRAY]: arrayFromArrayValue,
  [DuckDBTypeId.STRUCT]: objectFromStructValue,
  [DuckDBTypeId.MAP]: objectArrayFromMapValue,
  [DuckDBTypeId.UNION]: objectFromUnionValue,
  [DuckDBTypeId.VARIANT]: fromVariantValue,
  [DuckDBTypeId.SQLNULL]: nullConverter,
  [DuckDBTypeId.ANY]: unsupportedConverter,
  [DuckDBTypeId.STRING_LITERAL]: stringFromValue,
  [DuckDBTypeId.INTEGER_LITERAL]: integer,
});

const NUMBER_TYPES = new Set([
  DuckDBTypeId.TINYINT, DuckDBTypeId.SMALLINT, DuckDBTypeId.INTEGER, DuckDBTypeId.BIGINT, DuckDBTypeId.UTINYINT,
  DuckDBTypeId.USMALLINT, DuckDBTypeId.UINTEGER, DuckDBTypeId.UBIGINT, DuckDBTypeId.HUGEINT, DuckDBTypeId.UHUGEINT,
  DuckDBTypeId.BIGNUM, DuckDBTypeId.FLOAT, DuckDBTypeId.DOUBLE, DuckDBTypeId.DECIMAL, DuckDBTypeId.INTEGER_LITERAL,
]);
const DATETIME_TYPES = new Set([
  DuckDBTypeId.TIMESTAMP, DuckDBTypeId.TIMESTAMP_S, DuckDBTypeId.TIMESTAMP_MS, DuckDBTypeId.TIMESTAMP_NS,
  DuckDBTypeId.TIMESTAMP_TZ,
]);
const JSON_TYPES = new Set([
  DuckDBTypeId.LIST, DuckDBTypeId.ARRAY, DuckDBTypeId.STRUCT, DuckDBTypeId.MAP, DuckDBTypeId.UNION,
  DuckDBTypeId.VARIANT, DuckDBTypeId.INTERVAL,
]);

export function duckDbColumnType(typeId: DuckDBTypeId): ColumnType {
  if (NUMBER_TYPES.has(typeId)) return 'number';
  if (DATETIME_TYPES.has(typeId)) return 'datetime';
  if (typeId === DuckDBTypeId.DATE) return 'date';
  if (typeId === DuckDBTypeId.BOOLEAN) return 'boolean';
  if (JSON_TYPES.has(typeId)) return 'json';
  return 'string';
}
