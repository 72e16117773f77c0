import { z } from 'zod';
import { registerRegistryExcelRoutes } from '../../../platform/excel/excel.routes.js';
import { contentDisposition } from '../../../platform/files/content-disposition.js';
import { ZIdParam } from '../../../platform/http/common.types.js';
import { requireActor, type TAppDeps, type TZodApp } from '../../../platform/http/context.js';
import { getPublicActivity, listPublicActivities, publicActivityFeed, publicActivityIcs } from './activity.public.js';
import { districtOrgs } from './activity.repo.js';
import {
  activityTotals,
  createActivity,
  deleteActivity,
  getActivity,
  listActivities,
  submitActivitySummary,
  transitionActivity,
  updateActivity,
} from './activity.service.js';
import {
  ZActivityDetail,
  ZActivityExportQuery,
  ZActivityInput,
  ZActivityList,
  ZActivityPatch,
  ZActivityQuery,
  ZActivitySummaryInput,
  ZActivityTotals,
  ZActivityTotalsQuery,
  ZActivityTransitionInput,
  ZPublicActivity,
  ZPublicActivityFeedQuery,
  ZPublicActivityList,
  ZPublicActivityQuery,
} from './activity.types.js';
import { activityExcel, exportActivities } from './activity-excel.js';

export const ACTIVITY_TAG = 'outreach: activities';
const tags = [ACTIVITY_TAG];
const ICS_MIME = 'text/calendar; charset=utf-8';

/** 科普活动: filing, 备案, summaries, totals, Excel; and the public calendar with its iCalendar feed. */
export function registerActivityRoutes(app: TZodApp, deps: TAppDeps) {
  const { db } = deps;
  const host = `${deps.city.city.code}.kexie`;
  app.get(
    '/api/v1/activities',
    { schema: { tags, summary: '科普活动列表 List activities (subtree; filters, sort, paging)', querystring: ZActivityQuery, response: { 200: ZActivityList } } },
    async (req) => listActivities(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/activities/totals',
    {
      schema: {
        tags,
        summary: '科普活动统计 Totals by district, type, month and target group for the filters (date range on the start date)',
        querystring: ZActivityTotalsQuery,
        response: { 200: ZActivityTotals },
      },
    },
    async (req) => activityTotals(db, requireActor(req), req.query),
  );
  app.post(
    '/api/v1/activities',
    {
      schema: {
        tags,
        summary: '登记科普活动 File an activity (计划); 409 ACTIVITY_DUPLICATE for the same org, title and start date',
        body: ZActivityInput,
        response: { 201: ZActivityDetail },
      },
    },
    async (req, reply) => reply.status(201).send(await createActivity(db, requireActor(req), req.body)),
  );
  app.get(
    '/api/v1/activities/:id',
    { schema: { tags, summary: '科普活动详情 One activity with its 流转记录 and the moves allowed to you', params: ZIdParam, response: { 200: ZActivityDetail } } },
    async (req) => getActivity(db, requireActor(req), req.params.id),
  );
  app.patch(
    '/api/v1/activities/:id',
    { schema: { tags, summary: '修改科普活动 Edit (organizer: 计划/退回; staff: until 已总结)', params: ZIdParam, body: ZActivityPatch, response: { 200: ZActivityDetail } } },
    async (req) => updateActivity(db, requireActor(req), req.params.id, req.body),
  );
  app.delete('/api/v1/activities/:id', { schema: { tags, summary: '删除科普活动 Delete (计划/退回 only)', params: ZIdParam } }, async (req, reply) => {
    await deleteActivity(db, requireActor(req), req.params.id);
    return reply.status(204).send();
  });
  app.post(
    '/api/v1/activities/:id/transitions',
    {
      schema: {
        tags,
        summary: '科普活动流转 Move: 备案 (filed), 退回 (returned, reason), 重新提交 (planned), 标记已举办 (held, after the start date)',
        description: 'Illegal moves: 409 ACTIVITY_TRANSITION_INVALID; 已举办 before the start date: 409 ACTIVITY_NOT_STARTED; 备案/退回 without activities:review: 403.',
        params: ZIdParam,
        body: ZActivityTransitionInput,
        response: { 200: ZActivityDetail },
      },
    },
    async (req) => transitionActivity(db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/activities/:id/summary',
    {
      schema: {
        tags,
        summary: '提交活动总结 Submit the summary (text, photos, links, final count): 已举办 → 已总结',
        params: ZIdParam,
        body: ZActivitySummaryInput,
        response: { 200: ZActivityDetail },
      },
    },
    async (req) => submitActivitySummary(db, requireActor(req), req.params.id, req.body),
  );
  registerRegistryExcelRoutes(app, deps, {
    base: '/api/v1/activities',
    tags,
    def: activityExcel,
    writeAction: 'activities:write',
    exportQuery: ZActivityExportQuery,
    exportRows: exportActivities,
  });

  // ---- public calendar (no login)
  const pub = ['public'];
  app.get(
    '/api/v1/public/activities',
    {
      schema: {
        tags: pub,
        summary: '科普活动日历 Public activity calendar: approved public activities from `from` (default today), by district and type',
        security: [],
        querystring: ZPublicActivityQuery,
        response: { 200: ZPublicActivityList },
      },
    },
    async (req) => listPublicActivities(db, req.query),
  );
  app.get(
    '/api/v1/public/activity-districts',
    {
      schema: {
        tags: pub,
        summary: '县区列表 The districts (county-level orgs) the calendar filters by',
        security: [],
        response: { 200: z.object({ items: z.array(z.object({ id: z.number(), name: z.string() })) }) },
      },
    },
    async () => ({ items: (await districtOrgs(db)).map((d) => ({ id: d.id, name: d.name })) }),
  );
  app.get(
    '/api/v1/public/activities.ics',
    {
      schema: {
        tags: pub,
        summary: '活动日历订阅 iCalendar feed (RFC 5545) of public activities, with the calendar filters',
        security: [],
        querystring: ZPublicActivityFeedQuery,
        produces: ['text/calendar'],
      },
    },
    async (req, reply) =>
      reply
        .header('content-type', ICS_MIME)
        .header('content-disposition', contentDisposition('科普活动日历.ics'))
        .send(await publicActivityFeed(db, req.query, host, `${deps.city.city.name}科普活动`)),
  );
  app.get(
    '/api/v1/public/activities/:id',
    { schema: { tags: pub, summary: '科普活动详情（公开） One public activity; 404 for non-public or unapproved ones', security: [], params: ZIdParam, response: { 200: ZPublicActivity } } },
    async (req) => getPublicActivity(db, req.params.id),
  );
  app.get(
    '/api/v1/public/activities/:id/ics',
    {
      schema: { tags: pub, summary: '加入日历 One public activity as an .ics file (RFC 5545)', security: [], params: ZIdParam, produces: ['text/calendar'], response: { 200: z.string() } },
    },
    async (req, reply) =>
      reply
        .header('content-type', ICS_MIME)
        .header('content-disposition', contentDisposition(`activity-${req.params.id}.ics`))
        .send(await publicActivityIcs(db, req.params.id, host)),
  );
}
