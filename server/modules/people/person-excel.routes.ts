import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { assertCan } from '../../platform/auth/policy.js';
import { startImport } from '../../platform/excel/import-job.js';
import { sniffSpreadsheet } from '../../platform/excel/sniff.js';
import { buildTemplate, writeExport } from '../../platform/excel/workbook.js';
import { XLSX_MIME, contentDisposition, fileStamp } from '../../platform/files/content-disposition.js';
import { readUpload } from '../../platform/files/upload.js';
import { type TAppDeps, type TZodApp, requireActor } from '../../platform/http/context.js';
import { ZPersonExportQuery, exportPeople, personExcel } from './person-excel.js';

const tags = ['people'];

/** Template download, upload (an import job), and export of 科技工作者 as .xlsx. */
export function registerPeopleExcelRoutes(app: TZodApp, deps: TAppDeps) {
  const { db } = deps;
  const def = personExcel(deps.city);
  const maxBytes = deps.env.KEXIE_MAX_UPLOAD_MB * 1024 * 1024;

  app.get(
    '/api/v1/people/import/template',
    { schema: { tags, summary: '下载导入模板 Import template (.xlsx)' } },
    async (req, reply) => {
      assertCan(requireActor(req), 'people:write');
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', contentDisposition(`${def.label}导入模板.xlsx`))
        .send(await buildTemplate(def));
    },
  );

  app.post(
    '/api/v1/people/import',
    {
      schema: {
        tags,
        summary: '导入科技工作者 Import people from .xlsx/.csv (multipart field "file"); poll GET /api/v1/imports/{id}',
        consumes: ['multipart/form-data'],
        querystring: z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).optional().describe('1: validate and count only') }),
        response: { 202: z.object({ jobId: z.string(), status: z.string() }) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      assertCan(actor, 'people:write');
      const upload = await readUpload(req, maxBytes);
      const file = await sniffSpreadsheet(upload.buffer);
      const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
      const job = startImport(db, actor, { def, file, fileName: upload.fileName, dryRun, log: req.log });
      return reply.status(202).send({ jobId: job.id, status: job.status });
    },
  );

  app.get(
    '/api/v1/people/export',
    {
      schema: {
        tags,
        summary: '导出科技工作者 Export people (.xlsx) with the list filters; masked for roles without PII rights',
        querystring: ZPersonExportQuery,
      },
    },
    async (req, reply) => {
      const { pages } = await exportPeople(db, requireActor(req), req.query);
      const out = new PassThrough();
      writeExport(def, pages, out).catch((err) => {
        req.log.error({ err }, 'export failed mid-stream');
        out.destroy(err as Error);
      });
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', contentDisposition(`${def.label}_${fileStamp()}.xlsx`))
        .send(out);
    },
  );
}
