import { isRole } from '../../../common/permissions.js';
import type { TableSchema, ColumnKind } from '../../db/introspection/index.js';
import type { Actor } from '../access/actor.js';
import type { TeamsService } from '../teams/teams.service.js';
import type { UsersService } from '../users/users.service.js';
import { invalid } from '../errors/domain-errors.js';
import { defineModel, type BuiltInExtras, type ModelDefinition } from './model-definition.js';
import type { AdminModelOptions } from './model-options.js';

/** The source name Tessera's own tables are registered under. */
export const BUILT_IN_SOURCE = 'tessera';

const CATEGORY = 'Tessera';
const TIMESTAMPS = ['created_at', 'updated_at', 'last_login_at', 'timestamp', 'added_at'];

/** The services whose rules a write to a built-in model must go through. */
export interface BuiltInServices {
  users: Pick<UsersService, 'update' | 'delete'>;
  teams: Pick<TeamsService, 'create' | 'update' | 'delete'>;
}

/** Only these fields are the service's to change; the rest of a body must be what the record holds. */
function pick(body: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key, value]) => fields.includes(key) && value !== undefined));
}

/**
 * The metadata store keeps booleans as 0/1 and instants as text on both stores; the panel shows
 * them as what they are.
 */
function withKinds(table: TableSchema, kinds: Record<string, ColumnKind>): TableSchema {
  return { ...table, columns: table.columns.map((c) => (kinds[c.name] ? { ...c, kind: kinds[c.name]! } : TIMESTAMPS.includes(c.name) ? { ...c, kind: 'datetime' as const } : c)) };
}

interface BuiltIn {
  options: Omit<AdminModelOptions, 'source'>;
  kinds?: Record<string, ColumnKind>;
  extras: BuiltInExtras;
}

function builtIns(services: BuiltInServices): BuiltIn[] {
  return [
    {
      options: { table: 'users', name: 'User', icon: 'users', hidden: ['password_hash'], tenantColumn: 'tenant_id', label: 'email', searchable: ['email', 'name'], canCreate: false, canImport: false, readOnlyFields: ['id', 'email', 'created_at', 'updated_at', 'last_login_at'], list: ['email', 'name', 'role', 'is_active', 'last_login_at'] },
      kinds: { is_active: 'boolean' },
      extras: {
        requires: 'users:read',
        writer: {
          update: async (actor: Actor, id: string, body: Record<string, unknown>) => {
            if (body.role !== undefined && !(typeof body.role === 'string' && isRole(body.role))) throw invalid('role is not a role', [{ field: 'role', message: 'must be one of viewer, editor, admin, superadmin' }]);
            if (body.name !== undefined && (typeof body.name !== 'string' || !body.name.trim())) throw invalid('name must not be empty', [{ field: 'name', message: 'must not be empty' }]);
            await services.users.update(actor, id, pick(body, ['name', 'role', 'is_active']) as Parameters<UsersService['update']>[2]);
          },
          delete: (actor: Actor, id: string) => services.users.delete(actor, id),
        },
      },
    },
    {
      options: { table: 'teams', name: 'Team', icon: 'users-group', tenantColumn: 'tenant_id', label: 'name', canImport: false, readOnlyFields: ['id', 'created_at', 'updated_at'] },
      extras: {
        requires: 'teams:read',
        writer: {
          create: async (actor: Actor, body: Record<string, unknown>) => {
            if (typeof body.name !== 'string') throw invalid('name is required', [{ field: 'name', message: 'is required' }]);
            return (await services.teams.create(actor, { name: body.name })).id;
          },
          update: async (actor: Actor, id: string, body: Record<string, unknown>) => void (await services.teams.update(actor, id, pick(body, ['name']) as { name?: string })),
          delete: (actor: Actor, id: string) => services.teams.delete(actor, id),
        },
      },
    },
    { options: { table: 'dashboards', name: 'Dashboard', icon: 'layout-dashboard', tenantColumn: 'tenant_id', label: 'name', readOnly: true, list: ['name', 'type', 'visibility', 'owner_id', 'version', 'updated_at'] }, kinds: { filters: 'json', tags: 'json' }, extras: { requires: 'dashboards:manage' } },
    { options: { table: 'audit_log', name: 'AuditEntry', icon: 'history', tenantColumn: 'tenant_id', readOnly: true, defaultSort: { field: 'id', order: 'desc' }, searchable: ['action', 'model', 'record_id', 'user_email'] }, kinds: { details: 'json' }, extras: { requires: 'audit:read' } },
  ];
}

/** Tessera's own tables as models; a configured model of the same name wins. */
export function builtInModels(tables: TableSchema[], services: BuiltInServices, taken: (name: string) => boolean): ModelDefinition[] {
  return builtIns(services).flatMap(({ options, kinds, extras }) => {
    const table = tables.find((t) => t.name === options.table);
    if (!table || taken(options.name!)) return [];
    return [defineModel({ ...options, source: BUILT_IN_SOURCE, category: CATEGORY }, withKinds(table, kinds ?? {}), extras)];
  });
}
