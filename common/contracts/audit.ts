import { Type } from 'typebox';
import { Offset } from './errors.js';

/** One entry of the activity feed (seed 000), plus who and from where. */
export const ActivityEntry = Type.Object(
  {
    action: Type.String(),
    model: Type.Union([Type.String(), Type.Null()]),
    record_id: Type.Union([Type.String(), Type.Null()]),
    timestamp: Type.String({ format: 'date-time' }),
    user: Type.Union([Type.String(), Type.Null()]),
    details: Type.Record(Type.String(), Type.Unknown()),
    ip: Type.Union([Type.String(), Type.Null()]),
    user_agent: Type.Union([Type.String(), Type.Null()]),
  },
  { title: 'ActivityEntry' },
);

export const ActivityQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    offset: Type.Optional(Offset),
    action: Type.Optional(Type.String({ maxLength: 64 })),
    model: Type.Optional(Type.String({ maxLength: 128 })),
    model_name: Type.Optional(Type.String({ maxLength: 128, description: 'The same as `model`' })),
    record_id: Type.Optional(Type.String({ maxLength: 1024 })),
  },
  { additionalProperties: false },
);

export const ActivityList = Type.Array(ActivityEntry);
