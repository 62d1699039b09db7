import { Type } from 'typebox';
import { DashboardName, dashboardSettings, REFRESH_LIMITS } from './dashboards.js';
import {
  BasedOnVersion,
  CacheTtl,
  Dimensions,
  InlineRows,
  MetricName,
  PositionSchema,
  SourceName,
  SqlText,
  TimeGrain,
  WidgetConfig,
  WidgetId,
  WidgetTitle,
  WidgetTypeName,
} from './widgets.js';

/** Seed 002's shapes: camelCase names over the same core objects the BI face serves. */

// The core's field schemas under seed 002's camelCase names: the limits are the core's.
const DataSourceIn = Type.Union([
  Type.Object({ sql: SqlText, source: Type.Optional(SourceName), cacheTtlSeconds: Type.Optional(CacheTtl) }, { additionalProperties: false, title: 'AnalyticsSqlDataSource' }),
  Type.Object(
    { metric: MetricName, dimensions: Type.Optional(Dimensions), timeGrain: Type.Optional(TimeGrain), cacheTtlSeconds: Type.Optional(CacheTtl) },
    { additionalProperties: false, title: 'AnalyticsMetricDataSource' },
  ),
  Type.Object({ data: InlineRows }, { additionalProperties: false, title: 'AnalyticsStaticDataSource' }),
]);
const Size = Type.Union([Type.Literal('small'), Type.Literal('medium'), Type.Literal('large')]);

export const WidgetIn = Type.Object(
  {
    id: Type.Optional(WidgetId),
    type: WidgetTypeName,
    title: WidgetTitle,
    size: Type.Optional(Size),
    position: Type.Optional(PositionSchema),
    config: Type.Optional(WidgetConfig),
    dataSource: Type.Optional(Type.Union([DataSourceIn, Type.Null()])),
  },
  { additionalProperties: false, title: 'AnalyticsWidgetInput' },
);

/**
 * One nullable type rather than a union: query strings make the validator coerce types, and it
 * would turn `null` into 0 for the integer branch of a union before trying the null branch.
 */
const Refresh = Type.Unsafe<number | null>({ type: 'integer', nullable: true, ...REFRESH_LIMITS });
const dashboardFields = {
  ...dashboardSettings,
  widgets: Type.Optional(Type.Array(WidgetIn, { maxItems: 200 })),
  refreshInterval: Type.Optional(Refresh),
};

export const CreateIn = Type.Object({ name: DashboardName, ...dashboardFields }, { additionalProperties: false, title: 'AnalyticsCreateDashboard' });
export const UpdateIn = Type.Object(
  { name: Type.Optional(DashboardName), ...dashboardFields, version: Type.Optional(BasedOnVersion) },
  { additionalProperties: false, title: 'AnalyticsUpdateDashboard' },
);

export const CreatedOut = Type.Object(
  { id: Type.String(), name: Type.String(), type: Type.String(), createdAt: Type.String(), version: Type.Integer(), widgetCount: Type.Integer() },
  { title: 'AnalyticsCreated' },
);

export const DashboardOut = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    description: Type.String(),
    type: Type.String(),
    widgets: Type.Array(
      Type.Object({
        id: Type.String(),
        type: Type.String(),
        title: Type.String(),
        size: Size,
        position: Type.Object({ x: Type.Integer(), y: Type.Integer(), width: Type.Integer(), height: Type.Integer() }),
        data: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
        error: Type.Optional(Type.String()),
      }),
    ),
    refreshInterval: Type.Union([Type.Integer(), Type.Null()]),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    version: Type.Integer(),
  },
  { title: 'AnalyticsDashboard' },
);

/**
 * OData list options arrive as text and are read by the face (`odata/odata-query.ts`), so every
 * malformed one is that option's own 400 rather than a generic schema failure.
 */
export const ListQuery = Type.Object(
  {
    $filter: Type.Optional(Type.String({ description: 'OData $filter, up to 2000 characters' })),
    $orderby: Type.Optional(Type.String({ description: 'OData $orderby: properties or functions of them, each optionally asc or desc' })),
    $skip: Type.Optional(Type.String({ description: 'Rows to skip: a whole number in digits' })),
    $top: Type.Optional(Type.String({ description: 'Rows wanted in all: a whole number in digits. Over 100 come in pages linked by @odata.nextLink' })),
    $count: Type.Optional(Type.String({ description: 'true adds @odata.count, the number of all matches' })),
  },
  { additionalProperties: false },
);

export const ListItemOut = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    description: Type.String(),
    type: Type.String(),
    widgetCount: Type.Integer(),
    refreshInterval: Type.Union([Type.Integer(), Type.Null()]),
    createdAt: Type.String(),
    updatedAt: Type.String(),
    version: Type.Integer(),
  },
  { title: 'AnalyticsDashboardListItem' },
);

export const ListOut = Type.Object(
  {
    value: Type.Array(ListItemOut),
    count: Type.Integer({ description: 'The number of all matches, across pages' }),
    '@odata.count': Type.Optional(Type.Integer({ description: 'The same number, with $count=true' })),
    '@odata.nextLink': Type.Optional(Type.String({ description: 'The next page, when this one stops short of what was asked for' })),
  },
  { title: 'AnalyticsDashboardList' },
);

export const UpdatedOut = Type.Object({ id: Type.String(), name: Type.String(), updatedAt: Type.String(), version: Type.Integer() }, { title: 'AnalyticsUpdated' });
export const DeletedOut = Type.Object({ success: Type.Boolean(), message: Type.String() }, { title: 'AnalyticsDeleted' });

export const AssignmentsOut = Type.Object(
  { userId: Type.String(), dashboards: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), type: Type.String(), isDefault: Type.Boolean() })) },
  { title: 'AnalyticsAssignments' },
);
export const AssignIn = Type.Object({ isDefault: Type.Optional(Type.Boolean()) }, { additionalProperties: false, title: 'AnalyticsAssign' });

export const ErrorOut = Type.Object(
  { error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()) }) },
  { title: 'AnalyticsError' },
);

export function analyticsErrors(...statuses: number[]) {
  const out: Record<number, typeof ErrorOut> = { 401: ErrorOut, 403: ErrorOut, 422: ErrorOut, 429: ErrorOut };
  for (const s of statuses) out[s] = ErrorOut;
  return out;
}

export const DashboardIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
export const UserParams = Type.Object({ userId: Type.String({ minLength: 1, maxLength: 64 }) });
export const AssignmentParams = Type.Object({ userId: Type.String({ minLength: 1, maxLength: 64 }), id: Type.String({ minLength: 1, maxLength: 64 }) });
export const UnassignedOut = Type.Object({ success: Type.Boolean() }, { title: 'AnalyticsUnassigned' });
