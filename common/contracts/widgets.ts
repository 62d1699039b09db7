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

const Ttl = Type.Integer({ minimum: 0, maximum: 7 * 86_400, description: 'Seconds a result may be served from the cache; 0 = never' });

export const SqlDataSource = Type.Object(
  {
    sql: Type.String({ minLength: 1, maxLength: 100_000 }),
    source: Type.Optional(Type.String({ minLength: 1, maxLength: 128, description: 'Data source name; the default source when absent' })),
    cache_ttl_seconds: Type.Optional(Ttl),
  },
  { additionalProperties: false, title: 'SqlDataSource' },
);

export const MetricDataSource = Type.Object(
  {
    metric: Type.String({ minLength: 1, maxLength: 128 }),
    dimensions: Type.Optional(Type.Array(Type.String({ maxLength: 128 }), { maxItems: 10 })),
    time_grain: Type.Optional(
      Type.Union([Type.Literal('day'), Type.Literal('week'), Type.Literal('month'), Type.Literal('quarter'), Type.Literal('year'), Type.Null()]),
    ),
    cache_ttl_seconds: Type.Optional(Ttl),
  },
  { additionalProperties: false, title: 'MetricDataSource' },
);

export const StaticDataSource = Type.Object(
  { data: Type.Array(Type.Record(Type.String(), Type.Unknown()), { maxItems: 10_000 }) },
  { additionalProperties: false, title: 'StaticDataSource' },
);

export const DataSourceSchema = Type.Union([SqlDataSource, MetricDataSource, StaticDataSource]);

export const WidgetId = Type.String({ pattern: '^[A-Za-z0-9_.-]{1,64}$', description: 'Unique within the dashboard' });

export const CreateWidgetBody = Type.Object(
  {
    id: Type.Optional(WidgetId),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    widget_type: Type.String({ minLength: 1, maxLength: 64 }),
    position: PositionSchema,
    data_source: Type.Optional(Type.Union([DataSourceSchema, Type.Null()])),
    config: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    version: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_VERSION, description: 'The dashboard version this change is based on' })),
  },
  { additionalProperties: false, title: 'CreateWidget' },
);

export const UpdateWidgetBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    widget_type: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    position: Type.Optional(PositionSchema),
    data_source: Type.Optional(Type.Union([DataSourceSchema, Type.Null()])),
    config: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    version: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_VERSION })),
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
