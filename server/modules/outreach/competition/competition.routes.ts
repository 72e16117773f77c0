import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan } from '../../../platform/auth/policy.js';
import { startImport } from '../../../platform/excel/import-job.js';
import { sniffSpreadsheet } from '../../../platform/excel/sniff.js';
import { buildTemplate, writeExport } from '../../../platform/excel/workbook.js';
import { contentDisposition, fileStamp, XLSX_MIME } from '../../../platform/files/content-disposition.js';
import { readUpload } from '../../../platform/files/upload.js';
import { ZIdParam } from '../../../platform/http/common.types.js';
import { requireActor, type TAppDeps, type TZodApp } from '../../../platform/http/context.js';
import { selectEntries } from './competition.repo.js';
import {
  createCompetition,
  createEntry,
  deleteCompetition,
  deleteEntry,
  getCompetition,
  getEntry,
  listCompetitions,
  listEntries,
  listPublicResults,
  loadCompetition,
  presentEntry,
  updateCompetition,
  updateEntry,
} from './competition.service.js';
import {
  ZCompetitionInput,
  ZCompetitionList,
  ZCompetitionOut,
  ZCompetitionPatch,
  ZCompetitionQuery,
  ZEntryInput,
  ZEntryList,
  ZEntryOut,
  ZEntryPatch,
  ZEntryQuery,
  ZPublicResults,
  ZPublicResultsQuery,
} from './competition.types.js';
import { entryExcel, entryExcelRecord } from './entry-excel.js';

const tags = ['outreach: competitions'];
const EXPORT_MAX = 20_000;

/** 赛事 competitions and their entries (参赛作品, results), Excel in and out, and the public results. */
export function registerCompetitionRoutes(app: TZodApp, deps: TAppDeps) {
  const { db } = deps;
  app.get(
    '/api/v1/competitions',
    { schema: { tags, summary: '赛事列表 List competitions (own, and those run above you)', querystring: ZCompetitionQuery, response: { 200: ZCompetitionList } } },
    async (req) => listCompetitions(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/competitions/:id',
    { schema: { tags, summary: '赛事详情 One competition', params: ZIdParam, response: { 200: ZCompetitionOut } } },
    async (req) => getCompetition(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/competitions',
    { schema: { tags, summary: '登记赛事 Record a competition edition', body: ZCompetitionInput, response: { 201: ZCompetitionOut } } },
    async (req, reply) => reply.status(201).send(await createCompetition(db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/v1/competitions/:id',
    { schema: { tags, summary: '修改赛事 Edit a competition', params: ZIdParam, body: ZCompetitionPatch, response: { 200: ZCompetitionOut } } },
    async (req) => updateCompetition(db, requireActor(req), req.params.id, req.body),
  );
  app.delete('/api/v1/competitions/:id', { schema: { tags, summary: '删除赛事 Delete a competition and its entries', params: ZIdParam } }, async (req, reply) => {
    await deleteCompetition(db, requireActor(req), req.params.id);
    return reply.status(204).send();
  });

  app.get(
    '/api/v1/competitions/:id/entries',
    {
      schema: { tags, summary: '参赛作品 Entries of a competition (yours, or all for its organizer)', params: ZIdParam, querystring: ZEntryQuery, response: { 200: ZEntryList } },
    },
    async (req) => listEntries(db, requireActor(req), req.params.id, req.query),
  );
  app.post(
    '/api/v1/competitions/:id/entries',
    { schema: { tags, summary: '登记参赛作品 Add an entry (and its award)', params: ZIdParam, body: ZEntryInput, response: { 201: ZEntryOut } } },
    async (req, reply) => reply.status(201).send(await createEntry(db, requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/api/v1/competition-entries/:id',
    { schema: { tags, summary: '参赛作品详情 One entry', params: ZIdParam, response: { 200: ZEntryOut } } },
    async (req) => getEntry(db, requireActor(req), req.params.id),
  );
  app.patch(
    '/api/v1/competition-entries/:id',
    { schema: { tags, summary: '修改参赛作品 Edit an entry or its result', params: ZIdParam, body: ZEntryPatch, response: { 200: ZEntryOut } } },
    async (req) => updateEntry(db, requireActor(req), req.params.id, req.body),
  );
  app.delete('/api/v1/competition-entries/:id', { schema: { tags, summary: '删除参赛作品 Delete an entry', params: ZIdParam } }, async (req, reply) => {
    await deleteEntry(db, requireActor(req), req.params.id);
    return reply.status(204).send();
  });

  // Excel: the template, import and export of one competition's entries
  const maxBytes = deps.env.KEXIE_MAX_UPLOAD_MB * 1024 * 1024;
  app.get(
    '/api/v1/competitions/:id/entries/import/template',
    { schema: { tags, summary: '下载参赛作品导入模板 Entries import template (.xlsx)', params: ZIdParam } },
    async (req, reply) => {
      const actor = requireActor(req);
      assertCan(actor, 'competitions:write');
      const competition = await loadCompetition(db, actor, req.params.id);
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', contentDisposition(`参赛作品导入模板_${competition.title}.xlsx`))
        .send(await buildTemplate(entryExcel(competition)));
    },
  );
  app.post(
    '/api/v1/competitions/:id/entries/import',
    {
      schema: {
        tags,
        summary: '导入参赛作品 Import entries from .xlsx/.csv (multipart "file"; all or nothing; matched on title + school); poll GET /api/v1/imports/{id}',
        consumes: ['multipart/form-data'],
        params: ZIdParam,
        querystring: z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).optional().describe('1: validate and count only') }),
        response: { 202: z.object({ jobId: z.string(), status: z.string() }) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      assertCan(actor, 'competitions:write');
      const competition = await loadCompetition(db, actor, req.params.id);
      const upload = await readUpload(req, maxBytes);
      const file = await sniffSpreadsheet(upload.buffer);
      const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
      const job = startImport(db, actor, { def: entryExcel(competition), file, fileName: upload.fileName, dryRun, log: req.log });
      return reply.status(202).send({ jobId: job.id, status: job.status });
    },
  );
  app.get(
    '/api/v1/competitions/:id/entries/export',
    { schema: { tags, summary: '导出参赛作品 Export the entries you may see (.xlsx)', params: ZIdParam, querystring: ZEntryQuery.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const actor = requireActor(req);
      assertCan(actor, 'competitions:read');
      const competition = await loadCompetition(db, actor, req.params.id);
      const { items, total } = await selectEntries(db, actor, competition.id, { ...req.query, page: 1, pageSize: 1 }, { limit: EXPORT_MAX, offset: 0 });
      await recordAudit(db, actor, {
        entity: 'competition_entry',
        action: 'export',
        orgId: competition.orgId,
        after: { competitionId: competition.id, rows: items.length, total },
        note: `导出参赛作品 ${items.length} 条（${competition.title}）`,
      });
      const out = new PassThrough();
      async function* pages() {
        yield items.map((r) => entryExcelRecord(presentEntry(r, actor)));
      }
      writeExport(entryExcel(competition), pages(), out).catch((err) => {
        req.log.error({ err }, 'export failed mid-stream');
        out.destroy(err as Error);
      });
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', contentDisposition(`参赛作品_${fileStamp()}.xlsx`))
        .send(out);
    },
  );

  // portal: awarded entries, school and award only
  app.get(
    '/api/v1/public/competition-results',
    {
      schema: {
        tags: ['public'],
        summary: '竞赛获奖名单（公开） Public competition results: school, district and award, no student names',
        querystring: ZPublicResultsQuery,
        response: { 200: ZPublicResults },
      },
    },
    async (req) => listPublicResults(db, req.query),
  );
}
