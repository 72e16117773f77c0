import type { TAppDeps, TZodApp } from '../../../platform/http/context.js';
import { ZIdParam } from '../../../platform/http/common.types.js';
import { getPublicDemand, listPublicDemands, listPublicExperts, listPublicPlatforms } from './portal.service.js';
import {
  ZPublicDemand,
  ZPublicDemandList,
  ZPublicDemandQuery,
  ZPublicExpertList,
  ZPublicExpertQuery,
  ZPublicPlatformList,
  ZPublicPlatformQuery,
} from './portal.types.js';

const tags = ['public'];

/** Public portal endpoints of 科创服务: no login, public fields only. */
export function registerInnovationPortalRoutes(app: TZodApp, { db }: TAppDeps) {
  app.get(
    '/api/v1/public/demands',
    {
      schema: {
        tags,
        summary: '需求大厅 Public demand hall (published, public demands; searchable)',
        security: [],
        querystring: ZPublicDemandQuery,
        response: { 200: ZPublicDemandList },
      },
    },
    async (req) => listPublicDemands(db, req.query),
  );
  app.get(
    '/api/v1/public/demands/:id',
    {
      schema: {
        tags,
        summary: '需求详情（公开） One public demand; 404 for staff-only or unpublished ones',
        security: [],
        params: ZIdParam,
        response: { 200: ZPublicDemand },
      },
    },
    async (req) => getPublicDemand(db, req.params.id),
  );
  app.get(
    '/api/v1/public/experts',
    {
      schema: {
        tags,
        summary: '专家风采 Public expert showcase (public fields only)',
        security: [],
        querystring: ZPublicExpertQuery,
        response: { 200: ZPublicExpertList },
      },
    },
    async (req) => listPublicExperts(db, req.query),
  );
  app.get(
    '/api/v1/public/platforms',
    {
      schema: {
        tags,
        summary: '创新平台（公开） Public list of active platforms',
        security: [],
        querystring: ZPublicPlatformQuery,
        response: { 200: ZPublicPlatformList },
      },
    },
    async (req) => listPublicPlatforms(db, req.query),
  );
}
