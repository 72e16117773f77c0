import { ZIdParam } from '../../../platform/http/common.types.js';
import { requireActor, type TAppDeps, type TZodApp } from '../../../platform/http/context.js';
import { createLiteracyRate, deleteLiteracyRate, getLiteracyRate, listLiteracyRates, updateLiteracyRate } from './literacy.service.js';
import { ZLiteracyInput, ZLiteracyList, ZLiteracyOut, ZLiteracyPatch, ZLiteracyQuery } from './literacy.types.js';

const tags = ['outreach: literacy'];

/** 公民科学素质比例 per area and year. */
export function registerLiteracyRoutes(app: TZodApp, { db }: TAppDeps) {
  app.get(
    '/api/v1/literacy-rates',
    { schema: { tags, summary: '公民科学素质比例 Rates by area and year', querystring: ZLiteracyQuery, response: { 200: ZLiteracyList } } },
    async (req) => listLiteracyRates(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/literacy-rates/:id',
    { schema: { tags, summary: '科学素质比例记录 One record', params: ZIdParam, response: { 200: ZLiteracyOut } } },
    async (req) => getLiteracyRate(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/literacy-rates',
    { schema: { tags, summary: '录入科学素质比例 Record a year (one per area and year; 409 on repeat)', body: ZLiteracyInput, response: { 201: ZLiteracyOut } } },
    async (req, reply) => reply.status(201).send(await createLiteracyRate(db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/v1/literacy-rates/:id',
    { schema: { tags, summary: '修改科学素质比例 Edit a record', params: ZIdParam, body: ZLiteracyPatch, response: { 200: ZLiteracyOut } } },
    async (req) => updateLiteracyRate(db, requireActor(req), req.params.id, req.body),
  );
  app.delete('/api/v1/literacy-rates/:id', { schema: { tags, summary: '删除科学素质比例记录 Delete a record', params: ZIdParam } }, async (req, reply) => {
    await deleteLiteracyRate(db, requireActor(req), req.params.id);
    return reply.status(204).send();
  });
}
