import { z } from 'zod';
import { ROLES } from '../../../shared/limits.js';
import { type TAppDeps, type TZodApp, requireActor } from '../http/context.js';
import { ZCreateUser, ZListUsers, ZUpdateUser, createUser, getUser, listUsers, updateUser } from './user.service.js';

const ZUserOut = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  orgId: z.number(),
  orgName: z.string().optional(),
  roles: z.array(z.enum(ROLES)),
  department: z.string().nullable(),
  locale: z.string(),
  isDisabled: z.boolean(),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
});
const present = (u: z.input<typeof ZUserOut> | Record<string, unknown>) => ZUserOut.parse(u);
const ZId = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export function registerUserRoutes(app: TZodApp, { db }: TAppDeps) {
  app.post(
    '/api/v1/users',
    { schema: { tags: ['users'], summary: '创建账号 Create an account', body: ZCreateUser, response: { 201: ZUserOut } } },
    async (req, reply) => reply.status(201).send(present(await createUser(db, requireActor(req), req.body))),
  );
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: '账号列表 List accounts in my subtree',
        querystring: ZListUsers,
        response: { 200: z.object({ items: z.array(ZUserOut), total: z.number() }) },
      },
    },
    async (req) => {
      const r = await listUsers(db, requireActor(req), req.query);
      return { items: r.items.map(present), total: r.total };
    },
  );
  app.get(
    '/api/v1/users/:id',
    { schema: { tags: ['users'], summary: '账号详情 One account', params: ZId, response: { 200: ZUserOut } } },
    async (req) => present(await getUser(db, requireActor(req), req.params.id)),
  );
  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: '修改账号 Edit, disable or reset the password of an account',
        params: ZId,
        body: ZUpdateUser,
        response: { 200: ZUserOut },
      },
    },
    async (req) => present(await updateUser(db, requireActor(req), req.params.id, req.body)),
  );
}
