import { Type } from 'typebox';
import { FilterSchema, Visibility } from './dashboards.js';
import { WidgetSchema } from './widgets.js';

const summary = {
  version: Type.Integer(),
  action: Type.String(),
  author_id: Type.Union([Type.String(), Type.Null()]),
  author_email: Type.Union([Type.String(), Type.Null()]),
  created_at: Type.String({ format: 'date-time' }),
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
    }),
  },
  { title: 'Revision' },
);
