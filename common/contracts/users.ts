import { Type, type Static } from 'typebox';
import { RoleSchema } from './auth.js';
import { Pagination, page } from './errors.js';

const Password = Type.String({ minLength: 8, maxLength: 1024, description: 'At least 8 characters' });

export const UserSchema = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    name: Type.String(),
    role: RoleSchema,
    tenant_id: Type.String(),
    is_active: Type.Boolean(),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    last_login_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { title: 'User' },
);

export const UserPage = page(UserSchema, 'UserPage');

export const CreateUserBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254 }),
    password: Password,
    name: Type.Optional(Type.String({ maxLength: 200 })),
    role: RoleSchema,
    tenant_id: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false, title: 'CreateUser' },
);

export const UpdateUserBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    role: Type.Optional(RoleSchema),
    is_active: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  { additionalProperties: false, title: 'UpdateUser' },
);

export const UserListQuery = Type.Object(
  { ...Pagination, search: Type.Optional(Type.String({ maxLength: 200 })), tenant_id: Type.Optional(Type.String({ maxLength: 64 })) },
  { additionalProperties: false },
);

/** A user as the management API returns it; the password hash never leaves the server. */
export type User = Static<typeof UserSchema>;
