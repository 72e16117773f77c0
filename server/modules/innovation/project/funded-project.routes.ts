import { type TAppDeps, type TZodApp, requireActor } from '../../../platform/http/context.js';
import { ZIdParam } from '../../../platform/http/common.types.js';
import {
  createFundedProject,
  deleteFundedProject,
  getFundedProject,
  listFundedProjects,
  updateFundedProject,
} from './funded-project.service.js';
import {
  ZFundedProjectInput,
  ZFundedProjectList,
  ZFundedProjectOut,
  ZFundedProjectPatch,
  ZFundedProjectQuery,
} from './funded-project.types.js';

const tags = ['innovation'];

/** 立项项目 funded projects (科创江苏 …). */
export function registerFundedProjectRoutes(app: TZodApp, { db }: TAppDeps) {
  app.get(
    '/api/v1/funded-projects',
    {
      schema: {
        tags,
        summary: '立项项目列表 List funded projects (filters, sort, page, totals)',
        querystring: ZFundedProjectQuery,
        response: { 200: ZFundedProjectList },
      },
    },
    async (req) => listFundedProjects(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/funded-projects/:id',
    { schema: { tags, summary: '立项项目详情 One funded project', params: ZIdParam, response: { 200: ZFundedProjectOut } } },
    async (req) => getFundedProject(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/funded-projects',
    { schema: { tags, summary: '登记立项项目 Register a funded project', body: ZFundedProjectInput, response: { 201: ZFundedProjectOut } } },
    async (req, reply) => reply.status(201).send(await createFundedProject(db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/v1/funded-projects/:id',
    {
      schema: {
        tags,
        summary: '修改立项项目 Edit a funded project',
        params: ZIdParam,
        body: ZFundedProjectPatch,
        response: { 200: ZFundedProjectOut },
      },
    },
    async (req) => updateFundedProject(db, requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/funded-projects/:id',
    { schema: { tags, summary: '删除立项项目 Delete a funded project', params: ZIdParam } },
    async (req, reply) => {
      await deleteFundedProject(db, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
