// AdminJS 7 on Fastify 5 over one PostgreSQL table, as its docs set it up, for bench/admin-list.ts.
// Env: DATABASE_URL, TABLE, PORT. No authentication: the bench calls its REST API directly
// (Tessera, its counterpart, checks a Bearer token on every request, so this favours AdminJS).
import AdminJS from 'adminjs';
import AdminJSFastify from '@adminjs/fastify';
import Adapter, { Database, Resource } from '@adminjs/sql';
import Fastify from 'fastify';

AdminJS.registerAdapter({ Database, Resource });

const url = process.env.DATABASE_URL;
const database = await new Adapter('postgresql', { connectionString: url, database: new URL(url).pathname.slice(1) }).init();
const admin = new AdminJS({ rootPath: '/admin', resources: [{ resource: database.table(process.env.TABLE), options: {} }] });
const app = Fastify({ logger: false });
await AdminJSFastify.buildRouter(admin, app);
app.get('/healthz', async () => ({ ok: true }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log(`AdminJS listening on ${process.env.PORT}`);
