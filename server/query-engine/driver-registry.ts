import type { Driver } from './drivers/driver.js';
import type { DuckDbLimits } from './drivers/duckdb-settings.js';
import { DuckDbDriver } from './drivers/duckdb.driver.js';
import { PostgresDriver } from './drivers/postgres.driver.js';
import { SqliteDriver } from './drivers/sqlite.driver.js';
import type { DataSourceDefinition } from './types.js';

/** Engine-wide settings a source may override; drivers fall back to their own defaults. */
export interface DriverDefaults {
  duckdb?: Partial<DuckDbLimits>;
}

export function createDriver(source: DataSourceDefinition, defaults: DriverDefaults = {}): Driver {
  switch (source.kind) {
    case 'duckdb':
      return new DuckDbDriver(source.url, {
        ...defaults.duckdb,
        ...(source.memoryLimit !== undefined ? { memoryLimit: source.memoryLimit } : {}),
        ...(source.threads !== undefined ? { threads: source.threads } : {}),
      });
    case 'sqlite':
      return new SqliteDriver(source.url, source.memoryLimit !== undefined ? { memoryLimit: source.memoryLimit } : {});
    case 'postgres':
      return new PostgresDriver(source.url);
  }
}

interface Registered {
  tenantId: string;
  name: string;
  identity: string;
  driver: Driver;
}

/**
 * Drivers are opened on first use and kept, one per tenant and source. When a source is redefined
 * (another URL, kind or limit), the driver for the old definition is closed.
 */
export class DriverRegistry {
  private readonly drivers = new Map<string, Registered>();

  constructor(private readonly create: (source: DataSourceDefinition) => Driver = createDriver) {}

  get(tenantId: string, source: DataSourceDefinition): Driver {
    const key = JSON.stringify([tenantId, source.name]);
    const identity = JSON.stringify([source.kind, source.url, source.memoryLimit, source.threads]);
    const existing = this.drivers.get(key);
    if (existing?.identity === identity) return existing.driver;
    if (existing) void existing.driver.close().catch(() => undefined);
    const driver = this.create(source);
    this.drivers.set(key, { tenantId, name: source.name, identity, driver });
    return driver;
  }

  /** Closes every driver, or a tenant's, or one source's; later queries open them again. */
  async close(tenantId?: string, name?: string): Promise<void> {
    const closing: Promise<void>[] = [];
    for (const [key, entry] of this.drivers) {
      if (tenantId !== undefined && entry.tenantId !== tenantId) continue;
      if (name !== undefined && entry.name !== name) continue;
      this.drivers.delete(key);
      closing.push(entry.driver.close());
    }
    await Promise.all(closing);
  }
}
