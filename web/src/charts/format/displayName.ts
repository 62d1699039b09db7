/**
 * Display names guessed from column names, for columns whose author gave none:
 * `sum_revenue` → "Revenue", `avg_order_value` → "Avg order value", `customer_id` → "Customer ID".
 *
 * Rules: words split at `_`, `-`, spaces and camelCase humps; a leading `sum` is dropped, since the
 * engine names `SUM(revenue)` `sum_revenue` and a total of revenue reads as revenue (other
 * aggregates change the meaning and stay); `pct` and `percent` read "%"; known abbreviations are
 * upper case; the rest is sentence case. A name with nothing left keeps its own spelling.
 */

const ABBREVIATIONS = new Set(['id', 'url', 'mrr', 'arr', 'kpi', 'sku', 'usd', 'eur', 'gbp', 'api', 'ip', 'utc', 'csv', 'roi', 'ltv', 'cac', 'aov', 'yoy', 'mom', 'ctr', 'cpc', 'cpm', 'nps', 'uuid']);
const PERCENT_WORDS = new Set(['pct', 'percent']);
const DROPPED_PREFIXES = new Set(['sum']);

export function words(name: string): string[] {
  // A name in capitals throughout (ORDER_COUNT) has no humps to split at.
  const spelled = /[a-z]/.test(name) ? name : name.toLowerCase();
  return spelled
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .filter(Boolean);
}

export function guessDisplayName(name: string): string {
  let parts = words(name);
  if (parts.length > 1 && DROPPED_PREFIXES.has(parts[0]!.toLowerCase())) parts = parts.slice(1);
  if (parts.length === 0) return name;
  return parts
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (ABBREVIATIONS.has(lower)) return lower.toUpperCase();
      if (PERCENT_WORDS.has(lower)) return '%';
      // An all-capitals word from camelCase or SQL (e.g. "EU") keeps its capitals.
      if (word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word)) return word;
      return index === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}
