import { Type } from 'typebox';
import { MAX_VERSION } from './errors.js';

/** A place on the 12-column grid; `x + width ≤ 12` is checked by the service. */
export const GridPosition = {
  x: Type.Integer({ minimum: 0, maximum: 11, description: 'Column 0–11' }),
  y: Type.Integer({ minimum: 0, maximum: 10_000 }),
  width: Type.Integer({ minimum: 1, maximum: 12, description: '1–12; x + width ≤ 12' }),
  height: Type.Integer({ minimum: 1, maximum: 24, description: '1–24 grid rows' }),
};

export const PositionSchema = Type.Object(GridPosition, { additionalProperties: false, title: 'Position' });

// Field schemas both faces use, each under its own casing, so their limits cannot drift apart.
export const CacheTtl = Type.Integer({ minimum: 0, maximum: 7 * 86_400, description: 'Seconds a result may be served from the cache; 0 = never' });
export const SqlText = Type.String({ minLength: 1, maxLength: 100_000 });
export const SourceName = Type.String({ minLength: 1, maxLength: 128, description: 'Data source name; the default source when absent' });
export const MetricName = Type.String({ minLength: 1, maxLength: 128 });
export const Dimensions = Type.Array(Type.String({ maxLength: 128 }), { maxItems: 10 });
export const TimeGrain = Type.Union([Type.Literal('day'), Type.Literal('week'), Type.Literal('month'), Type.Literal('quarter'), Type.Literal('year'), Type.Null()]);
export const InlineRows = Type.Array(Type.Record(Type.String(), Type.Unknown()), { maxItems: 10_000 });
export const WidgetTitle = Type.String({ minLength: 1, maxLength: 200 });
export const WidgetTypeName = Type.String({ minLength: 1, maxLength: 64 });
export const WidgetConfig = Type.Record(Type.String(), Type.Unknown());
export const BasedOnVersion = Type.Integer({ minimum: 1, maximum: MAX_VERSION, description: 'The dashboard version this change is based on' });


export const SqlDataSource = Type.Object(
  {
    sql: SqlText,
    source: Type.Optional(SourceName),
    cache_ttl_seconds: Type.Optional(CacheTtl),
  },
  { additionalProperties: false, title: 'SqlDataSource' },
);

export const MetricDataSource = Type.Object(
  {
    metric: MetricName,
    dimensions: Type.Optional(Dimensions),
    time_grain: Type.Optional(TimeGrain),
    cache_ttl_seconds: Type.Optional(CacheTtl),
  },
  { additionalProperties: false, title: 'MetricDataSource' },
);

export const StaticDataSource = Type.Object(
  { data: InlineRows },
  { additionalProperties: false, title: 'StaticDataSource' },
);

export const DataSourceSchema = Type.Union([SqlDataSource, MetricDataSource, StaticDataSource]);

export const WidgetId = Type.String({ pattern: '^[A-Za-z0-9_.-]{1,64}$', description: 'Unique within the dashboard' });

export const CreateWidgetBody = Type.Object(
  {
    id: Type.Optional(WidgetId),
    name: WidgetTitle,
    widget_type: WidgetTypeName,
    position: PositionSchema,
    data_source: Type.Optional(Type.Union([DataSourceSchema, Type.Null()])),
    config: Type.Optional(WidgetConfig),
    version: Type.Optional(BasedOnVersion),
  },
  { additionalProperties: false, title: 'CreateWidget' },
);

export const UpdateWidgetBody = Type.Object(
  {
    name: Type.Optional(WidgetTitle),
    widget_type: Type.Optional(WidgetTypeName),
    position: Type.Optional(PositionSchema),
    data_source: Type.Optional(Type.Union([DataSourceSchema, Type.Null()])),
    config: Type.Optional(WidgetConfig),
    version: Type.Optional(BasedOnVersion),
  },
  { additionalProperties: false, title: 'UpdateWidget' },
);

export const WidgetSchema = Type.Object(
  {
    id: Type.String(),
    dashboard_id: Type.String(),
    name: Type.String(),
    widget_type: Type.String(),
    position: Type.Object({ x: Type.Integer(), y: Type.Integer(), width: Type.Integer(), height: Type.Integer() }),
    data_source: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
    config: Type.Record(Type.String(), Type.Unknown()),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
  },
  { title: 'Widget' },
);

export const WidgetParams = Type.Object({ dashboard_id: Type.String({ minLength: 1, maxLength: 64 }), widget_id: Type.String({ minLength: 1, maxLength: 64 }) });

export const WidgetTypeList = Type.Object(
  {
    items: Type.Array(
      Type.Object({ type: Type.String(), visualization: Type.String(), label: Type.String(), category: Type.String(), config: Type.Record(Type.String(), Type.Unknown()) }),
    ),
  },
  { title: 'WidgetTypeList' },
);
