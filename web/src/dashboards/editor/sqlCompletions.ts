import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { SQLNamespace } from '@codemirror/lang-sql';
import type { SourceSchema } from './editorQueries.js';

type Table = SourceSchema['tables'][number];

const qualified = (table: Table) => (table.schema ? `${table.schema}.${table.name}` : table.name);

/** The listing as lang-sql's namespace: `table.` and `schema.table.` complete their columns. */
export function sqlNamespace(tables: readonly Table[]): SQLNamespace {
  const namespace: Record<string, SQLNamespace> = {};
  for (const table of tables) {
    const columns = table.columns.map((column): Completion => ({ label: column.name, type: 'property', detail: column.type }));
    if (!table.schema) {
      namespace[table.name] = columns;
      continue;
    }
    const schema = (namespace[table.schema] ??= {}) as Record<string, SQLNamespace>;
    schema[table.name] = columns;
  }
  return namespace;
}

const WORD = /[\p{L}_][\p{L}\p{N}_$]*$/u;

/**
 * Columns without their table, which lang-sql completes only after `table.`: the columns of the
 * tables the statement names, or of every table while it names none yet, each with the tables
 * that have it beside it.
 */
export function columnCompletions(tables: readonly Table[]) {
  return (context: CompletionContext): CompletionResult | null => {
    const word = context.matchBefore(WORD);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    if (context.state.sliceDoc(word.from - 1, word.from) === '.') return null;
    const text = context.state.doc.toString().toLowerCase();
    const named = tables.filter((table) => new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRegExp(qualified(table).toLowerCase())}($|[^\\p{L}\\p{N}_])`, 'u').test(text));
    const offered = named.length > 0 ? named : tables;
    // One option per name, saying which tables have it: picking inserts the same text either way.
    const byName = new Map<string, { tables: string[]; types: Set<string> }>();
    for (const table of offered) {
      for (const column of table.columns) {
        const entry = byName.get(column.name) ?? { tables: [], types: new Set<string>() };
        entry.tables.push(qualified(table));
        entry.types.add(column.type);
        byName.set(column.name, entry);
      }
    }
    const options = [...byName].map(([name, entry]): Completion => {
      const where = entry.tables.length > 3 ? `${entry.tables.slice(0, 3).join(', ')} +${entry.tables.length - 3}` : entry.tables.join(', ');
      const type = entry.types.size === 1 ? ` · ${[...entry.types][0]}` : '';
      return { label: name, type: 'property', detail: `${where}${type}`, boost: named.length > 0 ? 1 : 0 };
    });
    return { from: word.from, options, validFor: /^[\p{L}\p{N}_$]*$/u };
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
