import type { OperationDocs } from '../operation-docs.js';

/** The reference text of `/api/settings` (seed 004's theme settings). */
export const SETTINGS_OPERATIONS: OperationDocs = {
  'GET /theme': {
    id: 'getThemeSettings',
    tag: 'settings',
    description: "The caller's theme settings: their own when they saved some, else their tenant's default, else the built-in default; `source` says which.",
  },
  'PUT /theme': {
    id: 'saveThemeSettings',
    tag: 'settings',
    description: "Saves the caller's own theme settings, all six at once, so they follow the user to any browser. A value outside a setting's list, a missing setting or an unknown field is refused with 422 naming it.",
  },
  'DELETE /theme': {
    id: 'resetThemeSettings',
    tag: 'settings',
    description: "Forgets the caller's own theme settings, so their tenant's default applies again; answers with the settings that now apply.",
  },
  'GET /theme/default': {
    id: 'getTenantThemeDefault',
    tag: 'settings',
    description: "The theme settings of the caller's tenant for users who chose none: the tenant's default when its admins set one (`source: \"tenant\"`), else the built-in one.",
  },
  'PUT /theme/default': {
    id: 'saveTenantThemeDefault',
    tag: 'settings',
    description: "Sets the theme default of the caller's own tenant, for users without settings of their own. Requires `settings:manage` (admins). Values are checked as for `PUT /api/settings/theme`.",
  },
};
