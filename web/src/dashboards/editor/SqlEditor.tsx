import { autocompletion } from '@codemirror/autocomplete';
import { PostgreSQL, SQLite, StandardSQL, sql, type SQLDialect } from '@codemirror/lang-sql';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState, Prec, type Extension } from '@codemirror/state';
import { oneDark } from '@codemirror/theme-one-dark';
import { EditorView, keymap, placeholder as placeholderText } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { useEffect, useRef } from 'react';
import type { SourceSchema } from './editorQueries.js';
import { columnCompletions, sqlNamespace } from './sqlCompletions.js';

export interface SqlErrorMark {
  message: string;
  line: number;
  column?: number | undefined;
}

export interface SqlEditorProps {
  value: string;
  onChange: (sql: string) => void;
  /** Ctrl+Enter / Cmd+Enter. */
  onRun: () => void;
  /** The source's engine; DuckDB speaks close enough to PostgreSQL for highlighting and keywords. */
  kind: 'duckdb' | 'sqlite' | 'postgres' | null;
  tables: SourceSchema['tables'];
  /** The last run's error, marked where the database placed it. */
  error: SqlErrorMark | null;
  dark: boolean;
  describedBy?: string | undefined;
}

const DIALECTS: Record<NonNullable<SqlEditorProps['kind']>, SQLDialect> = { duckdb: PostgreSQL, postgres: PostgreSQL, sqlite: SQLite };

const frame = EditorView.theme({
  '&': { fontSize: '13px', minHeight: '160px', maxHeight: '380px', borderRadius: 'var(--mantine-radius-sm)' },
  '&.cm-focused': { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: '-1px' },
  '.cm-scroller': { fontFamily: 'var(--mantine-font-family-monospace)', overflow: 'auto', minHeight: '160px' },
  '.cm-gutters': { borderTopLeftRadius: 'var(--mantine-radius-sm)', borderBottomLeftRadius: 'var(--mantine-radius-sm)' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { maxWidth: 'min(420px, 80vw)' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { background: 'var(--mantine-primary-color-filled)', color: 'var(--mantine-primary-color-contrast)' },
});

function language(kind: SqlEditorProps['kind'], tables: SourceSchema['tables']): Extension {
  const support = sql({ dialect: kind ? DIALECTS[kind] : StandardSQL, schema: sqlNamespace(tables), upperCaseKeywords: true });
  return [support, support.language.data.of({ autocomplete: columnCompletions(tables) })];
}

function diagnostics(state: EditorState, error: SqlErrorMark | null): Diagnostic[] {
  if (!error || error.line < 1 || error.line > state.doc.lines) return [];
  const line = state.doc.line(error.line);
  const from = Math.min(line.to, line.from + Math.max(0, (error.column ?? 1) - 1));
  // The word the database pointed at, or the whole line when it named no column.
  const word = error.column ? /^[\p{L}\p{N}_$."]+/u.exec(state.sliceDoc(from, line.to))?.[0] : undefined;
  const to = word ? from + word.length : line.to;
  return [{ from: error.column ? from : line.from, to: Math.max(to, from), severity: 'error', message: error.message }];
}

/** The widget editor's SQL input: CodeMirror 6, loaded only when a SQL widget is edited. */
export default function SqlEditor({ value, onChange, onRun, kind, tables, error, dark, describedBy }: SqlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const handlers = useRef({ onChange, onRun });
  handlers.current = { onChange, onRun };
  const compartments = useRef({ language: new Compartment(), theme: new Compartment() });

  useEffect(() => {
    const { language: languageSlot, theme } = compartments.current;
    const created = new EditorView({
      parent: host.current as HTMLDivElement,
      state: EditorState.create({
        doc: value,
        extensions: [
          Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (handlers.current.onRun(), true), preventDefault: true }])),
          basicSetup,
          // The icons are glyphs many system fonts lack; the detail beside each option says what it is.
          autocompletion({ icons: false }),
          lintGutter(),
          placeholderText('SELECT …'),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-label': 'SQL',
            ...(describedBy ? { 'aria-describedby': describedBy } : {}),
            // Escape closes the completions here; Mantine's dialog around the editor (and the draft) stays open.
            'data-mantine-stop-propagation': 'true',
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) handlers.current.onChange(update.state.doc.toString());
          }),
          frame,
          languageSlot.of(language(kind, tables)),
          theme.of(dark ? oneDark : []),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The view is made once; later prop changes reconfigure it below.
  }, []);

  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== value) {
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.current.language.reconfigure(language(kind, tables)) });
  }, [kind, tables]);

  useEffect(() => {
    view.current?.dispatch({ effects: compartments.current.theme.reconfigure(dark ? oneDark : []) });
  }, [dark]);

  useEffect(() => {
    const current = view.current;
    if (current) current.dispatch(setDiagnostics(current.state, diagnostics(current.state, error)));
  }, [error]);

  return <div ref={host} data-testid="sql-editor" />;
}
