import type { components } from '../api/openapi.gen.js';

/** The admin panel's server types: aliases of the generated schemas, so they cannot drift from the API. */
type Schemas = components['schemas'];

export type ModelSummary = Schemas['ModelSummary'];
export type ModelRecord = Schemas['ModelRecord'];
export type RecordList = Schemas['RecordList'];
export type ModelJsonSchema = Schemas['ModelJsonSchema'];
export type ModelCount = Schemas['ModelCount'];
export type DashboardStats = Schemas['DashboardStats'];
export type AdminWidget = Schemas['AdminWidget'];
export type ActivityEntry = Schemas['ActivityEntry'];
export type RelationOption = Schemas['RelationSearchResult']['items'][number];
export type BulkActionSummary = Schemas['BulkActionSummary'];
export type ImportPreview = Schemas['ImportPreview'];
export type ImportValidation = Schemas['ImportValidation'];
export type ImportResult = Schemas['ImportResult'];
export type ImportJob = Schemas['ImportJob'];
export type ImportRowError = Schemas['ImportRowError'];
export type ExportFormat = 'csv' | 'json' | 'xlsx';

export type SortOrder = 'asc' | 'desc';

export const FILTER_OPERATORS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'in', 'contains', 'starts_with', 'is_null', 'between'] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/** One condition of a list's `filters`, as the server reads it. */
export interface ColumnFilter {
  field: string;
  operator: FilterOperator;
  value?: unknown;
}
