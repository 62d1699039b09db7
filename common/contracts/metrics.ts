import { Type } from 'typebox';

const Identifier = Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 128 });

export const MetricSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    description: Type.String(),
    source: Type.String(),
    table: Type.String(),
    measure: Type.String({ description: 'An aggregate expression such as SUM(revenue)' }),
    time_column: Type.Union([Type.String(), Type.Null()]),
    dimensions: Type.Array(Type.String()),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
  },
  { title: 'Metric' },
);

export const MetricList = Type.Object({ items: Type.Array(MetricSchema) }, { title: 'MetricList' });

const fields = {
  description: Type.Optional(Type.String({ maxLength: 2000 })),
  source: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  table: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$', maxLength: 200 }),
  measure: Type.String({ minLength: 1, maxLength: 2000 }),
  time_column: Type.Optional(Type.Union([Identifier, Type.Null()])),
  dimensions: Type.Optional(Type.Array(Identifier, { maxItems: 100 })),
};

export const CreateMetricBody = Type.Object({ name: Identifier, ...fields }, { additionalProperties: false, title: 'CreateMetric' });

export const UpdateMetricBody = Type.Object(
  { ...fields, table: Type.Optional(fields.table), measure: Type.Optional(fields.measure) },
  { additionalProperties: false, title: 'UpdateMetric' },
);
