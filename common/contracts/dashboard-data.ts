import { Type } from 'typebox';
import { FilterList, SessionWidgetSchema } from './dashboards.js';
import { DataNumber } from './errors.js';
import { Dimensions, MetricName, TimeGrain } from './widgets.js';

const Column = Type.Object({
  name: Type.String(),
  type: Type.Union([Type.Literal('number'), Type.Literal('string'), Type.Literal('boolean'), Type.Literal('date'), Type.Literal('datetime'), Type.Literal('json')]),
});
const Rows = Type.Array(Type.Record(Type.String(), Type.Unknown()));
/** false, or which cap cut the result short: the row cap or the result's size in bytes. */
const Truncated = Type.Union([Type.Literal(false), Type.Literal('rows'), Type.Literal('bytes')], {
  description: 'false when every row is here; otherwise the cap that cut the result short: "rows" (row cap) or "bytes" (result size cap)',
});

/**
 * How a KPI card or a text block reads its result, computed by the server for every face alike.
 * Charts and tables read `rows`.
 */
export const WidgetShapeSchema = Type.Union(
  [
    Type.Object({ kind: Type.Literal('text'), markdown: Type.String() }),
    Type.Object({
      kind: Type.Literal('kpi'),
      value: Type.Union([Type.Number(), Type.Null()], { description: 'The first row\'s `config.value` column, or its first numeric column' }),
      trend: Type.Optional(Type.Union([Type.Number(), Type.Null()], { description: 'Change in percent: the `config.trend` column, or against the `config.compare` column' })),
    }),
  ],
  { title: 'WidgetShape' },
);

export const WidgetDataSchema = Type.Object(
  {
    widget_id: Type.String(),
    status: Type.Union([Type.Literal('ok'), Type.Literal('error')]),
    columns: Type.Array(Column),
    rows: Rows,
    row_count: Type.Integer(),
    truncated: Truncated,
    cached_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    duration_ms: Type.Number(),
    error: Type.Union([Type.String(), Type.Null()]),
    ignored_filters: Type.Array(Type.String()),
    shape: Type.Optional(WidgetShapeSchema),
  },
  { title: 'WidgetData' },
);

export const DashboardDataSchema = Type.Object({ widgets: Type.Array(WidgetDataSchema) }, { title: 'DashboardData' });

export const FiltersQuery = Type.Object(
  { filters: Type.Optional(Type.String({ maxLength: 20_000, description: 'JSON array of {field, operator, values}; overrides saved filters on the same fields' })) },
  { additionalProperties: false },
);

/** How many levels a widget drills at most; `?drill=` holds one clicked value per level above the one shown. */
export const MAX_DRILL_LEVELS = 10;
export const DrillPath = Type.Array(Type.Union([Type.String({ maxLength: 1000 }), Type.Number(), Type.Boolean(), Type.Null()]), { maxItems: MAX_DRILL_LEVELS });

export const WidgetDataQuery = Type.Object(
  {
    filters: FiltersQuery.properties.filters,
    drill: Type.Optional(
      Type.String({
        maxLength: 10_000,
        description: 'JSON array of the values clicked so far down the widget\'s drill levels (`config.drill` of a metric widget); `[]` shows the first level',
      }),
    ),
  },
  { additionalProperties: false },
);

export const DraftWidgetDataBody = Type.Object(
  { widget: SessionWidgetSchema, filters: Type.Optional(FilterList) },
  { additionalProperties: false, title: 'DraftWidgetData' },
);

export const QueryBody = Type.Object(
  {
    source: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    sql: Type.String({ minLength: 1, maxLength: 100_000 }),
    params: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), DataNumber, Type.Boolean(), Type.Null()]))),
    filters: Type.Optional(FilterList),
  },
  { additionalProperties: false, title: 'AdHocQuery' },
);

export const MetricQueryBody = Type.Object(
  { metric: MetricName, dimensions: Type.Optional(Dimensions), time_grain: Type.Optional(TimeGrain), filters: Type.Optional(FilterList) },
  { additionalProperties: false, title: 'AdHocMetricQuery' },
);

export const QueryResultSchema = Type.Object(
  {
    columns: Type.Array(Column),
    rows: Rows,
    row_count: Type.Integer(),
    truncated: Truncated,
    cached_at: Type.String(),
    duration_ms: Type.Number(),
    ignored_filters: Type.Array(Type.String()),
  },
  { title: 'QueryResult' },
);
