import { z } from 'zod';
import { registerRegistryExcelRoutes } from '../../../platform/excel/excel.routes.js';
import { ZIdParam } from '../../../platform/http/common.types.js';
import { requireActor, type TAppDeps, type TZodApp } from '../../../platform/http/context.js';
import { createBase, deleteBase, getBase, listBases, listPublicBases, revealBasePii, transitionBase, updateBase } from './base.service.js';
import { ZBaseDetail, ZBaseExportQuery, ZBaseInput, ZBaseList, ZBasePatch, ZBaseQuery, ZBaseTransitionInput, ZPublicBaseList, ZPublicBaseQuery } from './base.types.js';
import { baseExcel, exportBases } from './base-excel.js';

export const BASE_TAG = 'outreach-bases';
const tags = [BASE_TAG];

/** 科普阵地: the registry, its review cycle, Excel, and the public map data. */
export function registerBaseRoutes(app: TZodApp, deps: TAppDeps) {
  const { db } = deps;
  app.get(
    '/api/v1/bases',
    {
      schema: {
        tags,
        summary: '科普阵地列表 List bases (kind, level, category, state, district, org, review due; counts)',
        querystring: ZBaseQuery,
        response: { 200: ZBaseList },
      },
    },
    async (req) => listBases(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/bases/:id',
    { schema: { tags, summary: '科普阵地详情 One base with its 流转记录', params: ZIdParam, response: { 200: ZBaseDetail } } },
    async (req) => getBase(db, requireActor(req), req.params.id),
  );
  app.get(
    '/api/v1/bases/:id/pii',
    {
      schema: {
        tags,
        summary: '查看完整联系电话 Reveal the contact phone (allowed roles, audited)',
        params: ZIdParam,
        response: { 200: z.object({ id: z.number(), contactPhone: z.string().nullable() }) },
      },
    },
    async (req) => revealBasePii(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/bases',
    { schema: { tags, summary: '推荐科普阵地 Register (recommend) a base', body: ZBaseInput, response: { 201: ZBaseDetail } } },
    async (req, reply) => reply.status(201).send(await createBase(db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/v1/bases/:id',
    { schema: { tags, summary: '修改科普阵地 Edit a base', params: ZIdParam, body: ZBasePatch, response: { 200: ZBaseDetail } } },
    async (req) => updateBase(db, requireActor(req), req.params.id, req.body),
  );
  app.delete('/api/v1/bases/:id', { schema: { tags, summary: '删除科普阵地 Delete a base', params: ZIdParam } }, async (req, reply) => {
    await deleteBase(db, requireActor(req), req.params.id);
    return reply.status(204).send();
  });
  app.post(
    '/api/v1/bases/:id/transitions',
    {
      schema: {
        tags,
        summary: '科普阵地流转 Move a base: apply, review, recognize, return (reason), re-review, retain, cancel',
        description:
          '推荐 → 申报 → 审核 → 认定 → 复核 → 保留 / 取消; 审核 returns to 申报 with a reason. 认定 sets the recognition date and valid-until (+5 years); 保留 extends it by 5 years. Illegal moves: 409 BASE_TRANSITION_INVALID; the city\'s moves by a district: 403.',
        params: ZIdParam,
        body: ZBaseTransitionInput,
        response: { 200: ZBaseDetail },
      },
    },
    async (req) => transitionBase(db, requireActor(req), req.params.id, req.body),
  );
  registerRegistryExcelRoutes(app, deps, {
    base: '/api/v1/bases',
    tags,
    def: baseExcel,
    writeAction: 'bases:write',
    exportQuery: ZBaseExportQuery,
    exportRows: exportBases,
  });
  app.get(
    '/api/v1/public/bases',
    {
      schema: {
        tags,
        summary: '科普阵地地图（公开）Recognized public bases for the portal map — public fields only, no login',
        querystring: ZPublicBaseQuery,
        response: { 200: ZPublicBaseList },
      },
    },
    async (req) => listPublicBases(db, req.query),
  );
}
