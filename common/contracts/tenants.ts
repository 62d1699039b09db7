import { Type } from 'typebox';
import { page } from './errors.js';

export const TenantSchema = Type.Object(
  { id: Type.String(), name: Type.String(), created_at: Type.String({ format: 'date-time' }), updated_at: Type.String({ format: 'date-time' }) },
  { title: 'Tenant' },
);

export const TenantPage = page(
  Type.Object({ id: Type.String(), name: Type.String(), created_at: Type.String(), updated_at: Type.String(), user_count: Type.Integer() }),
  'TenantPage',
);

export const TenantBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100, pattern: '[A-Za-z0-9]' }) },
  { additionalProperties: false, title: 'TenantName' },
);
