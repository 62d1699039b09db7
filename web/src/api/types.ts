import type { components } from './openapi.gen.js';

type Schemas = components['schemas'];

export type CurrentUser = Schemas['CurrentUser'];
export type User = Schemas['User'];
export type NewUser = Schemas['CreateUser'];
export type UserChanges = Schemas['UpdateUser'];

export type Team = Schemas['Team'];

/** A tenant as the tenant list gives it, with how many users it has. */
export type TenantWithUserCount = Schemas['TenantPage']['items'][number];

export type ThemeSettings = Schemas['ThemeSettings'];
export type EffectiveThemeSettings = Schemas['EffectiveThemeSettings'];
