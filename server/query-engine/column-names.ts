/**
 * Column names clients can use as keys and chart axes: what the engine calls `sum(revenue)` becomes
 * `sum_revenue`, whatever the spelling in the SQL.
 */

/** Engine-generated names that mean "no name given". */
const UNNAMED = new Set(['?column?']);

/** DuckDB names COUNT(*) `count_star()`; SQLite and PostgreSQL give `count`. One name everywhere. */
const ALIASES = new Map([['count_star', 'count']]);

export function columnIdentifier(raw: string, position: number): string {
  const fallback = `column_${position}`;
  if (UNNAMED.has(raw)) return fallback;
  const name = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (name === '') return fallback;
  if (/^[0-9]/.test(name)) return `column_${name}`;
  return ALIASES.get(name) ?? name;
}

/** Stable identifiers for a result's columns, de-duplicated with `_2`, `_3`, ... suffixes. */
export function columnIdentifiers(rawNames: string[]): string[] {
  const taken = new Set<string>();
  return rawNames.map((raw, index) => {
    const base = columnIdentifier(raw, index + 1);
    let name = base;
    for (let suffix = 2; taken.has(name); suffix += 1) name = `${base}_${suffix}`;
    taken.add(name);
    return name;
  });
}
