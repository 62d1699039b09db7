import { Type } from 'typebox';

export const Health = Type.Object({ status: Type.String() }, { title: 'Health' });
export const Readiness = Type.Object(
  {
    status: Type.String({ description: '`ok`; `degraded` while Redis is away (the instance serves from its own memory); `unavailable` with 503 when the metadata database does not answer' }),
    database: Type.String(),
    redis: Type.Optional(Type.Union([Type.Literal('ok'), Type.Literal('unavailable')], { description: 'Present when Redis is configured' })),
    detail: Type.Optional(Type.String()),
  },
  { title: 'Readiness' },
);
