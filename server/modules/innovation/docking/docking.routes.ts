import type { TAppDeps, TZodApp } from '../../../platform/http/context.js';
import { requireActor } from '../../../platform/http/context.js';
import {
  createDockingEvent,
  deleteDockingEvent,
  getDockingEvent,
  listDockingEvents,
  updateDockingEvent,
} from './docking.service.js';
import { ZDockingEventInput, ZDockingEventList, ZDockingEventOut, ZDockingEventPatch, ZDockingEventQuery } from './docking.types.js';
import { ZIdParam } from '../../../platform/http/common.types.js';

const tags = ['innovation'];

/** 产学研对接活动 docking events. */
export function registerDockingRoutes(app: TZodApp, { db }: TAppDeps) {
  app.get(
    '/api/v1/docking-events',
    {
      schema: {
        tags,
        summary: '对接活动列表 List docking events (filters, sort, page, outcome totals)',
        querystring: ZDockingEventQuery,
        response: { 200: ZDockingEventList },
      },
    },
    async (req) => listDockingEvents(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/docking-events/:id',
    { schema: { tags, summary: '对接活动详情 One docking event', params: ZIdParam, response: { 200: ZDockingEventOut } } },
    async (req) => getDockingEvent(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/docking-events',
    { schema: { tags, summary: '登记对接活动 Record a docking event', body: ZDockingEventInput, response: { 201: ZDockingEventOut } } },
    async (req, reply) => reply.status(201).send(await createDockingEvent(db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/v1/docking-events/:id',
    {
      schema: {
        tags,
        summary: '修改对接活动 Edit a docking event (outcomes too)',
        params: ZIdParam,
        body: ZDockingEventPatch,
        response: { 200: ZDockingEventOut },
      },
    },
    async (req) => updateDockingEvent(db, requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/docking-events/:id',
    { schema: { tags, summary: '删除对接活动 Delete a docking event', params: ZIdParam } },
    async (req, reply) => {
      await deleteDockingEvent(db, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
