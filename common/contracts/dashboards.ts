import { Type } from 'typebox';
import { DataNumber, MAX_VERSION, Offset } from './errors.js';
import { BasedOnVersion, CreateWidgetBody, GridPosition, WidgetSchema } from './widgets.js';

export const Visibility = Type.Union([Type.Literal('private'), Type.Literal('team'), Type.Literal('public')]);
const Operator = Type.Union([
  Type.Literal('eq'),
  Type.Literal('neq'),
  Type.Literal('in'),
  Type.Literal('not_in'),
  Type.Literal('gt'),
  Type.Literal('gte'),
  Type.Literal('lt'),
  Type.Literal('lte'),
  Type.Literal('between'),
  Type.Literal('contains'),
]);
const FilterValue = Type.Union([Type.String({ maxLength: 1000 }), DataNumber, Type.Boolean(), Type.Null()]);

export const FilterSchema = Type.Object(
  {
    field: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 128 }),
    operator: Operator,
    values: Type.Array(FilterValue, { maxItems: 1000 }),
    label: Type.Optional(Type.String({ minLength: 1, maxLength: 80, description: 'What the filter bar calls it ("Order date"); the field, in words, when absent' })),
    values_from: Type.Optional(
      Type.Object(
        {
          source: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
          table: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?$', maxLength: 128 }),
          column: Type.Optional(Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 128 })),
        },
        { additionalProperties: false, description: 'Where the filter bar lists the values to pick from: a table of a data source (the default source unless named) and its column (the field unless named). Filters listing from the same table narrow each other.' },
      ),
    ),
  },
  { additionalProperties: false, title: 'Filter' },
);
export const FilterList = Type.Array(FilterSchema, { maxItems: 50 });

export const DashboardName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
export const Tags = Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 50 });
export const DashboardDescription = Type.String({ maxLength: 5000 });
export const DashboardType = Type.String({ maxLength: 64 });
/** Seconds between automatic refreshes; 0 or null for none. */
export const REFRESH_LIMITS = { minimum: 0, maximum: 86_400 } as const;
const Refresh = Type.Union([Type.Integer(REFRESH_LIMITS), Type.Null()]);

/** The settable fields whose names both faces share; each face adds its own refresh field. */
export const dashboardSettings = {
  description: Type.Optional(DashboardDescription),
  type: Type.Optional(DashboardType),
  visibility: Type.Optional(Visibility),
  tags: Type.Optional(Tags),
  filters: Type.Optional(FilterList),
};

const editableFields = { ...dashboardSettings, refresh_interval_seconds: Type.Optional(Refresh) };

export const CreateDashboardBody = Type.Object({ name: DashboardName, ...editableFields }, { additionalProperties: false, title: 'CreateDashboard' });

export const UpdateDashboardBody = Type.Object(
  {
    name: Type.Optional(DashboardName),
    ...editableFields,
    version: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_VERSION, description: 'The version this change is based on; a stale one is refused with 409' })),
  },
  { additionalProperties: false, title: 'UpdateDashboard' },
);

const summaryFields = {
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  type: Type.String(),
  tenant_id: Type.String(),
  created_by: Type.String(),
  owner_email: Type.Union([Type.String(), Type.Null()]),
  visibility: Visibility,
  tags: Type.Array(Type.String()),
  widget_count: Type.Integer(),
  version: Type.Integer(),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
  can_edit: Type.Boolean(),
  can_manage: Type.Boolean(),
};

export const DashboardSummarySchema = Type.Object(summaryFields, { title: 'DashboardSummary' });

/** The order and heights of the tiles on a phone, top to bottom; widgets it leaves out follow in desktop order. */
export const PhoneLayoutSchema = Type.Array(
  Type.Object(
    { widget_id: Type.String({ minLength: 1, maxLength: 64 }), height: Type.Integer({ minimum: 1, maximum: 24, description: 'Grid rows, as on the desktop grid' }) },
    { additionalProperties: false },
  ),
  { maxItems: 200 },
);
export const PhoneLayoutField = Type.Union([PhoneLayoutSchema, Type.Null()], { title: 'PhoneLayout', description: "The author's small-screen layout; null stacks the tiles in desktop order" });

