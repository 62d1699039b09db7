import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Static, TSchema } from 'typebox';
import type { Permission } from '../../common/permissions.js';
import { IdParams, NoContent, detailErrors } from '../../common/contracts/errors.js';
import { assertCan, type Actor } from '../modules/access/actor.js';
import { requireActor } from '../plugins/auth.js';

/** One operation of a resource: who may call it and the service method that does the work. */
interface Operation<TRun> {
  summary: string;
  /** Checked before the service runs (the service checks again; this is what the reference names). */
  permission?: Permission;
  run: TRun;
}

interface Page<T> {
  items: T[];
  total: number;
}

/**
 * A plain CRUD resource declared once: its path, schemas, permissions and service methods. From it,
 * `registerResource` registers `GET /things`, `POST /things`, `GET/PATCH/DELETE /things/:id`, each
 * validated and documented by the contract schemas, answering 201 on create and 204 on delete.
 */
export interface ResourceDeclaration<Item extends TSchema, PageSchema extends TSchema, Query extends TSchema, Create extends TSchema, Update extends TSchema> {
  /** The collection's path, e.g. `/users`; items live at `/users/:id`. */
  path: string;
  item: Item;
  list: Operation<(actor: Actor, query: Static<Query>) => Promise<Page<Static<Item>>>> & { query: Query; page: PageSchema };
  create: Operation<(actor: Actor, body: Static<Create>) => Promise<Static<Item>>> & { body: Create };
  get: Operation<(actor: Actor, id: string) => Promise<Static<Item>>>;
  update: Operation<(actor: Actor, id: string, body: Static<Update>) => Promise<Static<Item>>> & { body: Update };
  remove: Operation<(actor: Actor, id: string) => Promise<void>>;
}

/** The actor, once the operation's permission is checked. */
function authorized(request: FastifyRequest, permission: Permission | undefined): Actor {
  const actor = requireActor(request);
  if (permission) assertCan(actor, permission);
  return actor;
}

export function registerResource<Item extends TSchema, PageSchema extends TSchema, Query extends TSchema, Create extends TSchema, Update extends TSchema>(
  app: FastifyInstance,
  resource: ResourceDeclaration<Item, PageSchema, Query, Create, Update>,
): void {
  const { path, item, list, create, get, update, remove } = resource;
  const one = `${path}/:id`;
  // The schemas below validate each part before a handler runs, so the parts have these types.
  type Request = FastifyRequest<{ Params: Static<typeof IdParams> }>;

  app.get(path, { schema: { summary: list.summary, querystring: list.query, response: { 200: list.page, ...detailErrors() } } }, async (request: Request) => {
    const query = request.query as Static<Query> & { limit?: number; offset?: number };
    const { limit = 50, offset = 0 } = query;
    const { items, total } = await list.run(authorized(request, list.permission), { ...query, limit, offset });
    return { items, total, limit, offset };
  });

  app.post(path, { schema: { summary: create.summary, body: create.body, response: { 201: item, ...detailErrors(409) } } }, async (request: Request, reply) =>
    reply.status(201).send(await create.run(authorized(request, create.permission), request.body as Static<Create>)),
  );

  app.get(one, { schema: { summary: get.summary, params: IdParams, response: { 200: item, ...detailErrors(404) } } }, async (request: Request) =>
    get.run(authorized(request, get.permission), request.params.id),
  );

  app.patch(one, { schema: { summary: update.summary, params: IdParams, body: update.body, response: { 200: item, ...detailErrors(404, 409) } } }, async (request: Request) =>
    update.run(authorized(request, update.permission), request.params.id, request.body as Static<Update>),
  );

  app.delete(one, { schema: { summary: remove.summary, params: IdParams, response: { 204: NoContent, ...detailErrors(404, 409) } } }, async (request: Request, reply) => {
    await remove.run(authorized(request, remove.permission), request.params.id);
    return reply.status(204).send(null);
  });
}
