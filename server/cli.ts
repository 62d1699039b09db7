import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '../common/permissions.js';
import { loadConfig } from './config.js';
import { openMetadata } from './db/open-metadata.js';
import { sqliteFile } from './config.js';
import { createCore } from './core.js';
import { createStores } from './stores/stores.js';
import { systemActor } from './modules/access/actor.js';
import { DomainError } from './modules/errors/domain-errors.js';
import { ensureDefaultTenant } from './modules/setup/first-run.js';
import { DEFAULT_TENANT_ID } from './modules/tenants/tenants.service.js';
import { randomBytes } from 'node:crypto';

const HELP = `Usage: tessera <command> [options]

Commands:
  serve                          Build the web app if needed, migrate, and serve (default)
  migrate                        Apply pending migrations to the metadata database
  user create --email E --role R [--tenant T] [--name N] [--password P]
                                 Create a user; roles: ${ROLES.join(', ')}.
                                 Without --password a password is generated and printed.
  openapi --write FILE           Write the OpenAPI document
  openapi --check FILE           Fail when FILE differs from the generated document

Settings come from the environment (PORT, HOST, TESSERA_DATA_DIR, DATABASE_URL, ...)
and an optional tessera.config.ts in the working directory.
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      email: { type: 'string' },
      role: { type: 'string' },
      tenant: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      write: { type: 'string' },
      check: { type: 'string' },
    },
  });
  const [command = 'serve', sub] = positionals;
  if (values.help || command === 'help') {
    console.log(HELP);
    return 0;
  }
  switch (command) {
    case 'serve': {
      const { serve } = await import('./main.js');
      await serve(await loadConfig());
      return -1;
    }
    case 'migrate': {
      const config = await loadConfig();
      const { metadata, migrations: result } = await openMetadata({ databaseUrl: config.databaseUrl, sqliteFile: sqliteFile(config) });
      try {
        const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Already up to date');
        console.log(`Metadata database: ${metadata.dialect} (${metadata.location})`);
      } finally {
        await metadata.close();
      }
      return 0;
    }
    case 'user':
      if (sub !== 'create') break;
      return createUser(values);
    case 'openapi': {
      const { generateOpenApiDocument } = await import('./openapi-document.js');
      const document = await generateOpenApiDocument();
      if (values.write) {
        writeFileSync(values.write, document);
        console.log(`Wrote ${values.write}`);
        return 0;
      }
      if (values.check) {
        const same = readFileSync(values.check, 'utf8') === document;
        console.log(same ? `${values.check} is up to date` : `${values.check} is out of date: run npm run openapi`);
        return same ? 0 : 1;
      }
      process.stdout.write(document);
      return 0;
    }
  }
  console.error(`Unknown command: ${positionals.join(' ')}\n\n${HELP}`);
  return 2;
}

async function createUser(values: { email?: string; role?: string; tenant?: string; name?: string; password?: string }): Promise<number> {
  if (!values.email || !values.role || !isRole(values.role)) {
    console.error(`user create needs --email and --role (one of ${ROLES.join(', ')})`);
    return 2;
  }
  const config = await loadConfig();
  const { metadata } = await openMetadata({ databaseUrl: config.databaseUrl, sqliteFile: sqliteFile(config) });
  try {
    const core = createCore(metadata, config, { error: (details, message) => console.error(message, details) }, createStores({ ...config, redis: undefined }));
    await ensureDefaultTenant(core);
    const password = values.password ?? randomBytes(12).toString('base64url');
    const user = await core.users.create(systemActor(values.tenant ?? DEFAULT_TENANT_ID), {
      email: values.email,
      password,
      name: values.name,
      role: values.role,
      tenant_id: values.tenant,
    });
    console.log(`Created ${user.role} ${user.email} (${user.id}) in tenant ${user.tenant_id}`);
    if (!values.password) console.log(`Password: ${password}`);
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await metadata.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