export const DashboardSchema = Type.Object(
  {
    ...summaryFields,
    filters: Type.Array(FilterSchema),
    refresh_interval_seconds: Type.Union([Type.Integer(), Type.Null()]),
    widgets: Type.Array(WidgetSchema),
    phone_layout: PhoneLayoutField,
  },
  { title: 'Dashboard' },
);

export const DashboardListQuery = Type.Object(
  {
    visibility: Type.Optional(Visibility),
    tag: Type.Optional(Type.String({ maxLength: 64 })),
    search: Type.Optional(Type.String({ maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    offset: Type.Optional(Offset),
  },
  { additionalProperties: false },
);

export const DashboardSummaryList = Type.Object({ items: Type.Array(DashboardSummarySchema) }, { title: 'DashboardSummaryList' });

export const DashboardPage = Type.Object(
  { items: Type.Array(DashboardSummarySchema), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() },
  { title: 'DashboardPage' },
);

export const LayoutBody = Type.Object(
  {
    positions: Type.Array(
      Type.Object(
        { widget_id: Type.String({ maxLength: 64 }), ...GridPosition },
        { additionalProperties: false },
      ),
      { maxItems: 200 },
    ),
    version: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_VERSION })),
  },
  { additionalProperties: false, title: 'Layout' },
);

/** A widget as an edit session saves it: with the id of the widget it keeps, or without one (or a new id) to add it. */
export const SessionWidgetSchema = Type.Omit(CreateWidgetBody, ['version'], { additionalProperties: false, title: 'SessionWidget' });

export const SaveContentBody = Type.Object(
  {
    version: BasedOnVersion,
    message: Type.Optional(Type.String({ maxLength: 500, description: 'What this edit session changed, shown in the history' })),
    widgets: Type.Array(SessionWidgetSchema, { maxItems: 200, description: 'Every widget the dashboard keeps; those left out are removed' }),
    phone_layout: Type.Optional(PhoneLayoutField),
  },
  { additionalProperties: false, title: 'SaveContent' },
);

export const ShareBody = Type.Object(
  {
    visibility: Type.Optional(Visibility),
    shared_with: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 500 }),
    permissions: Type.Optional(Type.Union([Type.Literal('view'), Type.Literal('edit')])),
  },
  { additionalProperties: false, title: 'Share' },
);

export const SharesSchema = Type.Object(
  {
    dashboard_id: Type.String(),
    visibility: Visibility,
    shares: Type.Array(
      Type.Object({
        principal_type: Type.Union([Type.Literal('user'), Type.Literal('team')]),
        principal_id: Type.String(),
        name: Type.String(),
        permission: Type.Union([Type.Literal('view'), Type.Literal('edit')]),
        max_permission: Type.Union([Type.Literal('view'), Type.Literal('edit')], {
          description: "The most this share can grant: a user's role is a ceiling, so a viewer only ever views",
        }),
      }),
    ),
  },
  { title: 'Shares' },
);

export const DashboardParams = Type.Object({ dashboard_id: Type.String({ minLength: 1, maxLength: 64 }) });
export const ShareParams = Type.Object({ dashboard_id: Type.String({ maxLength: 64 }), principal_id: Type.String({ maxLength: 64 }) });

export const PrincipalSchema = Type.Object(
  {
    id: Type.String(),
    type: Type.Union([Type.Literal('user'), Type.Literal('team')]),
    name: Type.String(),
    email: Type.Optional(Type.String()),
    max_permission: Type.Union([Type.Literal('view'), Type.Literal('edit')], { description: 'The most a share can grant them (viewers: view)' }),
  },
  { title: 'Principal' },
);
export const PrincipalList = Type.Array(PrincipalSchema);
export const PrincipalQuery = Type.Object({ search: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });

export const FilterValuesParams = Type.Object({ dashboard_id: Type.String({ minLength: 1, maxLength: 64 }), field: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 128 }) });

export const FilterValuesQuery = Type.Object(
  {
    search: Type.Optional(Type.String({ maxLength: 200, description: 'Only values containing this text, in any case' })),
    filters: Type.Optional(Type.String({ maxLength: 16_000, description: 'JSON array of the other filters\' current values, which narrow the list' })),
  },
  { additionalProperties: false },
);

export const FilterValues = Type.Object(
  {
    values: Type.Array(Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()])),
    truncated: Type.Boolean({ description: 'More values match than are listed: search to narrow' }),
  },
  { title: 'FilterValues' },
);

