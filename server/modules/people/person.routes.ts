import { z } from 'zod';
import { type TAppDeps, type TZodApp, requireActor } from '../../platform/http/context.js';
import { configurePiiRevealRoles } from '../../platform/auth/policy.js';
import { createPerson, deletePerson, getPerson, listPeople, revealPersonPii, updatePerson } from './person.service.js';
import { ZPersonInput, ZPersonOut, ZPersonPatch, ZPersonPii, ZPersonQuery } from './person.types.js';

const ZId = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const tags = ['people'];

export function registerPeopleRoutes(app: TZodApp, { db, city }: TAppDeps) {
  configurePiiRevealRoles(city.privacy?.piiRevealRoles);
  app.get(
    '/api/v1/people',
    {
      schema: {
        tags,
        summary: '科技工作者列表 List people (search, filter, sort, page)',
        querystring: ZPersonQuery,
        response: { 200: z.object({ items: z.array(ZPersonOut), total: z.number() }) },
      },
    },
    async (req) => listPeople(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/people/:id',
    { schema: { tags, summary: '科技工作者详情 One person', params: ZId, response: { 200: ZPersonOut } } },
    async (req) => getPerson(db, requireActor(req), req.params.id),
  );
  app.get(
    '/api/v1/people/:id/pii',
    {
      schema: {
        tags,
        summary: '查看完整手机号/身份证号 Reveal one person\'s phone and ID number (allowed roles, audited)',
        params: ZId,
        response: { 200: ZPersonPii },
      },
    },
    async (req) => revealPersonPii(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/people',
    { schema: { tags, summary: '登记科技工作者 Register a person', body: ZPersonInput, response: { 201: ZPersonOut } } },
    async (req, reply) => reply.status(201).send(await createPerson(db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/v1/people/:id',
    { schema: { tags, summary: '修改科技工作者 Edit a person', params: ZId, body: ZPersonPatch, response: { 200: ZPersonOut } } },
    async (req) => updatePerson(db, requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/people/:id',
    { schema: { tags, summary: '删除科技工作者 Delete a person', params: ZId } },
    async (req, reply) => {
      await deletePerson(db, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
