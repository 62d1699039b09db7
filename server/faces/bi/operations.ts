import type { OperationDocs } from '../operation-docs.js';

const VERSIONED =
  'Send the `version` the change is based on (in the body, or as `If-Match`): a stale one is refused with 409 (with the current dashboard) or 412, so concurrent editors never overwrite each other.';

/** The reference text of `/api/v1/bi` (seed 003). */
export const BI_OPERATIONS: OperationDocs = {
  'GET /dashboards': {
    id: 'listBiDashboards',
    tag: 'bi-dashboards',
    description: 'Dashboards the caller may see (own, public, shared with them or their teams, and all of them for admins), newest first, filtered by `visibility`, `tag` and `search`. Each says whether the caller `can_edit` it.',
  },
  'POST /dashboards': {
    id: 'createBiDashboard',
    tag: 'bi-dashboards',
    description: 'Creates a dashboard owned by the caller, optionally with widgets. Requires `dashboards:create`.',
    errors: [409],
  },
  'GET /dashboards/:dashboard_id': {
    id: 'getBiDashboard',
    tag: 'bi-dashboards',
    description: 'A dashboard with all its widgets and the caller\'s rights. Answers 304 to a matching `If-None-Match`.',
    conditional: true,
  },
  'PUT /dashboards/:dashboard_id': {
    id: 'updateBiDashboard',
    tag: 'bi-dashboards',
    description: `Changes name, description, visibility, tags, saved filters or the refresh interval (owner or admin). ${VERSIONED}`,
    errors: [409, 412],
  },
  'DELETE /dashboards/:dashboard_id': {
    id: 'deleteBiDashboard',
    tag: 'bi-dashboards',
    description: 'Deletes a dashboard with its widgets, shares and versions (owner or admin).',
  },
  'PUT /dashboards/:dashboard_id/layout': {
    id: 'updateBiLayout',
    tag: 'bi-widgets',
    description: `Moves and resizes several widgets as one change (one new version). Open to whoever may edit the dashboard. ${VERSIONED}`,
    errors: [409, 412],
  },
  'PUT /dashboards/:dashboard_id/content': {
    id: 'saveBiDashboardContent',
    tag: 'bi-widgets',
    description:
      'Saves an edit session in one change (one new version, which carries `message`): `widgets` is the whole list the dashboard keeps, so widgets with a known `id` are changed, the others added, and those left out removed; `phone_layout` (when sent) is the order and heights of the tiles on a phone. All or nothing: a bad widget is refused with 422 naming it (`widgets.2.widget_type`). `version` is required: a stale one is refused with 409 and the current dashboard. Open to whoever may edit the dashboard.',
    errors: [409],
  },
  'GET /dashboards/:dashboard_id/shares': {
    id: 'getBiShares',
    tag: 'bi-dashboards',
    description: 'Visibility and the users and teams the dashboard is shared with, each with `view` or `edit` and the most their role allows. Open to whoever may edit the dashboard.',
  },
  'POST /dashboards/:dashboard_id/share': {
    id: 'shareBiDashboard',
    tag: 'bi-dashboards',
    description: 'Shares with users and teams of the tenant (`view` or `edit`) and may set the visibility (owner or admin). A share never lifts anyone above their role: viewers only view.',
  },
  'DELETE /dashboards/:dashboard_id/shares/:principal_id': {
    id: 'unshareBiDashboard',
    tag: 'bi-dashboards',
    description: 'Stops sharing the dashboard with a user or team (owner or admin).',
  },
  'POST /dashboards/:dashboard_id/widgets': {
    id: 'addBiWidget',
    tag: 'bi-widgets',
    description: `Adds a widget at a grid position, or at the first free place for a named \`size\`. Its data source (SQL on a named source, a metric, or inline rows) is checked when saved (400). ${VERSIONED}`,
    errors: [400, 409, 412],
  },
  'PUT /dashboards/:dashboard_id/widgets/:widget_id': {
    id: 'updateBiWidget',
    tag: 'bi-widgets',
    description: `Changes a widget's title, type, position, configuration or data source. ${VERSIONED}`,
    errors: [400, 409, 412],
  },
  'DELETE /dashboards/:dashboard_id/widgets/:widget_id': {
    id: 'removeBiWidget',
    tag: 'bi-widgets',
    description: 'Removes a widget. `If-Match` with a stale version is refused with 412.',
    errors: [412],
  },
  'GET /dashboards/:dashboard_id/versions': {
    id: 'listBiVersions',
    tag: 'bi-history',
    description: 'Saved versions of the dashboard, newest first: who changed what, when.',
  },
  'GET /dashboards/:dashboard_id/versions/:n': {
    id: 'getBiVersion',
    tag: 'bi-history',
    description: 'One saved version with the dashboard and widgets as they were.',
  },
  'POST /dashboards/:dashboard_id/versions/:n/restore': {
    id: 'restoreBiVersion',
    tag: 'bi-history',
    description: 'Brings back a saved version as a new version; the versions in between stay in the history. Open to whoever may edit the dashboard.',
    errors: [409],
  },
  'GET /dashboards/starred': {
    id: 'listStarredBiDashboards',
    tag: 'bi-dashboards',
    description: 'The dashboards the caller starred and may still see, most recently starred first (at most 100).',
  },
  'GET /dashboards/recent': {
    id: 'listRecentBiDashboards',
    tag: 'bi-dashboards',
    description: 'The dashboards the caller opened lately (`GET /dashboards/{id}`) and may still see, most recent first (at most 10).',
  },
  'PUT /dashboards/:dashboard_id/star': {
    id: 'starBiDashboard',
    tag: 'bi-dashboards',
    description: 'Stars a dashboard the caller can see, for them alone. Starring twice changes nothing.',
  },
  'DELETE /dashboards/:dashboard_id/star': {
    id: 'unstarBiDashboard',
    tag: 'bi-dashboards',
    description: 'Takes the caller\'s star off a dashboard.',
  },
  'GET /dashboards/:dashboard_id/events': {
    id: 'streamBiDashboardEvents',
    tag: 'bi-dashboards',
    description:
      'Server-sent events about one dashboard, for as long as the connection stays open: `dashboard.updated` when someone saves it, `data.refreshed` when fresh results of a widget exist, and `presence` (first, then on every change) with who is editing it. Across instances when they share Redis. The caller must be able to read the dashboard; access is checked again every minute and the stream ends when it is gone.',
  },
  'PUT /dashboards/:dashboard_id/presence': {
    id: 'heartbeatBiDashboardPresence',
    tag: 'bi-dashboards',
    description: 'Says that the caller is editing the dashboard; sent every 10 s while in edit mode, the presence expires 30 s after the last one. Answers who is editing now. Needs the right to edit the dashboard (403 for viewers).',
  },
  'DELETE /dashboards/:dashboard_id/presence': {
    id: 'leaveBiDashboardPresence',
    tag: 'bi-dashboards',
    description: 'Says that the caller stopped editing the dashboard, so the others see it at once rather than when the presence expires.',
  },
  'GET /dashboards/:dashboard_id/filters/:field/values': {
    id: 'listBiFilterValues',
    tag: 'bi-data',
    description:
      "The values a dashboard filter lists to pick from (at most 200, `truncated` when more match): the distinct values of the column its `values_from` names, containing `search` in any case, narrowed by the current values (`filters`) of the other filters listing from the same table. Read-only, run as the caller, kept 10 minutes. 404 for a filter without `values_from`; 400 when its table or column cannot be read.",
    errors: [400],
  },
  'GET /dashboards/:dashboard_id/data': {
    id: 'getBiDashboardData',
    tag: 'bi-data',
    description: 'Runs every widget of the dashboard (at most four at a time, from the cache where fresh) with the given `filters`. A widget that fails reports `status: "error"` with its message; the others still load.',
    errors: [400],
  },
  'GET /dashboards/:dashboard_id/widgets/:widget_id/data': {
    id: 'getBiWidgetData',
    tag: 'bi-data',
    description: "Runs one widget's query with the given `filters`.",
    errors: [400],
  },
  'POST /dashboards/:dashboard_id/draft-widget/data': {
    id: 'previewBiDraftWidgetData',
    tag: 'bi-data',
    description: 'Runs a widget as it stands in an edit session, before it is saved (a new widget, or one whose query changed), with the dashboard\'s saved filters and the given `filters`. Nothing is saved. Open to whoever may edit the dashboard and run queries.',
    errors: [400],
  },
  'POST /query': {
    id: 'runBiQuery',
    tag: 'bi-data',
    description: 'Runs one read-only SQL statement on a data source, for previews in the widget editor. Anything but a single read is refused with 400; so is SQL the database fails, with the `line` (and `column`) it placed the error at when it said. Requires `queries:run`.',
    errors: [400],
  },
  'POST /metric-query': {
    id: 'runBiMetricQuery',
    tag: 'bi-data',
    description: "Runs a metric cut by `dimensions` and `time_grain` (a metric widget's data source, not saved), for previews in the widget editor. 404 for an unknown metric; a database failure is a 400. Requires `queries:run`.",
    errors: [400],
  },
  'GET /data-sources': {
    id: 'listBiDataSources',
    tag: 'bi-catalog',
    description: "The data sources widgets may query: the server's own and the tenant's. Connection URLs are shown to admins only.",
  },
  'POST /data-sources': {
    id: 'createBiDataSource',
    tag: 'bi-catalog',
    description: "Registers a data source for the tenant: a SQLite or DuckDB file inside the tenant's folder of the data dir, or a PostgreSQL server the server's policy allows. Requires `data_sources:write`.",
    errors: [409],
  },
  'PUT /data-sources/:name': {
    id: 'updateBiDataSource',
    tag: 'bi-catalog',
    description: "Changes a tenant's data source; cached results from it are dropped. Requires `data_sources:write`.",
  },
  'DELETE /data-sources/:name': {
    id: 'deleteBiDataSource',
    tag: 'bi-catalog',
    description: "Removes a tenant's data source. Requires `data_sources:write`.",
  },
  'GET /data-sources/:name/schema': {
    id: 'getBiDataSourceSchema',
    tag: 'bi-catalog',
    description:
      "The tables and columns of a data source, for completions in the SQL editor, read from the engine's own catalog (read-only, with the source's statement timeout). At most 500 tables and 10,000 columns (`truncated` when more exist); kept for a minute, and dropped at once when the source is changed or removed. Requires `queries:run` (editors and up); another tenant's source is a 404; 400 when the source cannot be read.",
    errors: [400],
  },
  'GET /metrics': { id: 'listBiMetrics', tag: 'bi-catalog', description: 'Metrics of the tenant: named measures over a table, to chart by dimension and time.' },
  'POST /metrics': {
    id: 'createBiMetric',
    tag: 'bi-catalog',
    description: 'Defines a metric; it is compiled and checked against its data source (400 when it does not run). Requires `metrics:write`.',
    errors: [400, 409],
  },
  'PUT /metrics/:id': {
    id: 'updateBiMetric',
    tag: 'bi-catalog',
    description: 'Changes a metric, checked again against its data source. Requires `metrics:write`.',
    errors: [400, 409],
  },
  'DELETE /metrics/:id': { id: 'deleteBiMetric', tag: 'bi-catalog', description: 'Deletes a metric. Requires `metrics:write`.' },
  'GET /widget-types': {
    id: 'listBiWidgetTypes',
    tag: 'bi-catalog',
    description: 'Every widget type: the nine visualizations and the catalog types (from the configuration or code) built on them, with their default configuration.',
  },
  'GET /principals': {
    id: 'listBiPrincipals',
    tag: 'bi-dashboards',
    description: 'Users and teams of the tenant to share a dashboard with, with the most each may be given.',
  },
};
