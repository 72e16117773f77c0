import { z } from 'zod';
import { type TAppDeps, type TZodApp, requireActor } from '../../../platform/http/context.js';
import { registerRegistryExcelRoutes } from '../../../platform/excel/excel.routes.js';
import { ZExpertExportQuery, expertExcel, exportExperts } from './expert-excel.js';
import {
  createExpert,
  createExpertsBatch,
  deleteExpert,
  getExpert,
  getOwnExpert,
  listExperts,
  updateExpert,
  updateOwnExpert,
} from './expert.service.js';
import { ZExpertBatch, ZExpertInput, ZExpertOut, ZExpertPatch, ZExpertQuery, ZExpertSelfInput, ZExpertSummary } from './expert.types.js';

const ZId = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const tags = ['innovation: experts'];

export function registerExpertRoutes(app: TZodApp, deps: TAppDeps) {
  const { db } = deps;
  app.get(
    '/api/v1/experts',
    {
      schema: {
        tags,
        summary: '专家库列表 List experts (city-wide; search, filter, sort, page)',
        querystring: ZExpertQuery,
        response: { 200: z.object({ items: z.array(ZExpertSummary), total: z.number() }) },
      },
    },
    async (req) => listExperts(db, requireActor(req), req.query),
  );
  app.post(
    '/api/v1/experts',
    {
      schema: {
        tags,
        summary: '登记专家 Register an expert with achievements',
        body: ZExpertInput,
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await createExpert(db, requireActor(req), req.body)),
  );
  app.post(
    '/api/v1/experts/batch',
    {
      schema: {
        tags,
        summary: '批量登记专家 Register up to 1000 experts, all or nothing',
        body: ZExpertBatch,
        response: { 201: z.object({ ids: z.array(z.number()) }) },
      },
    },
    async (req, reply) => reply.status(201).send(await createExpertsBatch(db, requireActor(req), req.body.items)),
  );
  app.get(
    '/api/v1/experts/me',
    { schema: { tags, summary: '我的专家档案 My expert profile (role expert)', response: { 200: ZExpertOut } } },
    async (req) => getOwnExpert(db, requireActor(req)),
  );
  app.put(
    '/api/v1/experts/me',
    {
      schema: {
        tags,
        summary: '修改我的专家档案 Replace my expert profile (achievements kept unless given)',
        body: ZExpertSelfInput,
        response: { 200: ZExpertOut },
      },
    },
    async (req) => updateOwnExpert(db, requireActor(req), req.body),
  );
  app.get(
    '/api/v1/experts/:id',
    { schema: { tags, summary: '专家详情 One expert with achievements', params: ZId, response: { 200: ZExpertOut } } },
    async (req) => getExpert(db, requireActor(req), req.params.id),
  );
  app.patch(
    '/api/v1/experts/:id',
    {
      schema: { tags, summary: '修改专家 Edit an expert (achievements replaced when given)', params: ZId, body: ZExpertPatch, response: { 200: ZExpertOut } },
    },
    async (req) => updateExpert(db, requireActor(req), req.params.id, req.body),
  );
  app.delete('/api/v1/experts/:id', { schema: { tags, summary: '删除专家 Delete an expert', params: ZId } }, async (req, reply) => {
    await deleteExpert(db, requireActor(req), req.params.id);
    return reply.status(204).send();
  });
  registerRegistryExcelRoutes(app, deps, {
    base: '/api/v1/experts',
    tags,
    def: expertExcel,
    writeAction: 'experts:write',
    exportQuery: ZExpertExportQuery,
    exportRows: exportExperts,
  });
}
