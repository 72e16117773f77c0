import { z } from 'zod';
import { LIMITS } from '../../../shared/limits.js';
import { type TAppDeps, type TZodApp, requireActor } from '../http/context.js';
import { listAudit } from './audit.service.js';

export const ZAuditQuery = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
  action: z.string().max(50).optional(),
  actorId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
});

export function registerAuditRoutes(app: TZodApp, { db }: TAppDeps) {
  app.get(
    '/api/v1/audit',
    { schema: { tags: ['audit'], summary: '审计日志 Audit log of my subtree', querystring: ZAuditQuery } },
    async (req) => listAudit(db, requireActor(req), req.query),
  );
}
