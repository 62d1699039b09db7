import type { TesseraConfig } from './config.js';
import type { MetadataDatabase } from './db/connect.js';
import { AuditRepository } from './modules/audit/audit.repository.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AccessTokens } from './modules/auth/access-tokens.js';
import { AuthService } from './modules/auth/auth.service.js';
import { LoginThrottle } from './modules/auth/login-throttle.js';
import { RefreshTokensRepository } from './modules/auth/refresh-tokens.repository.js';
import { TeamsRepository } from './modules/teams/teams.repository.js';
import { TeamsService } from './modules/teams/teams.service.js';
import { TenantsRepository } from './modules/tenants/tenants.repository.js';
import { TenantsService } from './modules/tenants/tenants.service.js';
import { UsersRepository } from './modules/users/users.repository.js';
import { UsersService } from './modules/users/users.service.js';

/** The core services every face maps onto; built once per app. */
export interface Core {
  metadata: MetadataDatabase;
  audit: AuditService;
  auth: AuthService;
  users: UsersService;
  teams: TeamsService;
  tenants: TenantsService;
  repositories: { users: UsersRepository; tenants: TenantsRepository };
}

export function createCore(metadata: MetadataDatabase, config: TesseraConfig): Core {
  const { db } = metadata;
  const usersRepo = new UsersRepository(db);
  const tenantsRepo = new TenantsRepository(db);
  const teamsRepo = new TeamsRepository(db);
  const refreshRepo = new RefreshTokensRepository(db);
  const audit = new AuditService(db, new AuditRepository(db));
  const accessTokens = new AccessTokens(config.jwtSecret, config.accessTokenTtlSeconds);
  const throttle = new LoginThrottle(config.loginLimit);
  return {
    metadata,
    audit,
    auth: new AuthService(usersRepo, refreshRepo, accessTokens, throttle, audit, config.refreshTokenTtlSeconds),
    users: new UsersService(usersRepo, tenantsRepo, refreshRepo, audit),
    teams: new TeamsService(teamsRepo, usersRepo, audit),
    tenants: new TenantsService(tenantsRepo, audit),
    repositories: { users: usersRepo, tenants: tenantsRepo },
  };
}
