import { useState } from 'react';
import { errorMessage, isApiError } from '../../api/errors.js';
import type { ResultSet } from '../../charts/types.js';
import type { Filter } from '../types.js';
import { useRunQuery } from '../widgetQueries.js';
import { useRunMetricQuery } from './editorQueries.js';
import type { Preview } from './PreviewPanel.js';
import type { SqlErrorMark } from './SqlEditor.js';
import { parseStaticData, staticResult, type WidgetDraft } from './widgetDraft.js';

/** What a run depends on: a preview is current while none of it changed. */
function previewKey(draft: WidgetDraft, filters: Filter[]): string {
  if (draft.mode === 'static') return JSON.stringify(['static', draft.staticJson]);
  if (draft.mode === 'metric') return JSON.stringify(['metric', draft.metric, draft.dimensions, draft.timeGrain, filters]);
  return JSON.stringify(['sql', draft.source, draft.sql, filters]);
}

function errorMark(error: unknown): SqlErrorMark | null {
  const line = isApiError(error) ? error.body?.line : undefined;
  if (typeof line !== 'number') return null;
  const column = isApiError(error) ? error.body?.column : undefined;
  return { message: errorMessage(error), line, column: typeof column === 'number' ? column : undefined };
}

/**
 * The widget editor's preview: runs the draft's SQL, metric or static rows without saving, and
 * remembers whether the last run of the draft as it is now worked (`lastRun`; null when the draft
 * changed since), which saving asks before it saves a query that fails.
 */
export function useWidgetPreview(draft: WidgetDraft, filters: Filter[], onResult: (result: ResultSet) => void) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [failure, setFailure] = useState<{ message: string; mark: SqlErrorMark | null } | null>(null);
  const [ran, setRan] = useState<{ key: string; ok: boolean } | null>(null);
  const runSql = useRunQuery();
  const runMetric = useRunMetricQuery();
  const key = previewKey(draft, filters);

  const run = async (): Promise<boolean> => {
    setFailure(null);
    const succeed = (result: ResultSet, meta: Omit<Preview, 'result'>) => {
      setPreview({ result, ...meta });
      setRan({ key, ok: true });
      onResult(result);
      return true;
    };
    // A chart of the previous query under the new query's error would read as its result.
    const fail = (message: string, mark: SqlErrorMark | null = null) => {
      setPreview(null);
      setFailure({ message, mark });
      setRan({ key, ok: false });
      return false;
    };
    if (draft.mode === 'static') {
      const rows = parseStaticData(draft.staticJson);
      return typeof rows === 'string' ? fail(rows) : succeed(staticResult(rows), { rowCount: rows.length, durationMs: null, truncated: false });
    }
    const withFilters = filters.length ? { filters } : {};
    try {
      if (draft.mode === 'metric') {
        if (!draft.metric) return fail('Pick a metric first.');
        const result = await runMetric.mutateAsync({ metric: draft.metric, dimensions: draft.dimensions, time_grain: draft.timeGrain, ...withFilters });
        return succeed(result, { rowCount: result.row_count, durationMs: result.duration_ms, truncated: result.truncated });
      }
      if (!draft.source || !draft.sql.trim()) return fail('Pick a data source and write the SQL first.');
      const result = await runSql.mutateAsync({ source: draft.source, sql: draft.sql, ...withFilters });
      return succeed(result, { rowCount: result.row_count, durationMs: result.duration_ms, truncated: result.truncated });
    } catch (error) {
      return fail(errorMessage(error), errorMark(error));
    }
  };

  return {
    preview,
    error: failure?.message ?? null,
    errorMark: failure?.mark ?? null,
    running: runSql.isPending || runMetric.isPending,
    run,
    /** Whether the draft as it is now ran fine (true), failed (false), or has not run (null). */
    lastRun: ran?.key === key ? ran.ok : null,
  };
}
