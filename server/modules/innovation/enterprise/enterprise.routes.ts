import { z } from 'zod';
import { type TAppDeps, type TZodApp, requireActor } from '../../../platform/http/context.js';
import { ZEnterpriseExportQuery, enterpriseExcel, exportEnterprises } from './enterprise-excel.js';
import {
  createEnterprise,
  deleteEnterprise,
  getEnterprise,
  linkUserToEnterprise,
  listEnterprises,
  revealEnterprisePii,
  setEnterpriseUsers,
  updateEnterprise,
} from './enterprise.service.js';
import { ZEnterpriseInput, ZEnterpriseOut, ZEnterprisePatch, ZEnterpriseQuery, ZEnterpriseUserLink, ZEnterpriseUserSet } from './enterprise.types.js';
import { registerRegistryExcelRoutes } from '../../../platform/excel/excel.routes.js';

const ZId = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const tags = ['innovation: enterprises'];

export function registerEnterpriseRoutes(app: TZodApp, deps: TAppDeps) {
  const { db } = deps;
  app.get(
    '/api/v1/enterprises',
    {
      schema: {
        tags,
        summary: '企业库列表 List enterprises (my org subtree; enterprise users: their own)',
        querystring: ZEnterpriseQuery,
        response: { 200: z.object({ items: z.array(ZEnterpriseOut), total: z.number() }) },
      },
    },
    async (req) => listEnterprises(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/enterprises/:id',
    { schema: { tags, summary: '企业详情 One enterprise', params: ZId, response: { 200: ZEnterpriseOut } } },
    async (req) => getEnterprise(db, requireActor(req), req.params.id),
  );
  app.get(
    '/api/v1/enterprises/:id/pii',
    {
      schema: {
        tags,
        summary: '查看完整联系电话 Reveal the contact phone (allowed roles, audited)',
        params: ZId,
        response: { 200: z.object({ id: z.number(), contactPhone: z.string().nullable() }) },
      },
    },
    async (req) => revealEnterprisePii(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/enterprises',
    { schema: { tags, summary: '登记企业 Register an enterprise', body: ZEnterpriseInput, response: { 201: ZEnterpriseOut } } },
    async (req, reply) => reply.status(201).send(await createEnterprise(db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/v1/enterprises/:id',
    { schema: { tags, summary: '修改企业 Edit an enterprise', params: ZId, body: ZEnterprisePatch, response: { 200: ZEnterpriseOut } } },
    async (req) => updateEnterprise(db, requireActor(req), req.params.id, req.body),
  );
  app.delete('/api/v1/enterprises/:id', { schema: { tags, summary: '删除企业 Delete an enterprise', params: ZId } }, async (req, reply) => {
    await deleteEnterprise(db, requireActor(req), req.params.id);
    return reply.status(204).send();
  });
  app.post(
    '/api/v1/enterprises/:id/users',
    {
      schema: {
        tags,
        summary: '关联企业账号 Let an account (role enterprise) act for the enterprise',
        params: ZId,
        body: ZEnterpriseUserLink,
        response: { 201: ZEnterpriseOut },
      },
    },
    async (req, reply) => reply.status(201).send(await linkUserToEnterprise(db, requireActor(req), req.params.id, req.body.userId)),
  );
  app.put(
    '/api/v1/enterprises/:id/users',
    {
      schema: {
        tags,
        summary: '设置企业账号 Set the complete list of accounts acting for the enterprise',
        params: ZId,
        body: ZEnterpriseUserSet,
        response: { 200: ZEnterpriseOut },
      },
    },
    async (req) => setEnterpriseUsers(db, requireActor(req), req.params.id, req.body.userIds),
  );
  registerRegistryExcelRoutes(app, deps, {
    base: '/api/v1/enterprises',
    tags,
    def: enterpriseExcel,
    writeAction: 'enterprises:write',
    exportQuery: ZEnterpriseExportQuery,
    exportRows: exportEnterprises,
  });
}
