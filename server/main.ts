import { buildApp } from './app.js';
import type { TesseraConfig } from './config.js';
import { ensureWebBuilt } from './web-build.js';

/** Builds what is missing, migrates, listens, and tells the person at the terminal how to log in. */
export async function serve(config: TesseraConfig, options: { buildWeb?: boolean } = {}): Promise<void> {
  if (options.buildWeb !== false) await ensureWebBuilt((line) => console.log(line));
  const app = await buildApp(config);
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
  await app.listen({ port: config.port, host: config.host });
  const admin = app.tessera.firstRun.createdAdmin;
  const lines = [``, `  Tessera is running at ${url}`, `  API docs: ${url}/schema/swagger`];
  if (admin?.generated) {
    lines.push(`  Log in as ${admin.email} with password ${admin.password}`, `  (generated now and shown only this once; set TESSERA_ADMIN_PASSWORD on a fresh data dir to choose it)`);
  } else if (admin) {
    lines.push(`  Log in as ${admin.email} with the password from TESSERA_ADMIN_PASSWORD`);
  } else {
    lines.push(`  Log in with your account. To add one: npx tessera user create --email you@example.com --role admin`);
  }
  console.log(`${lines.join('\n')}\n`);
}
