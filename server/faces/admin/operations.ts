import type { OperationDocs } from '../operation-docs.js';

/** The reference text of `/admin/api` (seed 001). */
export const ADMIN_OPERATIONS: OperationDocs = {
  'POST /auth/login': {
    id: 'login',
    tag: 'auth',
    description:
      'Checks the email and password and starts a session: returns an access token (a JWT, one hour) and a refresh token, and sets both as httpOnly cookies with a readable `tessera_csrf` cookie for the web UI. Repeated failures for one account or address are refused with 429 until the window passes.',
  },
  'POST /auth/refresh': {
    id: 'refreshTokens',
    tag: 'auth',
    description:
      'Exchanges a refresh token (in the body, or the refresh cookie with the CSRF header) for a new pair. The refresh token rotates: presenting a used one again ends the whole session.',
  },
  'POST /auth/logout': {
    id: 'logout',
    tag: 'auth',
    description: "Ends the session: its refresh tokens are revoked and its access tokens are refused from now on. Clears the session cookies. Answers 204 even when there was no session.",
  },
  'GET /auth/me': {
    id: 'getCurrentUser',
    tag: 'auth',
    description: 'The signed-in user, with the roles the role implies and every permission it grants, so a client can decide what to show.',
  },
  'GET /users': {
    id: 'listUsers',
    tag: 'users',
    description: "Users of the caller's tenant, by email, with `search` over email and name. Superadmins may pass `tenant_id`. Requires `users:read`.",
  },
  'POST /users': {
    id: 'createUser',
    tag: 'users',
    description: "Creates a user in the caller's tenant (a superadmin may name another). Only a superadmin creates superadmins. Requires `users:create`; an email already in use is a 409.",
    errors: [409],
  },
  'GET /users/:id': { id: 'getUser', tag: 'users', description: 'One user of the tenant. Requires `users:read`.' },
  'PATCH /users/:id': {
    id: 'updateUser',
    tag: 'users',
    description: 'Changes name, role, active state or password. A new password or deactivation ends the user\'s sessions at once. Nobody changes their own role or deactivates themselves (409); only a superadmin changes a superadmin. Requires `users:update`.',
    errors: [409],
  },
  'DELETE /users/:id': { id: 'deleteUser', tag: 'users', description: 'Deletes a user. Nobody deletes their own account (409). Requires `users:delete`.', errors: [409] },
  'POST /users/:id/deactivate': {
    id: 'deactivateUser',
    tag: 'users',
    description: 'Stops a user from signing in and ends their sessions at once, keeping their work. Nobody deactivates themselves (409). Requires `users:update`.',
    errors: [409],
  },
  'POST /users/:id/activate': { id: 'activateUser', tag: 'users', description: 'Lets a deactivated user sign in again. Requires `users:update`.', errors: [409] },
  'GET /teams': { id: 'listTeams', tag: 'teams', description: 'Teams of the tenant with their members, by name. Requires `teams:read`.' },
  'POST /teams': { id: 'createTeam', tag: 'teams', description: 'Creates a team, optionally with members of the tenant. Requires `teams:create`; a name in use is a 409.', errors: [409] },
  'GET /teams/:id': { id: 'getTeam', tag: 'teams', description: 'One team with its members. Requires `teams:read`.' },
  'PATCH /teams/:id': {
    id: 'updateTeam',
    tag: 'teams',
    description: 'Renames a team or replaces its members (`member_ids`). Requires `teams:update`.',
    errors: [409],
  },
  'DELETE /teams/:id': { id: 'deleteTeam', tag: 'teams', description: 'Deletes a team; dashboards shared with it are no longer shared through it. Requires `teams:delete`.' },
  'POST /teams/:id/members': { id: 'addTeamMember', tag: 'teams', description: 'Adds a user of the tenant to the team. Requires `teams:update`.' },
  'DELETE /teams/:id/members/:user_id': { id: 'removeTeamMember', tag: 'teams', description: 'Removes a user from the team. Requires `teams:update`.' },
  'GET /tenants': { id: 'listTenants', tag: 'tenants', description: 'Every tenant on the server. Requires `tenants:read` (superadmin).' },
  'POST /tenants': {
    id: 'createTenant',
    tag: 'tenants',
    description: 'Creates a tenant; its id is derived from the name. Requires `tenants:create` (superadmin); a name or id in use is a 409.',
    errors: [409],
  },
  'GET /tenants/:id': { id: 'getTenant', tag: 'tenants', description: "A tenant: a superadmin reads any, everyone else only their own (another is a 404)." },
  'PATCH /tenants/:id': { id: 'renameTenant', tag: 'tenants', description: 'Renames a tenant; its id stays. Requires `tenants:update` (superadmin).', errors: [409] },
  'DELETE /tenants/:id': { id: 'deleteTenant', tag: 'tenants', description: 'Deletes a tenant that has no users left (409 otherwise). Requires `tenants:delete` (superadmin).', errors: [409] },
  'GET /dashboard/stats': {
    id: 'getDashboardStats',
    tag: 'models',
    description: "Record counts of the models the caller sees (seed 000), `total_records` their sum, and the admin widgets. Counts are kept for a minute and estimated for very large tables (`count_exact: false`), so the call stays fast. Requires `models:read`.",
  },
  'GET /dashboard/widgets': {
    id: 'listAdminWidgets',
    tag: 'models',
    description: 'The admin dashboard widgets declared in the config, each with its data computed now (or kept for its TTL); a failing widget comes with `error` and no data. Requires `models:read`.',
  },
  'GET /dashboard/activity': {
    id: 'listActivity',
    tag: 'activity',
    description: "Entries of the tenant's audit log, newest first, filtered by `action`, `model` (or `model_name`) and `record_id`: who changed what, when, from where. Requires `audit:read`.",
  },
  'GET /models': {
    id: 'listModels',
    tag: 'models',
    description: "The registered models the caller may see, with what the caller may do to each (`can_*` combine the role's permissions with the model's options). Models with a tenant column are every tenant's; others are a superadmin's unless they name the tenant. Requires `models:read`.",
  },
  'GET /models/:model': {
    id: 'listRecords',
    tag: 'models',
    description:
      "A page of the model's records the caller reaches: `search` (case-insensitive, over the searchable fields), `filters` (JSON `[{field, operator, value}]`), `sort_by`/`sort_order` with the primary key as tiebreaker, `offset`/`limit` (limit clamped to 1..100) or keyset paging with `cursor` (`next_cursor` of the previous page). `total_exact` is false when the count is an estimate. `labels` names the records foreign keys point at. An unknown field in `sort_by` or `filters` is a 422. Requires `models:read`.",
  },
  'POST /models/:model': {
    id: 'createRecord',
    tag: 'models',
    description: 'Creates a record. Unknown fields, values of the wrong type and broken constraints are a 422 naming the field; a duplicate key or unique value is a 409. On a tenant-scoped model the tenant column is the caller\'s tenant. Requires `models:create` and the model\'s `can_create`.',
    errors: [409],
  },
  'GET /models/:model/schema': {
    id: 'getModelSchema',
    tag: 'models',
    description: "The JSON Schema of the model's form (`mode=create|edit`): nullable columns as `[type, \"null\"]`, the primary key read-only, `maxLength`, `enum`, `default`, `format`, and `relationshipConfig` on foreign keys. Requires `models:read` (`models:create` for the create form).",
  },
  'GET /models/:model/relationships/:field/search': {
    id: 'searchRelatedRecords',
    tag: 'models',
    description: 'Records the foreign-key `field` may point at, whose label contains `q`: `{items: [{id, label}], total, has_more}`. A field that is not a relation to a visible model is a 422. Requires `models:read`.',
  },
  'GET /models/:model/:id': {
    id: 'getRecord',
    tag: 'models',
    description: 'One record by its primary key (a JSON array of values for a composite key). A record of another tenant is a 404. Requires `models:read`.',
  },
  'PUT /models/:model/:id': {
    id: 'replaceRecord',
    tag: 'models',
    description: "Replaces a record: nullable fields left out become null. Errors as for create. Requires `models:update` and the model's `can_edit`.",
    errors: [409],
  },
  'PATCH /models/:model/:id': {
    id: 'updateRecord',
    tag: 'models',
    description: "Changes the fields given. The audit log records each change's old and new value. Requires `models:update` and the model's `can_edit`.",
    errors: [409],
  },
  'DELETE /models/:model/:id': {
    id: 'deleteRecord',
    tag: 'models',
    description: "Deletes a record; one that other records still refer to is a 409. Requires `models:delete` and the model's `can_delete`.",
    errors: [409],
  },
  'POST /models/:model/bulk/delete': {
    id: 'bulkDeleteRecords',
    tag: 'models',
    description: "Deletes the records named by `ids` (arrays for composite keys), or with `ids: \"all\"` every record matching `search` and `filters`, in one transaction: all or none. Records of other tenants are never selected. Audited as `bulk_delete`. Requires `models:delete` and the model's `can_delete`.",
    errors: [409],
  },
  'POST /models/:model/bulk/:action': {
    id: 'runBulkAction',
    tag: 'models',
    description: "Runs an action on the selected records in one transaction: the built-in `update` sets the fields given in `params` on every row; other actions are the model's `bulk_actions`. Answers `{success, affected, result}`; an unknown action is a 404. Audited under the action's name. Requires `models:update` and the model's `can_edit`.",
    errors: [409],
  },
  'GET /models/:model/export': {
    id: 'exportRecords',
    tag: 'models',
    description: "The model's records as `format=csv|json|xlsx`, with the list's `search`, `filters` and sort, streamed in key-ordered batches. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return are prefixed with `'` in CSV and XLSX so spreadsheets do not run them. Audited as `export`. Requires `models:export` and the model's `can_export`.",
  },
  'POST /models/:model/bulk/export': {
    id: 'bulkExportRecords',
    tag: 'models',
    description: 'The selected records (`ids`, or `"all"` with `search` and `filters`) as a file, as for the export. Requires `models:export`.',
  },
  'POST /models/:model/import/preview': {
    id: 'previewImport',
    tag: 'models',
    description: "Reads the CSV sent as multipart field `data` (UTF-8 with or without BOM, Latin-1 or CP1252; `,` `;` tab or `|`): its headers, first rows, each column's detected type, the encoding, the delimiter, the row count and the model's form schema. Nothing is written. Over the size limit is a 413. Requires `models:import` and the model's `can_import`.",
    errors: [413],
  },
  'POST /models/:model/import/validate': {
    id: 'validateImport',
    tag: 'models',
    description: 'A dry run: imports the CSV with `column_mappings` (query or form field) inside a transaction that is rolled back, so type errors and constraint violations (a duplicate, a missing reference) are all reported, each with its row, field, value and reason. Requires `models:import`.',
    errors: [413],
  },
  'POST /models/:model/import/execute': {
    id: 'executeImport',
    tag: 'models',
    description: "Imports the CSV. `mode=all` (the default) imports nothing when any row fails; `mode=partial` commits the good rows and reports the others; `failed_rows_url` downloads the failed rows as CSV. An `Idempotency-Key` header makes a retry with the same key answer the first result without importing again. `background=true` answers 202 with the job, whose progress `/jobs/{id}` reports. Audited as `import`. Requires `models:import`.",
    errors: [413],
  },
  'GET /jobs/:id': {
    id: 'getImportJob',
    tag: 'models',
    description: 'An import started by the caller: `running` with the rows processed so far, then `done` with its result or `failed` with the reason. Jobs are kept for an hour after they end.',
  },
  'GET /jobs/:id/failed-rows': {
    id: 'downloadFailedRows',
    tag: 'models',
    description: 'The rows of an import that failed, as they were sent, with their row number and the reason, as CSV (the first 10,000).',
  },
};
