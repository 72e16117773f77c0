import { type TAppDeps, type TZodApp, requireActor } from '../../../platform/http/context.js';
import { ZIdParam } from '../../../platform/http/common.types.js';
import { assessPlatform, createPlatform, deletePlatform, getPlatform, listPlatforms, updatePlatform } from './platform.service.js';
import { ZAssessmentInput, ZAssessmentOut, ZPlatformInput, ZPlatformList, ZPlatformOut, ZPlatformPatch, ZPlatformQuery } from './platform.types.js';

const tags = ['innovation'];

/** 创新平台 innovation platforms (院士工作站, 院士协同创新中心, 海智基地, 示范站) and their yearly assessments. */
export function registerPlatformRoutes(app: TZodApp, { db }: TAppDeps) {
  app.get(
    '/api/v1/platforms',
    {
      schema: {
        tags,
        summary: '创新平台列表 List platforms (by kind, level, org; counts)',
        querystring: ZPlatformQuery,
        response: { 200: ZPlatformList },
      },
    },
    async (req) => listPlatforms(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/platforms/:id',
    { schema: { tags, summary: '创新平台详情 One platform with its assessments', params: ZIdParam, response: { 200: ZPlatformOut } } },
    async (req) => getPlatform(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/platforms',
    { schema: { tags, summary: '登记创新平台 Register a platform', body: ZPlatformInput, response: { 201: ZPlatformOut } } },
    async (req, reply) => reply.status(201).send(await createPlatform(db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/v1/platforms/:id',
    { schema: { tags, summary: '修改创新平台 Edit a platform', params: ZIdParam, body: ZPlatformPatch, response: { 200: ZPlatformOut } } },
    async (req) => updatePlatform(db, requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/platforms/:id',
    { schema: { tags, summary: '删除创新平台 Delete a platform', params: ZIdParam } },
    async (req, reply) => {
      await deletePlatform(db, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/v1/platforms/:id/assessments',
    {
      schema: {
        tags,
        summary: '录入年度考核 Record the yearly assessment (one per year; 409 on repeat)',
        params: ZIdParam,
        body: ZAssessmentInput,
        response: { 201: ZAssessmentOut },
      },
    },
    async (req, reply) => reply.status(201).send(await assessPlatform(db, requireActor(req), req.params.id, req.body)),
  );
}
