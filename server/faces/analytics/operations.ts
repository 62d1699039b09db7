import type { OperationDocs } from '../operation-docs.js';

/** The reference text of the analytics face (`/api`, seed 002). */
export const ANALYTICS_OPERATIONS: OperationDocs = {
  'POST /dashboards': {
    id: 'createDashboard',
    tag: 'analytics',
    description: 'Creates a dashboard with its widgets in one request. Answers with the new id, the version (also as `ETag`) and the widget count. Requires `dashboards:create`.',
    errors: [400, 409],
  },
  'GET /dashboards': {
    id: 'listDashboards',
    tag: 'analytics',
    description:
      'Dashboards the caller may see. OData `$filter` (comparisons, `and`/`or`/`not`, `contains`, `startswith`, `endswith`, string and date functions), `$orderby`, `$top`, `$skip` and `$count`; `@odata.nextLink` continues a long list. A query the server cannot read is a 400 naming the problem.',
    errors: [400],
  },
  'GET /dashboards/:id': {
    id: 'getDashboard',
    tag: 'analytics',
    description: "A dashboard with its widgets and each widget's data, computed now (from the cache where fresh). A widget that fails carries its own error; the rest still load. Answers 304 to a matching `If-None-Match`.",
    errors: [400],
    conditional: true,
  },
  'PUT /dashboards/:id': {
    id: 'updateDashboard',
    tag: 'analytics',
    description:
      'Changes a dashboard. `widgets`, when given, replaces the widgets: those with a known id are updated, new ones added, missing ones removed. Send the `version` it is based on (or `If-Match`): a stale one is refused with 409 or 412.',
    errors: [400, 409, 412],
  },
  'DELETE /dashboards/:id': { id: 'deleteDashboard', tag: 'analytics', description: 'Deletes a dashboard with its widgets (owner or admin).' },
  'GET /users/:userId/dashboards': {
    id: 'listUserDashboards',
    tag: 'assignments',
    description: "The dashboards assigned to a user, the default one marked. Users read their own; admins read anyone's in the tenant.",
  },
  'PUT /users/:userId/dashboards/:id': {
    id: 'assignDashboard',
    tag: 'assignments',
    description: "Assigns a dashboard to a user, optionally as their default (which unmarks the previous one). Users manage their own; admins anyone's in the tenant. A dashboard the user cannot see is a 422: share it with them first.",
  },
  'DELETE /users/:userId/dashboards/:id': { id: 'unassignDashboard', tag: 'assignments', description: "Removes a dashboard from the user's assignments. Users manage their own; admins anyone's in the tenant." },
};
