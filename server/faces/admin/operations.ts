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
  'GET /dashboard/activity': {
    id: 'listActivity',
    tag: 'activity',
    description: "Entries of the tenant's audit log, newest first, filtered by `action` and `model`: who changed what, when, from where. Requires `audit:read`.",
  },
};
