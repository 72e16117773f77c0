import { z } from 'zod';
import type { TAppDeps, TZodApp } from '../http/context.js';
import { requireActor } from '../http/context.js';
import { listMyNotifications, readAllNotifications, readNotification } from './notification.service.js';

const tags = ['notifications'];

const ZNotificationOut = z.object({
  id: z.number(),
  kind: z.string().describe('what happened, e.g. match.invited, match.docking-request, demand.deadline'),
  title: z.string(),
  titleEn: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable().describe('console path to open'),
  entity: z.string().nullable(),
  entityId: z.number().nullable(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});
const ZQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  unread: z.enum(['true', 'false']).optional().describe('true: unread ones only'),
});
const ZIdParam = z.object({ id: z.coerce.number().int().positive() });

/** 站内通知: the signed-in user's own notifications. */
export function registerNotificationRoutes(app: TZodApp, { db }: TAppDeps) {
  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags,
        summary: '我的通知 My notifications (newest first, paged) with the unread count',
        querystring: ZQuery,
        response: { 200: z.object({ items: z.array(ZNotificationOut), total: z.number(), unread: z.number() }) },
      },
    },
    async (req) => listMyNotifications(db, requireActor(req), req.query),
  );
  app.post(
    '/api/v1/notifications/:id/read',
    { schema: { tags, summary: '标为已读 Mark one notification read', params: ZIdParam, response: { 200: ZNotificationOut } } },
    async (req) => readNotification(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/notifications/read-all',
    { schema: { tags, summary: '全部已读 Mark all my notifications read', response: { 200: z.object({ updated: z.number() }) } } },
    async (req) => readAllNotifications(db, requireActor(req)),
  );
}
