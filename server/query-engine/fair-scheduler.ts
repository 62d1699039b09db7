interface Waiter {
  start: () => void;
}

interface UserState {
  active: number;
  queue: Waiter[];
}

interface TenantState {
  active: number;
  users: Map<string, UserState>;
  /** Users with queries waiting, in the order they get the next free tenant slot. */
  turns: string[];
}

/** Requests that name no user (background checks) share this bucket, held to the tenant limit only. */
const NO_USER = '';

/**
 * Admits query executions so that nobody takes the engine to themselves: at most `perUser` run at
 * once for one user and `perTenant` for one tenant. A user's executions past the limit wait in
 * arrival order; when a tenant slot frees, the waiting users take turns, so a user with a long queue
 * does not keep others waiting behind it. Another user under both limits starts at once.
 */
export class FairScheduler {
  private readonly tenants = new Map<string, TenantState>();

  constructor(
    private readonly perUser: number,
    private readonly perTenant: number,
  ) {
    for (const [name, limit] of [['perUser', perUser], ['perTenant', perTenant]] as const) {
      if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`${name} must be a positive integer, got ${limit}`);
    }
  }

  async run<T>(tenantId: string, userId: string | undefined, task: () => Promise<T>): Promise<T> {
    const tenant = this.tenant(tenantId);
    const userKey = userId ?? NO_USER;
    const user = this.user(tenant, userKey);
    if (this.canStart(tenant, userKey, user)) {
      this.admit(tenant, user);
    } else {
      await new Promise<void>((start) => {
        user.queue.push({ start });
        if (!tenant.turns.includes(userKey)) tenant.turns.push(userKey);
      });
    }
    try {
      return await task();
    } finally {
      tenant.active -= 1;
      user.active -= 1;
      this.dispatch(tenant);
      this.forget(tenantId, tenant, userKey, user);
    }
  }

  /** Running and waiting executions of a tenant, for tests and monitoring. */
  load(tenantId: string): { active: number; waiting: number } {
    const tenant = this.tenants.get(tenantId);
    if (!tenant) return { active: 0, waiting: 0 };
    let waiting = 0;
    for (const user of tenant.users.values()) waiting += user.queue.length;
    return { active: tenant.active, waiting };
  }

  private canStart(tenant: TenantState, userKey: string, user: UserState): boolean {
    return tenant.active < this.perTenant && (userKey === NO_USER || user.active < this.perUser);
  }

  private admit(tenant: TenantState, user: UserState): void {
    tenant.active += 1;
    user.active += 1;
  }

  /** Hands free tenant slots to waiting users in turn, skipping those at their own limit. */
  private dispatch(tenant: TenantState): void {
    let checked = 0;
    while (tenant.active < this.perTenant && checked < tenant.turns.length) {
      const userKey = tenant.turns.shift() as string;
      const user = tenant.users.get(userKey) as UserState;
      if (!this.canStart(tenant, userKey, user)) {
        tenant.turns.push(userKey);
        checked += 1;
        continue;
      }
      this.admit(tenant, user);
      (user.queue.shift() as Waiter).start();
      if (user.queue.length > 0) tenant.turns.push(userKey);
      checked = 0;
    }
  }

  private tenant(tenantId: string): TenantState {
    let tenant = this.tenants.get(tenantId);
    if (!tenant) this.tenants.set(tenantId, (tenant = { active: 0, users: new Map(), turns: [] }));
    return tenant;
  }

  private user(tenant: TenantState, userKey: string): UserState {
    let user = tenant.users.get(userKey);
    if (!user) tenant.users.set(userKey, (user = { active: 0, queue: [] }));
    return user;
  }

  private forget(tenantId: string, tenant: TenantState, userKey: string, user: UserState): void {
    if (user.active === 0 && user.queue.length === 0) tenant.users.delete(userKey);
    if (tenant.active === 0 && tenant.users.size === 0) this.tenants.delete(tenantId);
  }
}
