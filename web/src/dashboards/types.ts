import type { components } from '../api/openapi.gen.js';

type Schemas = components['schemas'];

export type Visibility = Schemas['Dashboard']['visibility'];
export const VISIBILITIES = ['private', 'team', 'public'] as const satisfies readonly Visibility[];

export type Filter = Schemas['Filter'];
export type FilterOperator = Filter['operator'];
export type FilterValue = Filter['values'][number];
export const FILTER_OPERATORS = ['eq', 'neq', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'between', 'contains'] as const satisfies readonly FilterOperator[];

export type DashboardSummary = Schemas['DashboardSummary'];
export type Dashboard = Schemas['Dashboard'];
export type Position = Schemas['Position'];
export type Editor = Schemas['DashboardEditor'];
export type Widget = Schemas['Widget'];

/** What may be sent as a widget's data: a SQL query, a metric, or inline rows. */
export type DataSource = Schemas['SqlDataSource'] | Schemas['MetricDataSource'] | Schemas['StaticDataSource'];
export type TimeGrain = NonNullable<Schemas['MetricDataSource']['time_grain']>;
export const TIME_GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const satisfies readonly TimeGrain[];

/** A widget without its bookkeeping. */
export type WidgetContent = Pick<Widget, 'id' | 'name' | 'widget_type' | 'position' | 'data_source' | 'config'>;

/** A dashboard without its bookkeeping: what a revision keeps and what a conflict review compares. */
// The phone layout is left out: the history and the conflict review compare what a desktop shows.
export type DashboardContent = Omit<Revision['dashboard'], 'widgets' | 'phone_layout'> & { widgets: WidgetContent[] };

export type RevisionSummary = Schemas['RevisionList']['items'][number];
export type Revision = Schemas['Revision'];

export type NewDashboard = Schemas['CreateDashboard'];
// The version a change is based on travels in If-Match, not in the body.
export type DashboardInput = Omit<Schemas['UpdateDashboard'], 'version'>;
export type WidgetInput = Omit<Schemas['CreateWidget'], 'id' | 'version'>;

export type AdHocQuery = Schemas['AdHocQuery'];
export type WidgetData = Schemas['WidgetData'];

export type Shares = Schemas['Shares'];
export type Permission = Shares['shares'][number]['permission'];
