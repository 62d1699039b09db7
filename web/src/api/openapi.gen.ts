// Generated from docs/openapi.json by `npm run openapi` (bin/generate-web-client.ts). Do not edit:
// change the route schemas and run `npm run openapi` again.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description Answers 200 while the process runs; for liveness probes.
         */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The metadata database answers
         * @description Answers 200 when the metadata database answers a query, 503 otherwise; for readiness probes and load balancers. With Redis configured, also says whether it is reachable; without it the instance still serves (200, `degraded`).
         */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authenticate with email and password
         * @description Checks the email and password and starts a session: returns an access token (a JWT, one hour) and a refresh token, and sets both as httpOnly cookies with a readable `tessera_csrf` cookie for the web UI. Repeated failures for one account or address are refused with 429 until the window passes.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for new tokens (the refresh token rotates)
         * @description Exchanges a refresh token (in the body, or the refresh cookie with the CSRF header) for a new pair. The refresh token rotates: presenting a used one again ends the whole session.
         */
        post: operations["refreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the refresh token and clear the session cookies
         * @description Ends the session: its refresh tokens are revoked and its access tokens are refused from now on. Clears the session cookies. Answers 204 even when there was no session.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user with roles and permissions
         * @description The signed-in user, with the roles the role implies and every permission it grants, so a client can decide what to show.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users of the tenant
         * @description Users of the caller's tenant, by email, with `search` over email and name. Superadmins may pass `tenant_id`. Requires `users:read`.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates a user in the caller's tenant (a superadmin may name another). Only a superadmin creates superadmins. Requires `users:create`; an email already in use is a 409.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description One user of the tenant. Requires `users:read`.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Deletes a user. Nobody deletes their own account (409). Requires `users:delete`.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Change name, role, active state or password
         * @description Changes name, role, active state or password. A new password or deactivation ends the user's sessions at once. Nobody changes their own role or deactivates themselves (409); only a superadmin changes a superadmin. Requires `users:update`.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/admin/api/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user
         * @description Stops a user from signing in and ends their sessions at once, keeping their work. Nobody deactivates themselves (409). Requires `users:update`.
         */
        post: operations["deactivateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/users/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate a user
         * @description Lets a deactivated user sign in again. Requires `users:update`.
         */
        post: operations["activateUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams with their members
         * @description Teams of the tenant with their members, by name. Requires `teams:read`.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create a team
         * @description Creates a team, optionally with members of the tenant. Requires `teams:create`; a name in use is a 409.
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a team
         * @description One team with its members. Requires `teams:read`.
         */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /**
         * Delete a team
         * @description Deletes a team; dashboards shared with it are no longer shared through it. Requires `teams:delete`.
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /**
         * Rename a team or replace its members
         * @description Renames a team or replaces its members (`member_ids`). Requires `teams:update`.
         */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/admin/api/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a member
         * @description Adds a user of the tenant to the team. Requires `teams:update`.
         */
        post: operations["addTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/teams/{id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Removes a user from the team. Requires `teams:update`.
         */
        delete: operations["removeTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tenants (superadmin)
         * @description Every tenant on the server. Requires `tenants:read` (superadmin).
         */
        get: operations["listTenants"];
        put?: never;
        /**
         * Create a tenant (superadmin); its id is derived from the name
         * @description Creates a tenant; its id is derived from the name. Requires `tenants:create` (superadmin); a name or id in use is a 409.
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/tenants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tenant
         * @description A tenant: a superadmin reads any, everyone else only their own (another is a 404).
         */
        get: operations["getTenant"];
        put?: never;
        post?: never;
        /**
         * Delete an empty tenant (superadmin)
         * @description Deletes a tenant that has no users left (409 otherwise). Requires `tenants:delete` (superadmin).
         */
        delete: operations["deleteTenant"];
        options?: never;
        head?: never;
        /**
         * Rename a tenant (superadmin)
         * @description Renames a tenant; its id stays. Requires `tenants:update` (superadmin).
         */
        patch: operations["renameTenant"];
        trace?: never;
    };
    "/admin/api/dashboard/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Record counts of the models the caller sees
         * @description Record counts of the models the caller sees (seed 000), `total_records` their sum, and the admin widgets. Counts are kept for a minute and estimated for very large tables (`count_exact: false`), so the call stays fast. Requires `models:read`.
         */
        get: operations["getDashboardStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/dashboard/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The admin dashboard's widgets with their data
         * @description The admin dashboard widgets declared in the config, each with its data computed now (or kept for its TTL); a failing widget comes with `error` and no data. Requires `models:read`.
         */
        get: operations["listAdminWidgets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/dashboard/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent activity from the audit log, newest first
         * @description Entries of the tenant's audit log, newest first, filtered by `action`, `model` (or `model_name`) and `record_id`: who changed what, when, from where. Requires `audit:read`.
         */
        get: operations["listActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Registered models the caller may see
         * @description The registered models the caller may see, with what the caller may do to each (`can_*` combine the role's permissions with the model's options). Models with a tenant column are every tenant's; others are a superadmin's unless they name the tenant. Requires `models:read`.
         */
        get: operations["listModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/models/{model}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A page of a model's records
         * @description A page of the model's records the caller reaches: `search` (case-insensitive, over the searchable fields), `filters` (JSON `[{field, operator, value}]`), `sort_by`/`sort_order` with the primary key as tiebreaker, `offset`/`limit` (limit clamped to 1..100) or keyset paging with `cursor` (`next_cursor` of the previous page). `total_exact` is false when the count is an estimate. `labels` names the records foreign keys point at. An unknown field in `sort_by` or `filters` is a 422. Requires `models:read`.
         */
        get: operations["listRecords"];
        put?: never;
        /**
         * Creates a record
         * @description Creates a record. Unknown fields, values of the wrong type and broken constraints are a 422 naming the field; a duplicate key or unique value is a 409. On a tenant-scoped model the tenant column is the caller's tenant. Requires `models:create` and the model's `can_create`.
         */
        post: operations["createRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/models/{model}/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The JSON Schema of a model's create or edit form
         * @description The JSON Schema of the model's form (`mode=create|edit`): nullable columns as `[type, "null"]`, the primary key read-only, `maxLength`, `enum`, `default`, `format`, and `relationshipConfig` on foreign keys. Requires `models:read` (`models:create` for the create form).
         */
        get: operations["getModelSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/models/{model}/relationships/{field}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Records a foreign-key field may point at, by label
         * @description Records the foreign-key `field` may point at, whose label contains `q`: `{items: [{id, label}], total, has_more}`. A field that is not a relation to a visible model is a 422. Requires `models:read`.
         */
        get: operations["searchRelatedRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/models/{model}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One record
         * @description One record by its primary key (a JSON array of values for a composite key). A record of another tenant is a 404. Requires `models:read`.
         */
        get: operations["getRecord"];
        /**
         * Replaces a record
         * @description Replaces a record: nullable fields left out become null. Errors as for create. Requires `models:update` and the model's `can_edit`.
         */
        put: operations["replaceRecord"];
        post?: never;
        /**
         * Deletes a record
         * @description Deletes a record; one that other records still refer to is a 409. Requires `models:delete` and the model's `can_delete`.
         */
        delete: operations["deleteRecord"];
        options?: never;
        head?: never;
        /**
         * Changes some fields of a record
         * @description Changes the fields given. The audit log records each change's old and new value. Requires `models:update` and the model's `can_edit`.
         */
        patch: operations["updateRecord"];
        trace?: never;
    };
    "/admin/api/models/{model}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exports the model's records
         * @description The model's records as `format=csv|json|xlsx`, with the list's `search`, `filters` and sort, streamed in key-ordered batches. Text cells starting with `=`, `+`, `-`, `@`, tab or carriage return are prefixed with `'` in CSV and XLSX so spreadsheets do not run them. Audited as `export`. Requires `models:export` and the model's `can_export`.
         */
        get: operations["exportRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/models/{model}/bulk/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exports the selected records
         * @description The selected records (`ids`, or `"all"` with `search` and `filters`) as a file, as for the export. Requires `models:export`.
         */
        post: operations["bulkExportRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import: its progress and, once done, its result
         * @description An import started by the caller: `running` with the rows processed so far, then `done` with its result or `failed` with the reason. Jobs are kept for an hour after they end.
         */
        get: operations["getImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/jobs/{id}/failed-rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rows an import could not take, as CSV with the reason
         * @description The rows of an import that failed, as they were sent, with their row number and the reason, as CSV (the first 10,000).
         */
        get: operations["downloadFailedRows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/models/{model}/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reads an uploaded CSV: its columns, first rows, detected types, encoding and delimiter
         * @description Reads the CSV sent as multipart field `data` (UTF-8 with or without BOM, Latin-1 or CP1252; `,` `;` tab or `|`): its headers, first rows, each column's detected type, the encoding, the delimiter, the row count and the model's form schema. Nothing is written. Over the size limit is a 413. Requires `models:import` and the model's `can_import`.
         */
        post: operations["previewImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/models/{model}/import/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imports an uploaded CSV in a transaction that is rolled back, reporting every error
         * @description A dry run: imports the CSV with `column_mappings` (query or form field) inside a transaction that is rolled back, so type errors and constraint violations (a duplicate, a missing reference) are all reported, each with its row, field, value and reason. Requires `models:import`.
         */
        post: operations["validateImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/models/{model}/import/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Imports an uploaded CSV
         * @description Imports the CSV. `mode=all` (the default) imports nothing when any row fails; `mode=partial` commits the good rows and reports the others; `failed_rows_url` downloads the failed rows as CSV. An `Idempotency-Key` header makes a retry with the same key answer the first result without importing again. `background=true` answers 202 with the job, whose progress `/jobs/{id}` reports. Audited as `import`. Requires `models:import`.
         */
        post: operations["executeImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/models/{model}/bulk/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deletes the selected records
         * @description Deletes the records named by `ids` (arrays for composite keys), or with `ids: "all"` every record matching `search` and `filters`, in one transaction: all or none. Records of other tenants are never selected. Audited as `bulk_delete`. Requires `models:delete` and the model's `can_delete`.
         */
        post: operations["bulkDeleteRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/api/models/{model}/bulk/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Runs a bulk action on the selected records
         * @description Runs an action on the selected records in one transaction: the built-in `update` sets the fields given in `params` on every row; other actions are the model's `bulk_actions`. Answers `{success, affected, result}`; an unknown action is a 404. Audited under the action's name. Requires `models:update` and the model's `can_edit`.
         */
        post: operations["runBulkAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/starred": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboards you starred
         * @description The dashboards the caller starred and may still see, most recently starred first (at most 100).
         */
        get: operations["listStarredBiDashboards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/recent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboards you opened lately
         * @description The dashboards the caller opened lately (`GET /dashboards/{id}`) and may still see, most recent first (at most 10).
         */
        get: operations["listRecentBiDashboards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/star": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Star a dashboard
         * @description Stars a dashboard the caller can see, for them alone. Starring twice changes nothing.
         */
        put: operations["starBiDashboard"];
        post?: never;
        /**
         * Take the star off a dashboard
         * @description Takes the caller's star off a dashboard.
         */
        delete: operations["unstarBiDashboard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboards the caller may see
         * @description Dashboards the caller may see (own, public, shared with them or their teams, and all of them for admins), newest first, filtered by `visibility`, `tag` and `search`. Each says whether the caller `can_edit` it.
         */
        get: operations["listBiDashboards"];
        put?: never;
        /**
         * Create a dashboard
         * @description Creates a dashboard owned by the caller, optionally with widgets. Requires `dashboards:create`.
         */
        post: operations["createBiDashboard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A dashboard with all its widgets
         * @description A dashboard with all its widgets and the caller's rights. Answers 304 to a matching `If-None-Match`.
         */
        get: operations["getBiDashboard"];
        /**
         * Change name, description, visibility, tags, filters or refresh (owner or admin)
         * @description Changes name, description, visibility, tags, saved filters or the refresh interval (owner or admin). Send the `version` the change is based on (in the body, or as `If-Match`): a stale one is refused with 409 (with the current dashboard) or 412, so concurrent editors never overwrite each other.
         */
        put: operations["updateBiDashboard"];
        post?: never;
        /**
         * Delete a dashboard and its widgets (owner or admin)
         * @description Deletes a dashboard with its widgets, shares and versions (owner or admin).
         */
        delete: operations["deleteBiDashboard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/layout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Move and resize several widgets in one change
         * @description Moves and resizes several widgets as one change (one new version). Open to whoever may edit the dashboard. Send the `version` the change is based on (in the body, or as `If-Match`): a stale one is refused with 409 (with the current dashboard) or 412, so concurrent editors never overwrite each other.
         */
        put: operations["updateBiLayout"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save an edit session (widgets and phone layout) as one version
         * @description Saves an edit session in one change (one new version, which carries `message`): `widgets` is the whole list the dashboard keeps, so widgets with a known `id` are changed, the others added, and those left out removed; `phone_layout` (when sent) is the order and heights of the tiles on a phone. All or nothing: a bad widget is refused with 422 naming it (`widgets.2.widget_type`). `version` is required: a stale one is refused with 409 and the current dashboard. Open to whoever may edit the dashboard.
         */
        put: operations["saveBiDashboardContent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Visibility and shares (owner or admin)
         * @description Visibility and the users and teams the dashboard is shared with, each with `view` or `edit` and the most their role allows. Open to whoever may edit the dashboard.
         */
        get: operations["getBiShares"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share with users and teams, and set visibility (owner or admin)
         * @description Shares with users and teams of the tenant (`view` or `edit`) and may set the visibility (owner or admin). A share never lifts anyone above their role: viewers only view.
         */
        post: operations["shareBiDashboard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/shares/{principal_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop sharing with a user or team
         * @description Stops sharing the dashboard with a user or team (owner or admin).
         */
        delete: operations["unshareBiDashboard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a widget on the 12-column grid
         * @description Adds a widget at a grid position, or at the first free place for a named `size`. Its data source (SQL on a named source, a metric, or inline rows) is checked when saved (400). Send the `version` the change is based on (in the body, or as `If-Match`): a stale one is refused with 409 (with the current dashboard) or 412, so concurrent editors never overwrite each other.
         */
        post: operations["addBiWidget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/widgets/{widget_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a widget
         * @description Changes a widget's title, type, position, configuration or data source. Send the `version` the change is based on (in the body, or as `If-Match`): a stale one is refused with 409 (with the current dashboard) or 412, so concurrent editors never overwrite each other.
         */
        put: operations["updateBiWidget"];
        post?: never;
        /**
         * Remove a widget
         * @description Removes a widget. `If-Match` with a stale version is refused with 412.
         */
        delete: operations["removeBiWidget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Saved versions, newest first
         * @description Saved versions of the dashboard, newest first: who changed what, when.
         */
        get: operations["listBiVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/versions/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One saved version with its content
         * @description One saved version with the dashboard and widgets as they were.
         */
        get: operations["getBiVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/versions/{n}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bring back a saved version (as a new version; owner or admin)
         * @description Brings back a saved version as a new version; the versions in between stay in the history. Open to whoever may edit the dashboard.
         */
        post: operations["restoreBiVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run every widget of a dashboard (cached, concurrently)
         * @description Runs every widget of the dashboard (at most four at a time, from the cache where fresh) with the given `filters`. A widget that fails reports `status: "error"` with its message; the others still load.
         */
        get: operations["getBiDashboardData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/widgets/{widget_id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Run one widget's query, drilled down or not
         * @description Runs one widget's query with the given `filters`.
         */
        get: operations["getBiWidgetData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/draft-widget/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a widget of an edit session that is not saved yet
         * @description Runs a widget as it stands in an edit session, before it is saved (a new widget, or one whose query changed), with the dashboard's saved filters and the given `filters`. Nothing is saved. Open to whoever may edit the dashboard and run queries.
         */
        post: operations["previewBiDraftWidgetData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/filters/{field}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The values a dashboard filter offers
         * @description The values a dashboard filter lists to pick from (at most 200, `truncated` when more match): the distinct values of the column its `values_from` names, containing `search` in any case, narrowed by the current values (`filters`) of the other filters listing from the same table. Read-only, run as the caller, kept 10 minutes. 404 for a filter without `values_from`; 400 when its table or column cannot be read.
         */
        get: operations["listBiFilterValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run an ad-hoc read-only query (editor)
         * @description Runs one read-only SQL statement on a data source, for previews in the widget editor. Anything but a single read is refused with 400; so is SQL the database fails, with the `line` (and `column`) it placed the error at when it said. Requires `queries:run`.
         */
        post: operations["runBiQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/metric-query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a metric by dimensions and time grain (editor)
         * @description Runs a metric cut by `dimensions` and `time_grain` (a metric widget's data source, not saved), for previews in the widget editor. 404 for an unknown metric; a database failure is a 400. Requires `queries:run`.
         */
        post: operations["runBiMetricQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live updates of a dashboard
         * @description Server-sent events about one dashboard, for as long as the connection stays open: `dashboard.updated` when someone saves it, `data.refreshed` when fresh results of a widget exist, and `presence` (first, then on every change) with who is editing it. Across instances when they share Redis. The caller must be able to read the dashboard; access is checked again every minute and the stream ends when it is gone.
         */
        get: operations["streamBiDashboardEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/dashboards/{dashboard_id}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Say that you are editing a dashboard (a heartbeat)
         * @description Says that the caller is editing the dashboard; sent every 10 s while in edit mode, the presence expires 30 s after the last one. Answers who is editing now. Needs the right to edit the dashboard (403 for viewers).
         */
        put: operations["heartbeatBiDashboardPresence"];
        post?: never;
        /**
         * Say that you stopped editing a dashboard
         * @description Says that the caller stopped editing the dashboard, so the others see it at once rather than when the presence expires.
         */
        delete: operations["leaveBiDashboardPresence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/data-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Data sources (URLs for admins only)
         * @description The data sources widgets may query: the server's own and the tenant's. Connection URLs are shown to admins only.
         */
        get: operations["listBiDataSources"];
        put?: never;
        /**
         * Register a data source for this tenant (admin)
         * @description Registers a data source for the tenant: a SQLite or DuckDB file inside the tenant's folder of the data dir, or a PostgreSQL server the server's policy allows. Requires `data_sources:write`.
         */
        post: operations["createBiDataSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/data-sources/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a data source (admin)
         * @description Changes a tenant's data source; cached results from it are dropped. Requires `data_sources:write`.
         */
        put: operations["updateBiDataSource"];
        post?: never;
        /**
         * Remove a data source (admin)
         * @description Removes a tenant's data source. Requires `data_sources:write`.
         */
        delete: operations["deleteBiDataSource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/data-sources/{name}/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tables and columns of a data source (editor)
         * @description The tables and columns of a data source, for completions in the SQL editor, read from the engine's own catalog (read-only, with the source's statement timeout). At most 500 tables and 10,000 columns (`truncated` when more exist); kept for a minute, and dropped at once when the source is changed or removed. Requires `queries:run` (editors and up); another tenant's source is a 404; 400 when the source cannot be read.
         */
        get: operations["getBiDataSourceSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics of the tenant
         * @description Metrics of the tenant: named measures over a table, to chart by dimension and time.
         */
        get: operations["listBiMetrics"];
        put?: never;
        /**
         * Define a metric (editor)
         * @description Defines a metric; it is compiled and checked against its data source (400 when it does not run). Requires `metrics:write`.
         */
        post: operations["createBiMetric"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/metrics/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a metric (editor)
         * @description Changes a metric, checked again against its data source. Requires `metrics:write`.
         */
        put: operations["updateBiMetric"];
        post?: never;
        /**
         * Delete a metric (editor)
         * @description Deletes a metric. Requires `metrics:write`.
         */
        delete: operations["deleteBiMetric"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/widget-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every widget type: the visualizations and the catalog types built on them
         * @description Every widget type: the nine visualizations and the catalog types (from the configuration or code) built on them, with their default configuration.
         */
        get: operations["listBiWidgetTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bi/principals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Users and teams of the tenant, for sharing
         * @description Users and teams of the tenant to share a dashboard with, with the most each may be given.
         */
        get: operations["listBiPrincipals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/theme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your theme settings
         * @description The caller's theme settings: their own when they saved some, else their tenant's default, else the built-in default; `source` says which.
         */
        get: operations["getThemeSettings"];
        /**
         * Save your theme settings
         * @description Saves the caller's own theme settings, all six at once, so they follow the user to any browser. A value outside a setting's list, a missing setting or an unknown field is refused with 422 naming it.
         */
        put: operations["saveThemeSettings"];
        post?: never;
        /**
         * Go back to your tenant's default
         * @description Forgets the caller's own theme settings, so their tenant's default applies again; answers with the settings that now apply.
         */
        delete: operations["resetThemeSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/theme/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your tenant's theme default
         * @description The theme settings of the caller's tenant for users who chose none: the tenant's default when its admins set one (`source: "tenant"`), else the built-in one.
         */
        get: operations["getTenantThemeDefault"];
        /**
         * Set your tenant's theme default (admin)
         * @description Sets the theme default of the caller's own tenant, for users without settings of their own. Requires `settings:manage` (admins). Values are checked as for `PUT /api/settings/theme`.
         */
        put: operations["saveTenantThemeDefault"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Card widgets
         * @description Also served at `/api/dashboard/widgets/`, with the trailing slash. The card widgets the caller may see, ordered by `order`: first-party cards (Status, Activity, Users, Data sources, Help & Docs, Models), cards registered in code, and cards of the admin models the caller may read. Each card's `data` is computed within a time limit and kept for its `refresh_seconds` per tenant; a card that fails comes back with `data.headline` "Unavailable", the reason in `detail` and `status: "down"`. `group` matches case-insensitively, `app` keeps the cards of that app (an admin source) and leaves out standalone ones, `dashboard_only=1` leaves out cards with `on_dashboard: false`. Editors and above (`cards:read`); viewers get 403.
         */
        get: operations["listCardWidgets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboards the caller may see, with OData $filter, $orderby, $skip, $top and $count
         * @description Dashboards the caller may see. OData `$filter` (comparisons, `and`/`or`/`not`, `contains`, `startswith`, `endswith`, string and date functions), `$orderby`, `$top`, `$skip` and `$count`; `@odata.nextLink` continues a long list. A query the server cannot read is a 400 naming the problem.
         */
        get: operations["listDashboards"];
        put?: never;
        /**
         * Create a dashboard with its widgets
         * @description Creates a dashboard with its widgets in one request. Answers with the new id, the version (also as `ETag`) and the widget count. Requires `dashboards:create`.
         */
        post: operations["createDashboard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A dashboard with its widgets' data, computed now (from the cache where fresh)
         * @description A dashboard with its widgets and each widget's data, computed now (from the cache where fresh). A widget that fails carries its own error; the rest still load. Answers 304 to a matching `If-None-Match`.
         */
        get: operations["getDashboard"];
        /**
         * Update a dashboard; `widgets` replaces the widgets (kept by id, updated, added, removed)
         * @description Changes a dashboard. `widgets`, when given, replaces the widgets: those with a known id are updated, new ones added, missing ones removed. Send the `version` it is based on (or `If-Match`): a stale one is refused with 409 or 412.
         */
        put: operations["updateDashboard"];
        post?: never;
        /**
         * Delete a dashboard and its widgets
         * @description Deletes a dashboard with its widgets (owner or admin).
         */
        delete: operations["deleteDashboard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/dashboards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user's assigned dashboards; one may be the default
         * @description The dashboards assigned to a user, the default one marked. Users read their own; admins read anyone's in the tenant.
         */
        get: operations["listUserDashboards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/dashboards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign a dashboard to a user, optionally as the default
         * @description Assigns a dashboard to a user, optionally as their default (which unmarks the previous one). Users manage their own; admins anyone's in the tenant. A dashboard the user cannot see is a 422: share it with them first.
         */
        put: operations["assignDashboard"];
        post?: never;
        /**
         * Unassign a dashboard
         * @description Removes a dashboard from the user's assignments. Users manage their own; admins anyone's in the tenant.
         */
        delete: operations["unassignDashboard"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** ActivityEntry */
        ActivityEntry: {
            action: string;
            model: string | null;
            record_id: string | null;
            /** Format: date-time */
            timestamp: string;
            user: string | null;
            details: {
                [key: string]: unknown;
            };
            ip: string | null;
            user_agent: string | null;
        };
        /** AddTeamMember */
        AddTeamMember: {
            user_id: string;
        };
        /** AdHocMetricQuery */
        AdHocMetricQuery: {
            metric: string;
            dimensions?: string[];
            time_grain?: "day" | "week" | "month" | "quarter" | "year" | (never | null);
            filters?: components["schemas"]["Filter"][];
        };
        /** AdHocQuery */
        AdHocQuery: {
            source?: string;
            sql: string;
            params?: {
                [key: string]: string | number | boolean | (never | null);
            };
            filters?: components["schemas"]["Filter"][];
        };
        /** AdminWidget */
        AdminWidget: {
            id: string;
            type: "metric" | "chart" | "list" | "custom";
            title: string;
            data: {
                [key: string]: unknown;
            };
            config: {
                [key: string]: unknown;
            };
            /** @description Why the widget has no data this time */
            error?: string;
        };
        /** AnalyticsAssign */
        AnalyticsAssign: {
            isDefault?: boolean;
        };
        /** AnalyticsAssignments */
        AnalyticsAssignments: {
            userId: string;
            dashboards: {
                id: string;
                name: string;
                type: string;
                isDefault: boolean;
            }[];
        };
        /** AnalyticsCreated */
        AnalyticsCreated: {
            id: string;
            name: string;
            type: string;
            createdAt: string;
            version: number;
            widgetCount: number;
        };
        /** AnalyticsCreateDashboard */
        AnalyticsCreateDashboard: {
            name: string;
            description?: string;
            type?: string;
            visibility?: "private" | "team" | "public";
            tags?: string[];
            filters?: components["schemas"]["Filter"][];
            widgets?: components["schemas"]["AnalyticsWidgetInput"][];
            refreshInterval?: number | null;
        };
        /** AnalyticsDashboard */
        AnalyticsDashboard: {
            id: string;
            name: string;
            description: string;
            type: string;
            widgets: {
                id: string;
                type: string;
                title: string;
                size: "small" | "medium" | "large";
                position: {
                    x: number;
                    y: number;
                    width: number;
                    height: number;
                };
                data: {
                    [key: string]: unknown;
                } | null;
                error?: string;
            }[];
            refreshInterval: number | null;
            createdAt: string;
            updatedAt: string;
            version: number;
        };
        /** AnalyticsDashboardList */
        AnalyticsDashboardList: {
            value: components["schemas"]["AnalyticsDashboardListItem"][];
            /** @description The number of all matches, across pages */
            count: number;
            /** @description The same number, with $count=true */
            "@odata.count"?: number;
            /** @description The next page, when this one stops short of what was asked for */
            "@odata.nextLink"?: string;
        };
        /** AnalyticsDashboardListItem */
        AnalyticsDashboardListItem: {
            id: string;
            name: string;
            description: string;
            type: string;
            widgetCount: number;
            refreshInterval: number | null;
            createdAt: string;
            updatedAt: string;
            version: number;
        };
        /** AnalyticsDeleted */
        AnalyticsDeleted: {
            success: boolean;
            message: string;
        };
        /** AnalyticsError */
        AnalyticsError: {
            error: {
                code: string;
                message: string;
                details?: unknown;
            };
        };
        /** AnalyticsMetricDataSource */
        AnalyticsMetricDataSource: {
            metric: string;
            dimensions?: string[];
            timeGrain?: "day" | "week" | "month" | "quarter" | "year" | (never | null);
            /** @description Seconds a result may be served from the cache; 0 = never */
            cacheTtlSeconds?: number;
        };
        /** AnalyticsSqlDataSource */
        AnalyticsSqlDataSource: {
            sql: string;
            /** @description Data source name; the default source when absent */
            source?: string;
            /** @description Seconds a result may be served from the cache; 0 = never */
            cacheTtlSeconds?: number;
        };
        /** AnalyticsStaticDataSource */
        AnalyticsStaticDataSource: {
            data: {
                [key: string]: unknown;
            }[];
        };
        /** AnalyticsUnassigned */
        AnalyticsUnassigned: {
            success: boolean;
        };
        /** AnalyticsUpdated */
        AnalyticsUpdated: {
            id: string;
            name: string;
            updatedAt: string;
            version: number;
        };
        /** AnalyticsUpdateDashboard */
        AnalyticsUpdateDashboard: {
            name?: string;
            description?: string;
            type?: string;
            visibility?: "private" | "team" | "public";
            tags?: string[];
            filters?: components["schemas"]["Filter"][];
            widgets?: components["schemas"]["AnalyticsWidgetInput"][];
            refreshInterval?: number | null;
            /** @description The dashboard version this change is based on */
            version?: number;
        };
        /** AnalyticsWidgetInput */
        AnalyticsWidgetInput: {
            /** @description Unique within the dashboard */
            id?: string;
            type: string;
            title: string;
            size?: "small" | "medium" | "large";
            position?: components["schemas"]["Position"];
            config?: {
                [key: string]: unknown;
            };
            dataSource?: (components["schemas"]["AnalyticsSqlDataSource"] | components["schemas"]["AnalyticsMetricDataSource"] | components["schemas"]["AnalyticsStaticDataSource"]) | (never | null);
        };
        /**
         * BulkActionParam
         * @description A value the action asks for, sent in `params` under its name
         */
        BulkActionParam: {
            name: string;
            label: string;
            type: "string" | "number" | "boolean";
            required: boolean;
            default: (string | number | boolean) | (never | null);
        };
        /** BulkActionRequest */
        BulkActionRequest: {
            /** @description Record ids (arrays for composite keys), or "all" for every row matching `search` and `filters` */
            ids: unknown[] | "all";
            search?: string;
            filters?: string | unknown[];
            params?: {
                [key: string]: unknown;
            };
        };
        /** BulkActionResult */
        BulkActionResult: {
            success: boolean;
            affected: number;
            result: unknown;
        };
        /** BulkActionSummary */
        BulkActionSummary: {
            name: string;
            label: string;
            confirm: string | null;
            params: components["schemas"]["BulkActionParam"][];
        };
        /** BulkDeleteRequest */
        BulkDeleteRequest: {
            /** @description Record ids (arrays for composite keys), or "all" for every row matching `search` and `filters` */
            ids: unknown[] | "all";
            search?: string;
            filters?: string | unknown[];
        };
        /** BulkDeleteResult */
        BulkDeleteResult: {
            deleted: number;
            success: boolean;
        };
        /** BulkExportRequest */
        BulkExportRequest: {
            /** @description Record ids (arrays for composite keys), or "all" for every row matching `search` and `filters` */
            ids: unknown[] | "all";
            search?: string;
            filters?: string | unknown[];
            format?: "csv" | "json" | "xlsx";
        };
        /**
         * CardData
         * @description What the card computed; keys beyond these are the card's own, passed through for API clients
         */
        CardData: {
            /** @description The big text */
            headline: string;
            /** @description The small line under it */
            detail: string;
            /** @description A badge: `ok`/`operational` (green), `degraded` (yellow), `down` (red) */
            status?: "ok" | "operational" | "degraded" | "down";
        } & {
            [key: string]: unknown;
        };
        /** CardWidget */
        CardWidget: {
            /** @description The card's id, unique among the registered cards */
            id: string;
            title: string;
            /** @description Inline SVG markup */
            icon: string;
            /** @description Lower first; first-party cards use 10, 20, … 60 */
            order: number;
            /** @enum {string} */
            widget_type: "card";
            /** @description Grid columns: 1 normal, 2 wide */
            span: 1 | 2;
            /** @description False: shown on group and app pages only */
            on_dashboard: boolean;
            /** @description Where the card links to (a path of the web app, or a URL) */
            url: string | null;
            data: components["schemas"]["CardData"];
            group: string | null;
            /** @description The admin source of a model's card; null for a standalone card */
            app_label: string | null;
            /** @description The model of a model's card */
            model_name: string | null;
            /** @description How long the data is kept; the page asks again after this */
            refresh_seconds: number;
        };
        /** CardWidgetList */
        CardWidgetList: {
            widgets: components["schemas"]["CardWidget"][];
        };
        /** CreateDashboard */
        CreateDashboard: {
            name: string;
            description?: string;
            type?: string;
            visibility?: "private" | "team" | "public";
            tags?: string[];
            filters?: components["schemas"]["Filter"][];
            refresh_interval_seconds?: number | null;
        };
        /** CreateDataSource */
        CreateDataSource: {
            name: string;
            kind: "duckdb" | "sqlite" | "postgres";
            /** @description duckdb, sqlite: a file name inside the tenant's folder `<data dir>/sources/<tenant>/` (no `..`, no absolute paths, no symlinks leading out, no hard links); postgres: a postgres:// URL to a host the server's dataSourcePolicy allows (never the metadata database; only sslmode, application_name and connect_timeout parameters) */
            url: string;
            timeout_ms?: number | null;
        };
        /** CreateMetric */
        CreateMetric: {
            name: string;
            description?: string;
            source?: string;
            table: string;
            measure: string;
            time_column?: string | null;
            dimensions?: string[];
        };
        /** CreateTeam */
        CreateTeam: {
            name: string;
            member_ids?: string[];
        };
        /** CreateUser */
        CreateUser: {
            /** Format: email */
            email: string;
            /** @description At least 8 characters */
            password: string;
            name?: string;
            role: "viewer" | "editor" | "admin" | "superadmin";
            tenant_id?: string;
        };
        /** CreateWidget */
        CreateWidget: {
            /** @description Unique within the dashboard */
            id?: string;
            name: string;
            widget_type: string;
            position: components["schemas"]["Position"];
            data_source?: (components["schemas"]["SqlDataSource"] | components["schemas"]["MetricDataSource"] | components["schemas"]["StaticDataSource"]) | (never | null);
            config?: {
                [key: string]: unknown;
            };
            /** @description The dashboard version this change is based on */
            version?: number;
        };
        /** CurrentUser */
        CurrentUser: {
            id: string;
            email: string;
            name: string;
            tenant_id: string;
            roles: ("viewer" | "editor" | "admin" | "superadmin")[];
            permissions: ("dashboards:read" | "widgets:read" | "metrics:read" | "models:read" | "dashboards:create" | "dashboards:update" | "dashboards:delete" | "widgets:create" | "widgets:update" | "widgets:delete" | "queries:run" | "metrics:write" | "models:create" | "models:update" | "models:export" | "cards:read" | "dashboards:manage" | "users:read" | "users:create" | "users:update" | "users:delete" | "teams:read" | "teams:create" | "teams:update" | "teams:delete" | "audit:read" | "data_sources:read" | "data_sources:write" | "models:delete" | "models:import" | "settings:manage" | "tenants:read" | "tenants:create" | "tenants:update" | "tenants:delete")[];
        };
        /** Dashboard */
        Dashboard: {
            id: string;
            name: string;
            description: string;
            type: string;
            tenant_id: string;
            created_by: string;
            owner_email: string | null;
            visibility: "private" | "team" | "public";
            tags: string[];
            widget_count: number;
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            can_edit: boolean;
            can_manage: boolean;
            filters: components["schemas"]["Filter"][];
            refresh_interval_seconds: number | null;
            widgets: components["schemas"]["Widget"][];
            phone_layout: components["schemas"]["PhoneLayout"];
        };
        /** DashboardData */
        DashboardData: {
            widgets: components["schemas"]["WidgetData"][];
        };
        /** DashboardEditor */
        DashboardEditor: {
            user_id: string;
            name: string;
            /**
             * Format: date-time
             * @description When they started editing
             */
            since: string;
        };
        /** DashboardEditors */
        DashboardEditors: {
            editors: components["schemas"]["DashboardEditor"][];
        };
        /** DashboardPage */
        DashboardPage: {
            items: components["schemas"]["DashboardSummary"][];
            total: number;
            limit: number;
            offset: number;
        };
        /** DashboardStats */
        DashboardStats: {
            models: components["schemas"]["ModelCount"][];
            total_records: number;
            total_models: number;
            widgets: components["schemas"]["AdminWidget"][];
        };
        /** DashboardSummary */
        DashboardSummary: {
            id: string;
            name: string;
            description: string;
            type: string;
            tenant_id: string;
            created_by: string;
            owner_email: string | null;
            visibility: "private" | "team" | "public";
            tags: string[];
            widget_count: number;
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            can_edit: boolean;
            can_manage: boolean;
        };
        /** DashboardSummaryList */
        DashboardSummaryList: {
            items: components["schemas"]["DashboardSummary"][];
        };
        /** DataSource */
        DataSource: {
            name: string;
            kind: "duckdb" | "sqlite" | "postgres";
            managed: boolean;
            timeout_ms: number | null;
            /** @description Shown to admins only; passwords are masked */
            url?: string;
        };
        /** DataSourceList */
        DataSourceList: {
            items: components["schemas"]["DataSource"][];
        };
        /** DataSourceSchema */
        DataSourceSchema: {
            source: string;
            tables: {
                /** @description Left out for the source's default schema (DuckDB main, PostgreSQL public, SQLite) */
                schema?: string;
                name: string;
                columns: {
                    name: string;
                    /** @description The engine's own type name */
                    type: string;
                }[];
            }[];
            /** @description More than 500 tables or 10,000 columns: the rest were left out */
            truncated: boolean;
        };
        /** DraftWidgetData */
        DraftWidgetData: {
            widget: components["schemas"]["SessionWidget"];
            filters?: components["schemas"]["Filter"][];
        };
        /** EffectiveThemeSettings */
        EffectiveThemeSettings: {
            /**
             * @description Light, dark, or whatever the device prefers (`system`)
             * @enum {string}
             */
            color_mode: "light" | "dark" | "system";
            /**
             * @description The primary color of buttons, links and highlights
             * @enum {string}
             */
            accent: "blue" | "cyan" | "grape" | "green" | "indigo" | "lime" | "orange" | "pink" | "red" | "teal" | "violet" | "yellow";
            /**
             * @description The font family of the whole app
             * @enum {string}
             */
            font: "sans" | "serif" | "mono";
            /**
             * @description The gray shade of surfaces, borders and muted text
             * @enum {string}
             */
            gray: "slate" | "gray" | "zinc" | "neutral" | "stone";
            /**
             * @description Multiplies the corner radius of every component: 0 is square, 2 twice as round as the default
             * @enum {number}
             */
            radius: 0 | 0.5 | 1 | 1.5 | 2;
            /**
             * @description `default`: top bar with the navigation at the side; `boxed`: content in a centered column; `condensed`: tighter spacing; `fluid`: navigation across the top, content the full width; `vertical`: the navigation runs the full height at the side
             * @enum {string}
             */
            layout: "default" | "boxed" | "condensed" | "fluid" | "vertical";
            /** @description Where the settings come from: the caller's own, their tenant's default, or the built-in default */
            source: "user" | "tenant" | "default";
        };
        /** Error */
        Error: {
            detail: string;
            status_code: number;
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description On a version conflict (409): the record as it is now */
            current?: unknown;
            /** @description A failed query (400 QUERY_FAILED): the line of the SQL the database placed its error on, when it said */
            line?: number;
            /** @description A failed query: the column on that line, when the database said */
            column?: number;
        };
        /** Filter */
        Filter: {
            field: string;
            operator: "eq" | "neq" | "in" | "not_in" | "gt" | "gte" | "lt" | "lte" | "between" | "contains";
            values: (string | number | boolean | (never | null))[];
            /** @description What the filter bar calls it ("Order date"); the field, in words, when absent */
            label?: string;
            /** @description Where the filter bar lists the values to pick from: a table of a data source (the default source unless named) and its column (the field unless named). Filters listing from the same table narrow each other. */
            values_from?: {
                source?: string;
                table: string;
                column?: string;
            };
        };
        /** FilterValues */
        FilterValues: {
            values: (string | number | boolean | (never | null))[];
            /** @description More values match than are listed: search to narrow */
            truncated: boolean;
        };
        /** Health */
        Health: {
            status: string;
        };
        /** ImportJob */
        ImportJob: {
            id: string;
            model: string;
            status: "running" | "done" | "failed";
            processed_rows: number;
            /** Format: date-time */
            started_at: string;
            /** Format: date-time */
            finished_at: string | null;
            result?: components["schemas"]["ImportResult"];
            error: string | null;
        };
        /** ImportPreview */
        ImportPreview: {
            headers: string[];
            preview_rows: {
                [key: string]: string;
            }[];
            column_types: {
                csv_column: string;
                detected_type: string;
                sample_values: string[];
                nullable: boolean;
            }[];
            model_schema: components["schemas"]["ModelJsonSchema"];
            delimiter: string;
            encoding: string;
            total_rows: number;
        };
        /** ImportResult */
        ImportResult: {
            success: boolean;
            message: string;
            imported_count: number;
            failed_count: number;
            errors: components["schemas"]["ImportRowError"][];
            job_id: string;
            failed_rows_url: string | null;
        };
        /** ImportRowError */
        ImportRowError: {
            row_number: number;
            field: string;
            value: unknown;
            error: string;
        };
        /** ImportUpload */
        ImportUpload: {
            /**
             * Format: binary
             * @description The CSV file
             */
            data: string;
            /** @description JSON `[{csv_column, model_field, transform: none|lowercase|uppercase|trim}]`; columns named like fields map themselves when absent */
            column_mappings?: string;
        };
        /** ImportValidation */
        ImportValidation: {
            errors: components["schemas"]["ImportRowError"][];
            valid_count: number;
            invalid_count: number;
            total_rows: number;
            sample_valid_rows: components["schemas"]["ModelRecord"][];
        };
        /** Layout */
        Layout: {
            positions: {
                widget_id: string;
                /** @description Column 0–11 */
                x: number;
                y: number;
                /** @description 1–12; x + width ≤ 12 */
                width: number;
                /** @description 1–24 grid rows */
                height: number;
            }[];
            version?: number;
        };
        /** LoginRequest */
        LoginRequest: {
            email: string;
            password: string;
        };
        /** Metric */
        Metric: {
            id: string;
            name: string;
            description: string;
            source: string;
            table: string;
            /** @description An aggregate expression such as SUM(revenue) */
            measure: string;
            time_column: string | null;
            dimensions: string[];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** MetricDataSource */
        MetricDataSource: {
            metric: string;
            dimensions?: string[];
            time_grain?: "day" | "week" | "month" | "quarter" | "year" | (never | null);
            /** @description Seconds a result may be served from the cache; 0 = never */
            cache_ttl_seconds?: number;
        };
        /** MetricList */
        MetricList: {
            items: components["schemas"]["Metric"][];
        };
        /** ModelCount */
        ModelCount: {
            name: string;
            model_name: string;
            count: number;
            icon: string;
            category: string | null;
            count_exact: boolean;
        };
        /**
         * ModelJsonSchema
         * @description JSON Schema of a record form
         */
        ModelJsonSchema: {
            /** @enum {string} */
            type: "object";
            title: string;
            properties: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            required: string[];
        };
        /**
         * ModelRecord
         * @description A record: its visible columns by name
         */
        ModelRecord: {
            [key: string]: unknown;
        };
        /** ModelSummary */
        ModelSummary: {
            name: string;
            model_name: string;
            icon: string;
            category: string | null;
            can_create: boolean;
            can_edit: boolean;
            can_delete: boolean;
            can_view_details: boolean;
            can_export: boolean;
            can_import: boolean;
            bulk_actions: components["schemas"]["BulkActionSummary"][];
            /** @description Key columns; a record id is the key value, or a JSON array of values for a composite key */
            primary_key: string[];
            label_field: string | null;
            list_fields: string[];
            searchable_fields: string[];
            sortable_fields: string[];
            filterable_fields: string[];
            default_sort: {
                field: string;
                order: "asc" | "desc";
            } | null;
        };
        /**
         * PhoneLayout
         * @description The author's small-screen layout; null stacks the tiles in desktop order
         */
        PhoneLayout: {
            widget_id: string;
            /** @description Grid rows, as on the desktop grid */
            height: number;
        }[] | null;
        /** Position */
        Position: {
            /** @description Column 0–11 */
            x: number;
            y: number;
            /** @description 1–12; x + width ≤ 12 */
            width: number;
            /** @description 1–24 grid rows */
            height: number;
        };
        /** Principal */
        Principal: {
            id: string;
            type: "user" | "team";
            name: string;
            email?: string;
            /** @description The most a share can grant them (viewers: view) */
            max_permission: "view" | "edit";
        };
        /** QueryResult */
        QueryResult: {
            columns: {
                name: string;
                type: "number" | "string" | "boolean" | "date" | "datetime" | "json";
            }[];
            rows: {
                [key: string]: unknown;
            }[];
            row_count: number;
            /** @description false when every row is here; otherwise the cap that cut the result short: "rows" (row cap) or "bytes" (result size cap) */
            truncated: false | "rows" | "bytes";
            cached_at: string;
            duration_ms: number;
            ignored_filters: string[];
        };
        /** RateLimited */
        RateLimited: {
            /** @enum {string} */
            error: "Too Many Requests";
            retry_after: number;
            detail: string;
            /** @enum {number} */
            status_code: 429;
        };
        /** Readiness */
        Readiness: {
            /** @description `ok`; `degraded` while Redis is away (the instance serves from its own memory); `unavailable` with 503 when the metadata database does not answer */
            status: string;
            database: string;
            /** @description Present when Redis is configured */
            redis?: "ok" | "unavailable";
            detail?: string;
        };
        /** RecordList */
        RecordList: {
            items: components["schemas"]["ModelRecord"][];
            total: number;
            offset: number;
            limit: number;
            /** @description False when `total` is an estimate (a very large table, or a count that ran past its time budget) */
            total_exact: boolean;
            next_cursor: string | null;
            /** @description For each foreign-key field: the label of each record this page refers to, by id */
            labels: {
                [key: string]: {
                    [key: string]: string;
                };
            };
        };
        /** RefreshRequest */
        RefreshRequest: {
            refresh_token?: string;
        };
        /** RelationSearchResult */
        RelationSearchResult: {
            items: {
                id: unknown;
                label: string;
            }[];
            total: number;
            has_more: boolean;
        };
        /** Revision */
        Revision: {
            version: number;
            action: string;
            author_id: string | null;
            author_email: string | null;
            /** Format: date-time */
            created_at: string;
            /** @description What the author said when saving an edit session */
            message: string | null;
            dashboard: {
                name: string;
                description: string;
                type: string;
                visibility: "private" | "team" | "public";
                tags: string[];
                filters: components["schemas"]["Filter"][];
                refresh_interval_seconds: number | null;
                widgets: components["schemas"]["Widget"][];
                phone_layout?: components["schemas"]["PhoneLayout"];
            };
        };
        /** RevisionList */
        RevisionList: {
            items: {
                version: number;
                action: string;
                author_id: string | null;
                author_email: string | null;
                /** Format: date-time */
                created_at: string;
                /** @description What the author said when saving an edit session */
                message: string | null;
            }[];
        };
        /** SaveContent */
        SaveContent: {
            /** @description The dashboard version this change is based on */
            version: number;
            /** @description What this edit session changed, shown in the history */
            message?: string;
            /** @description Every widget the dashboard keeps; those left out are removed */
            widgets: components["schemas"]["SessionWidget"][];
            phone_layout?: components["schemas"]["PhoneLayout"];
        };
        /** SessionWidget */
        SessionWidget: {
            /** @description Unique within the dashboard */
            id?: string;
            name: string;
            widget_type: string;
            position: components["schemas"]["Position"];
            data_source?: (components["schemas"]["SqlDataSource"] | components["schemas"]["MetricDataSource"] | components["schemas"]["StaticDataSource"]) | (never | null);
            config?: {
                [key: string]: unknown;
            };
        };
        /** Share */
        Share: {
            visibility?: "private" | "team" | "public";
            shared_with: string[];
            permissions?: "view" | "edit";
        };
        /** Shares */
        Shares: {
            dashboard_id: string;
            visibility: "private" | "team" | "public";
            shares: {
                principal_type: "user" | "team";
                principal_id: string;
                name: string;
                permission: "view" | "edit";
                /** @description The most this share can grant: a user's role is a ceiling, so a viewer only ever views */
                max_permission: "view" | "edit";
            }[];
        };
        /** SqlDataSource */
        SqlDataSource: {
            sql: string;
            /** @description Data source name; the default source when absent */
            source?: string;
            /** @description Seconds a result may be served from the cache; 0 = never */
            cache_ttl_seconds?: number;
        };
        /** StaticDataSource */
        StaticDataSource: {
            data: {
                [key: string]: unknown;
            }[];
        };
        /** Team */
        Team: {
            id: string;
            name: string;
            tenant_id: string;
            members: {
                id: string;
                email: string;
                name: string;
            }[];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** TeamPage */
        TeamPage: {
            items: components["schemas"]["Team"][];
            total: number;
            limit: number;
            offset: number;
        };
        /** Tenant */
        Tenant: {
            id: string;
            name: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** TenantName */
        TenantName: {
            name: string;
        };
        /** TenantPage */
        TenantPage: {
            items: {
                id: string;
                name: string;
                created_at: string;
                updated_at: string;
                user_count: number;
            }[];
            total: number;
            limit: number;
            offset: number;
        };
        /** TenantThemeSettings */
        TenantThemeSettings: {
            /**
             * @description Light, dark, or whatever the device prefers (`system`)
             * @enum {string}
             */
            color_mode: "light" | "dark" | "system";
            /**
             * @description The primary color of buttons, links and highlights
             * @enum {string}
             */
            accent: "blue" | "cyan" | "grape" | "green" | "indigo" | "lime" | "orange" | "pink" | "red" | "teal" | "violet" | "yellow";
            /**
             * @description The font family of the whole app
             * @enum {string}
             */
            font: "sans" | "serif" | "mono";
            /**
             * @description The gray shade of surfaces, borders and muted text
             * @enum {string}
             */
            gray: "slate" | "gray" | "zinc" | "neutral" | "stone";
            /**
             * @description Multiplies the corner radius of every component: 0 is square, 2 twice as round as the default
             * @enum {number}
             */
            radius: 0 | 0.5 | 1 | 1.5 | 2;
            /**
             * @description `default`: top bar with the navigation at the side; `boxed`: content in a centered column; `condensed`: tighter spacing; `fluid`: navigation across the top, content the full width; `vertical`: the navigation runs the full height at the side
             * @enum {string}
             */
            layout: "default" | "boxed" | "condensed" | "fluid" | "vertical";
            /** @description `tenant` when the tenant's admins chose a default, `default` for the built-in one */
            source: "tenant" | "default";
        };
        /** ThemeSettings */
        ThemeSettings: {
            /**
             * @description Light, dark, or whatever the device prefers (`system`)
             * @enum {string}
             */
            color_mode: "light" | "dark" | "system";
            /**
             * @description The primary color of buttons, links and highlights
             * @enum {string}
             */
            accent: "blue" | "cyan" | "grape" | "green" | "indigo" | "lime" | "orange" | "pink" | "red" | "teal" | "violet" | "yellow";
            /**
             * @description The font family of the whole app
             * @enum {string}
             */
            font: "sans" | "serif" | "mono";
            /**
             * @description The gray shade of surfaces, borders and muted text
             * @enum {string}
             */
            gray: "slate" | "gray" | "zinc" | "neutral" | "stone";
            /**
             * @description Multiplies the corner radius of every component: 0 is square, 2 twice as round as the default
             * @enum {number}
             */
            radius: 0 | 0.5 | 1 | 1.5 | 2;
            /**
             * @description `default`: top bar with the navigation at the side; `boxed`: content in a centered column; `condensed`: tighter spacing; `fluid`: navigation across the top, content the full width; `vertical`: the navigation runs the full height at the side
             * @enum {string}
             */
            layout: "default" | "boxed" | "condensed" | "fluid" | "vertical";
        };
        /** TokenPair */
        TokenPair: {
            access_token: string;
            refresh_token: string;
            /** @enum {string} */
            token_type: "bearer";
            /** @description Seconds until the access token expires */
            expires_in: number;
        };
        /** UpdateDashboard */
        UpdateDashboard: {
            name?: string;
            description?: string;
            type?: string;
            visibility?: "private" | "team" | "public";
            tags?: string[];
            filters?: components["schemas"]["Filter"][];
            refresh_interval_seconds?: number | null;
            /** @description The version this change is based on; a stale one is refused with 409 */
            version?: number;
        };
        /** UpdateDataSource */
        UpdateDataSource: {
            url?: string;
            timeout_ms?: number | null;
        };
        /** UpdateMetric */
        UpdateMetric: {
            description?: string;
            source?: string;
            table?: string;
            measure?: string;
            time_column?: string | null;
            dimensions?: string[];
        };
        /** UpdateTeam */
        UpdateTeam: {
            name?: string;
            member_ids?: string[];
        };
        /** UpdateUser */
        UpdateUser: {
            name?: string;
            role?: "viewer" | "editor" | "admin" | "superadmin";
            is_active?: boolean;
            /** @description At least 8 characters */
            password?: string;
        };
        /** UpdateWidget */
        UpdateWidget: {
            name?: string;
            widget_type?: string;
            position?: components["schemas"]["Position"];
            data_source?: (components["schemas"]["SqlDataSource"] | components["schemas"]["MetricDataSource"] | components["schemas"]["StaticDataSource"]) | (never | null);
            config?: {
                [key: string]: unknown;
            };
            /** @description The dashboard version this change is based on */
            version?: number;
        };
        /** User */
        User: {
            id: string;
            email: string;
            name: string;
            role: "viewer" | "editor" | "admin" | "superadmin";
            tenant_id: string;
            is_active: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            last_login_at: string | null;
        };
        /** UserPage */
        UserPage: {
            items: components["schemas"]["User"][];
            total: number;
            limit: number;
            offset: number;
        };
        /** Widget */
        Widget: {
            id: string;
            dashboard_id: string;
            name: string;
            widget_type: string;
            position: {
                x: number;
                y: number;
                width: number;
                height: number;
            };
            data_source: {
                [key: string]: unknown;
            } | null;
            config: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** WidgetData */
        WidgetData: {
            widget_id: string;
            status: "ok" | "error";
            columns: {
                name: string;
                type: "number" | "string" | "boolean" | "date" | "datetime" | "json";
            }[];
            rows: {
                [key: string]: unknown;
            }[];
            row_count: number;
            /** @description false when every row is here; otherwise the cap that cut the result short: "rows" (row cap) or "bytes" (result size cap) */
            truncated: false | "rows" | "bytes";
            /** Format: date-time */
            cached_at: string | null;
            duration_ms: number;
            error: string | null;
            ignored_filters: string[];
            shape?: components["schemas"]["WidgetShape"];
        };
        /** WidgetShape */
        WidgetShape: {
            /** @enum {string} */
            kind: "text";
            markdown: string;
        } | {
            /** @enum {string} */
            kind: "kpi";
            /** @description The first row's `config.value` column, or its first numeric column */
            value: number | null;
            /** @description Change in percent: the `config.trend` column, or against the `config.compare` column */
            trend?: number | null;
        };
        /** WidgetTypeList */
        WidgetTypeList: {
            items: {
                type: string;
                visualization: string;
                label: string;
                category: string;
                config: {
                    [key: string]: unknown;
                };
            }[];
        };
    };
    responses: {
        /** @description Malformed request (unreadable JSON, a bad filter or query) */
        AnalyticsError400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnalyticsError"];
            };
        };
        /** @description Not signed in, or the session has ended */
        AnalyticsError401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnalyticsError"];
            };
        };
        /** @description Signed in, but the role or the share does not allow this */
        AnalyticsError403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnalyticsError"];
            };
        };
        /** @description Not found, or not visible to the caller */
        AnalyticsError404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnalyticsError"];
            };
        };
        /** @description Conflicts with the current state (a duplicate, or a stale version) */
        AnalyticsError409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnalyticsError"];
            };
        };
        /** @description If-Match names a version that is no longer current */
        AnalyticsError412: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnalyticsError"];
            };
        };
        /** @description Request body larger than 1 MiB */
        AnalyticsError413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnalyticsError"];
            };
        };
        /** @description URL longer than 8 KiB */
        AnalyticsError414: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnalyticsError"];
            };
        };
        /** @description Body is not JSON */
        AnalyticsError415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnalyticsError"];
            };
        };
        /** @description A field failed validation; `errors` names each one */
        AnalyticsError422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnalyticsError"];
            };
        };
        /** @description Too many requests; retry after the time given */
        AnalyticsError429: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnalyticsError"];
            };
        };
        /** @description Request headers larger than 16 KiB */
        AnalyticsError431: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["AnalyticsError"];
            };
        };
        /** @description Malformed request (unreadable JSON, a bad filter or query) */
        Error400: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not signed in, or the session has ended */
        Error401: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Signed in, but the role or the share does not allow this */
        Error403: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not found, or not visible to the caller */
        Error404: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Conflicts with the current state (a duplicate, or a stale version) */
        Error409: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description If-Match names a version that is no longer current */
        Error412: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Request body larger than 1 MiB */
        Error413: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description URL longer than 8 KiB */
        Error414: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Body is not JSON */
        Error415: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A field failed validation; `errors` names each one */
        Error422: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Request headers larger than 16 KiB */
        Error431: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests; retry after the time given */
        RateLimited429: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RateLimited"];
            };
        };
        /** @description Response */
        Readiness503: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Readiness"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            503: components["responses"]["Readiness503"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error400"];
            403: components["responses"]["Error403"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentUser"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                search?: string;
                tenant_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUser"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUser"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    activateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listTeams: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamPage"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeam"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeam"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    addTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTeamMember"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    removeTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
                user_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listTenants: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantPage"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantName"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    deleteTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    renameTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantName"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getDashboardStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardStats"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listAdminWidgets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminWidget"][];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listActivity: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                action?: string;
                model?: string;
                /** @description The same as `model` */
                model_name?: string;
                record_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityEntry"][];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelSummary"][];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listRecords: {
        parameters: {
            query?: {
                offset?: number;
                /** @description Clamped to 1..100 */
                limit?: number;
                sort_by?: string;
                sort_order?: "asc" | "desc";
                /** @description Case-insensitive substring over the searchable fields */
                search?: string;
                /** @description JSON `[{field, operator, value}]`; operators eq, ne, lt, le, gt, ge, in, contains, starts_with, is_null, between */
                filters?: string;
                /** @description A `next_cursor` from the previous page of the same list (keyset paging; `offset` is then ignored) */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordList"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    createRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
            };
            cookie?: never;
        };
        /** @description A record: its visible columns by name */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelRecord"];
            };
        };
        responses: {
            /** @description A record: its visible columns by name */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRecord"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getModelSchema: {
        parameters: {
            query?: {
                mode?: "create" | "edit";
            };
            header?: never;
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON Schema of a record form */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelJsonSchema"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    searchRelatedRecords: {
        parameters: {
            query?: {
                q?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
                field: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationSearchResult"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
                /** @description The primary key; a JSON array of its values for a composite key */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A record: its visible columns by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRecord"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    replaceRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
                /** @description The primary key; a JSON array of its values for a composite key */
                id: string;
            };
            cookie?: never;
        };
        /** @description A record: its visible columns by name */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelRecord"];
            };
        };
        responses: {
            /** @description A record: its visible columns by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRecord"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    deleteRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
                /** @description The primary key; a JSON array of its values for a composite key */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    updateRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
                /** @description The primary key; a JSON array of its values for a composite key */
                id: string;
            };
            cookie?: never;
        };
        /** @description A record: its visible columns by name */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ModelRecord"];
            };
        };
        responses: {
            /** @description A record: its visible columns by name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelRecord"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    exportRecords: {
        parameters: {
            query?: {
                format?: "csv" | "json" | "xlsx";
                sort_by?: string;
                sort_order?: "asc" | "desc";
                search?: string;
                filters?: string;
            };
            header?: never;
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed, as an attachment named `{model}_export.{format}` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/json": components["schemas"]["ModelRecord"][];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    bulkExportRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkExportRequest"];
            };
        };
        responses: {
            /** @description The file, streamed, as an attachment named `{model}_export.{format}` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/json": components["schemas"]["ModelRecord"][];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    downloadFailedRows: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, streamed, as an attachment named `{model}_export.{format}` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/json": components["schemas"]["ModelRecord"][];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    previewImport: {
        parameters: {
            query?: {
                /** @description JSON `[{csv_column, model_field, transform: none|lowercase|uppercase|trim}]`; columns named like fields map themselves when absent */
                column_mappings?: string;
                /** @description `all`: nothing is imported when a row fails; `partial`: the good rows are */
                mode?: "all" | "partial";
                /** @description Answer 202 with the job at once; follow it at `/jobs/{id}` */
                background?: boolean;
            };
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportUpload"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreview"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    validateImport: {
        parameters: {
            query?: {
                /** @description JSON `[{csv_column, model_field, transform: none|lowercase|uppercase|trim}]`; columns named like fields map themselves when absent */
                column_mappings?: string;
                /** @description `all`: nothing is imported when a row fails; `partial`: the good rows are */
                mode?: "all" | "partial";
                /** @description Answer 202 with the job at once; follow it at `/jobs/{id}` */
                background?: boolean;
            };
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportUpload"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportValidation"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    executeImport: {
        parameters: {
            query?: {
                /** @description JSON `[{csv_column, model_field, transform: none|lowercase|uppercase|trim}]`; columns named like fields map themselves when absent */
                column_mappings?: string;
                /** @description `all`: nothing is imported when a row fails; `partial`: the good rows are */
                mode?: "all" | "partial";
                /** @description Answer 202 with the job at once; follow it at `/jobs/{id}` */
                background?: boolean;
            };
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportUpload"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResult"];
                };
            };
            /** @description Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    bulkDeleteRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDeleteRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResult"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    runBulkAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The model name, as `GET /models` lists it (any case) */
                model: string;
                action: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkActionRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkActionResult"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listStarredBiDashboards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardSummaryList"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listRecentBiDashboards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardSummaryList"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    starBiDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    unstarBiDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listBiDashboards: {
        parameters: {
            query?: {
                visibility?: "private" | "team" | "public";
                tag?: string;
                search?: string;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardPage"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    createBiDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDashboard"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getBiDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            /** @description Not modified since the ETag given in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    updateBiDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDashboard"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    deleteBiDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    updateBiLayout: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Layout"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    saveBiDashboardContent: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveContent"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getBiShares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shares"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    shareBiDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Share"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shares"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    unshareBiDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
                principal_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    addBiWidget: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWidget"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    updateBiWidget: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
                widget_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWidget"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            412: components["responses"]["Error412"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    removeBiWidget: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
                widget_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            412: components["responses"]["Error412"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listBiVersions: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevisionList"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getBiVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dashboard_id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Revision"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    restoreBiVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dashboard"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getBiDashboardData: {
        parameters: {
            query?: {
                /** @description JSON array of {field, operator, values}; overrides saved filters on the same fields */
                filters?: string;
            };
            header?: never;
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardData"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getBiWidgetData: {
        parameters: {
            query?: {
                /** @description JSON array of {field, operator, values}; overrides saved filters on the same fields */
                filters?: string;
                /** @description JSON array of the values clicked so far down the widget's drill levels (`config.drill` of a metric widget); `[]` shows the first level */
                drill?: string;
            };
            header?: never;
            path: {
                dashboard_id: string;
                widget_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetData"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    previewBiDraftWidgetData: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftWidgetData"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetData"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listBiFilterValues: {
        parameters: {
            query?: {
                /** @description Only values containing this text, in any case */
                search?: string;
                /** @description JSON array of the other filters' current values, which narrow the list */
                filters?: string;
            };
            header?: never;
            path: {
                dashboard_id: string;
                field: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilterValues"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    runBiQuery: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdHocQuery"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryResult"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    runBiMetricQuery: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdHocMetricQuery"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueryResult"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    streamBiDashboardEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Server-sent events (`text/event-stream`), one JSON object per `data:` line:
             *     - `dashboard.updated` `{version, by: {user_id, name}}`: someone saved the dashboard or its widgets;
             *     - `data.refreshed` `{widget_id, cached_at}`: fresh results of a widget are in the cache;
             *     - `presence` `{editors: [{user_id, name, since}]}`: sent first, then whenever someone starts or stops editing.
             *     A comment line is sent every 15 s to keep proxies from closing the stream.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    heartbeatBiDashboardPresence: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardEditors"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    leaveBiDashboardPresence: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                dashboard_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listBiDataSources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSourceList"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    createBiDataSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDataSource"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSource"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    updateBiDataSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDataSource"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSource"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    deleteBiDataSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getBiDataSourceSchema: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataSourceSchema"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listBiMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricList"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    createBiMetric: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMetric"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Metric"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    updateBiMetric: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMetric"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Metric"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            409: components["responses"]["Error409"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    deleteBiMetric: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            404: components["responses"]["Error404"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listBiWidgetTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WidgetTypeList"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listBiPrincipals: {
        parameters: {
            query?: {
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"][];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getThemeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectiveThemeSettings"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    saveThemeSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemeSettings"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectiveThemeSettings"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    resetThemeSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectiveThemeSettings"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    getTenantThemeDefault: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantThemeSettings"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    saveTenantThemeDefault: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ThemeSettings"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantThemeSettings"];
                };
            };
            400: components["responses"]["Error400"];
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            413: components["responses"]["Error413"];
            414: components["responses"]["Error414"];
            415: components["responses"]["Error415"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listCardWidgets: {
        parameters: {
            query?: {
                /** @description Only cards of this group (any case) */
                group?: string;
                /** @description Only cards of this app (an admin source); standalone cards are left out */
                app?: string;
                /** @description `1`: leave out cards with `on_dashboard: false` */
                dashboard_only?: "0" | "1" | "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardWidgetList"];
                };
            };
            401: components["responses"]["Error401"];
            403: components["responses"]["Error403"];
            414: components["responses"]["Error414"];
            422: components["responses"]["Error422"];
            429: components["responses"]["RateLimited429"];
            431: components["responses"]["Error431"];
        };
    };
    listDashboards: {
        parameters: {
            query?: {
                /** @description OData $filter, up to 2000 characters */
                $filter?: string;
                /** @description OData $orderby: properties or functions of them, each optionally asc or desc */
                $orderby?: string;
                /** @description Rows to skip: a whole number in digits */
                $skip?: string;
                /** @description Rows wanted in all: a whole number in digits. Over 100 come in pages linked by @odata.nextLink */
                $top?: string;
                /** @description true adds @odata.count, the number of all matches */
                $count?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsDashboardList"];
                };
            };
            400: components["responses"]["AnalyticsError400"];
            401: components["responses"]["AnalyticsError401"];
            403: components["responses"]["AnalyticsError403"];
            414: components["responses"]["AnalyticsError414"];
            422: components["responses"]["AnalyticsError422"];
            429: components["responses"]["AnalyticsError429"];
            431: components["responses"]["AnalyticsError431"];
        };
    };
    createDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalyticsCreateDashboard"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsCreated"];
                };
            };
            400: components["responses"]["AnalyticsError400"];
            401: components["responses"]["AnalyticsError401"];
            403: components["responses"]["AnalyticsError403"];
            409: components["responses"]["AnalyticsError409"];
            413: components["responses"]["AnalyticsError413"];
            414: components["responses"]["AnalyticsError414"];
            415: components["responses"]["AnalyticsError415"];
            422: components["responses"]["AnalyticsError422"];
            429: components["responses"]["AnalyticsError429"];
            431: components["responses"]["AnalyticsError431"];
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsDashboard"];
                };
            };
            /** @description Not modified since the ETag given in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["AnalyticsError400"];
            401: components["responses"]["AnalyticsError401"];
            403: components["responses"]["AnalyticsError403"];
            404: components["responses"]["AnalyticsError404"];
            414: components["responses"]["AnalyticsError414"];
            422: components["responses"]["AnalyticsError422"];
            429: components["responses"]["AnalyticsError429"];
            431: components["responses"]["AnalyticsError431"];
        };
    };
    updateDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalyticsUpdateDashboard"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsUpdated"];
                };
            };
            400: components["responses"]["AnalyticsError400"];
            401: components["responses"]["AnalyticsError401"];
            403: components["responses"]["AnalyticsError403"];
            404: components["responses"]["AnalyticsError404"];
            409: components["responses"]["AnalyticsError409"];
            412: components["responses"]["AnalyticsError412"];
            413: components["responses"]["AnalyticsError413"];
            414: components["responses"]["AnalyticsError414"];
            415: components["responses"]["AnalyticsError415"];
            422: components["responses"]["AnalyticsError422"];
            429: components["responses"]["AnalyticsError429"];
            431: components["responses"]["AnalyticsError431"];
        };
    };
    deleteDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsDeleted"];
                };
            };
            401: components["responses"]["AnalyticsError401"];
            403: components["responses"]["AnalyticsError403"];
            404: components["responses"]["AnalyticsError404"];
            414: components["responses"]["AnalyticsError414"];
            422: components["responses"]["AnalyticsError422"];
            429: components["responses"]["AnalyticsError429"];
            431: components["responses"]["AnalyticsError431"];
        };
    };
    listUserDashboards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsAssignments"];
                };
            };
            401: components["responses"]["AnalyticsError401"];
            403: components["responses"]["AnalyticsError403"];
            404: components["responses"]["AnalyticsError404"];
            414: components["responses"]["AnalyticsError414"];
            422: components["responses"]["AnalyticsError422"];
            429: components["responses"]["AnalyticsError429"];
            431: components["responses"]["AnalyticsError431"];
        };
    };
    assignDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                userId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnalyticsAssign"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsAssignments"];
                };
            };
            400: components["responses"]["AnalyticsError400"];
            401: components["responses"]["AnalyticsError401"];
            403: components["responses"]["AnalyticsError403"];
            404: components["responses"]["AnalyticsError404"];
            413: components["responses"]["AnalyticsError413"];
            414: components["responses"]["AnalyticsError414"];
            415: components["responses"]["AnalyticsError415"];
            422: components["responses"]["AnalyticsError422"];
            429: components["responses"]["AnalyticsError429"];
            431: components["responses"]["AnalyticsError431"];
        };
    };
    unassignDashboard: {
        parameters: {
            query?: never;
            header?: {
                /** @description With cookie sessions (the web UI): the value of the `tessera_csrf` cookie. Not needed with a bearer token. */
                "x-csrf-token"?: string;
            };
            path: {
                userId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsUnassigned"];
                };
            };
            401: components["responses"]["AnalyticsError401"];
            403: components["responses"]["AnalyticsError403"];
            404: components["responses"]["AnalyticsError404"];
            414: components["responses"]["AnalyticsError414"];
            422: components["responses"]["AnalyticsError422"];
            429: components["responses"]["AnalyticsError429"];
            431: components["responses"]["AnalyticsError431"];
        };
    };
}
