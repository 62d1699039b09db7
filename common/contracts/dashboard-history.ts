import { Type } from 'typebox';
import { FilterSchema, PhoneLayoutField, Visibility } from './dashboards.js';
import { MAX_VERSION, Offset } from './errors.js';
import { WidgetSchema } from './widgets.js';

const summary = {
  version: Type.Integer(),
  action: Type.String(),
  author_id: Type.Union([Type.String(), Type.Null()]),
  author_email: Type.Union([Type.String(), Type.Null()]),
  created_at: Type.String({ format: 'date-time' }),
  message: Type.Union([Type.String(), Type.Null()], { description: 'What the author said when saving an edit session' }),
};

export const RevisionList = Type.Object({ items: Type.Array(Type.Object(summary)) }, { title: 'RevisionList' });

export const RevisionSchema = Type.Object(
  {
    ...summary,
    dashboard: Type.Object({
      name: Type.String(),
      description: Type.String(),
      type: Type.String(),
      visibility: Visibility,
      tags: Type.Array(Type.String()),
      filters: Type.Array(FilterSchema),
      refresh_interval_seconds: Type.Union([Type.Integer(), Type.Null()]),
      widgets: Type.Array(WidgetSchema),
      phone_layout: Type.Optional(PhoneLayoutField),
    }),
  },
  { title: 'Revision' },
);

export const VersionParams = Type.Object({ dashboard_id: Type.String({ minLength: 1, maxLength: 64 }), n: Type.Integer({ minimum: 1, maximum: MAX_VERSION }) });
export const VersionListQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })), offset: Type.Optional(Offset) },
  { additionalProperties: false },
);
