import { z } from 'zod';
import { type TAppDeps, type TZodApp, requireActor } from '../../../platform/http/context.js';
import { registerRegistryExcelRoutes } from '../../../platform/excel/excel.routes.js';
import { ZDemandExportQuery, demandExcel, exportDemands } from './demand-excel.js';
import { createDemand, getDemand, listDemands, transitionDemand, updateDemand } from './demand.service.js';
import { ZDemandInput, ZDemandOut, ZDemandPatch, ZDemandQuery, ZDemandSummary, ZDemandTransitionInput } from './demand.types.js';

const ZId = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const tags = ['innovation: demands'];

export function registerDemandRoutes(app: TZodApp, deps: TAppDeps) {
  const { db } = deps;
  app.get(
    '/api/v1/demands',
    {
      schema: {
        tags,
        summary: '技术需求列表 List demands (enterprise: its own incl. drafts; staff: subtree, no drafts of others)',
        querystring: ZDemandQuery,
        response: { 200: z.object({ items: z.array(ZDemandSummary), total: z.number() }) },
      },
    },
    async (req) => listDemands(db, requireActor(req), req.query),
  );
  app.post(
    '/api/v1/demands',
    { schema: { tags, summary: '发布技术需求（草稿） File a demand as a draft', body: ZDemandInput, response: { 201: ZDemandOut } } },
    async (req, reply) => reply.status(201).send(await createDemand(db, requireActor(req), req.body)),
  );
  app.get(
    '/api/v1/demands/:id',
    { schema: { tags, summary: '技术需求详情 One demand with its transition history', params: ZId, response: { 200: ZDemandOut } } },
    async (req) => getDemand(db, requireActor(req), req.params.id),
  );
  app.patch(
    '/api/v1/demands/:id',
    {
      schema: {
        tags,
        summary: '修改技术需求 Edit a demand (enterprise: draft/returned; staff: until closed)',
        params: ZId,
        body: ZDemandPatch,
        response: { 200: ZDemandOut },
      },
    },
    async (req) => updateDemand(db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/demands/:id/transitions',
    {
      schema: {
        tags,
        summary: '需求状态流转 Move a demand: submit, approve, return (reason), docking, signed/solved, close',
        description: '草稿 → 待审核 → 已发布 → 对接中 → 已签约 / 已解决 → 已关闭; 退回 from 待审核. Illegal moves: 409 DEMAND_TRANSITION_INVALID.',
        params: ZId,
        body: ZDemandTransitionInput,
        response: { 200: ZDemandOut },
      },
    },
    async (req) => transitionDemand(db, requireActor(req), req.params.id, req.body),
  );
  registerRegistryExcelRoutes(app, deps, {
    base: '/api/v1/demands',
    tags,
    def: demandExcel,
    writeAction: 'demands:review',
    exportQuery: ZDemandExportQuery,
    exportRows: exportDemands,
  });
}
