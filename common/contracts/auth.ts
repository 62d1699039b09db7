import { Type, type Static } from 'typebox';
import { ROLE_PERMISSIONS, type Permission } from '../permissions.js';

/** viewer ⊂ editor ⊂ admin; superadmin spans tenants. Mirrors ROLES in common/permissions.ts. */
export const RoleSchema = Type.Union([Type.Literal('viewer'), Type.Literal('editor'), Type.Literal('admin'), Type.Literal('superadmin')]);
/** Every permission there is (the superadmin holds them all), as a string enum. */
export const PermissionSchema = Type.Unsafe<Permission>({ type: 'string', enum: [...ROLE_PERMISSIONS.superadmin] });

export const LoginBody = Type.Object(
  { email: Type.String({ minLength: 3, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false, title: 'LoginRequest' },
);

export const RefreshBody = Type.Object(
  { refresh_token: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })) },
  { additionalProperties: false, title: 'RefreshRequest' },
);

export const TokenPairSchema = Type.Object(
  {
    access_token: Type.String(),
    refresh_token: Type.String(),
    token_type: Type.Literal('bearer'),
    expires_in: Type.Integer({ description: 'Seconds until the access token expires' }),
  },
  { title: 'TokenPair' },
);

export const CurrentUserSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    name: Type.String(),
    tenant_id: Type.String(),
    roles: Type.Array(RoleSchema),
    permissions: Type.Array(PermissionSchema),
  },
  { title: 'CurrentUser' },
);

/** What `GET /admin/api/auth/me` returns; the web UI keeps this, never the tokens. */
export type CurrentUser = Static<typeof CurrentUserSchema>;
export type TokenPair = Static<typeof TokenPairSchema>;
