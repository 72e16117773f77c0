import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { type TAction, type TActor, assertCan } from '../auth/policy.js';
import type { TAnyRegistryDef } from './excel.types.js';
import { startImport } from './import-job.js';
import { sniffSpreadsheet } from './sniff.js';
import { buildTemplate, writeExport } from './workbook.js';
import { XLSX_MIME, contentDisposition, fileStamp } from '../files/content-disposition.js';
import { readUpload } from '../files/upload.js';
import { type TAppDeps, type TZodApp, requireActor } from '../http/context.js';

/** What one registry brings to the Excel routes. */
export interface TRegistryExcelRoutes<TQuery extends z.ZodObject> {
  /** e.g. /api/v1/enterprises */
  base: string;
  tags: string[];
  def: TAnyRegistryDef;
  /** Needed to download the template and to import. */
  writeAction: TAction;
  exportQuery: TQuery;
  exportRows(db: Db, actor: TActor, filters: z.infer<TQuery>): Promise<{ pages: AsyncIterable<Array<Record<string, unknown>>> }>;
}

/**
 * Template download, upload (an import job, polled at GET /api/v1/imports/{id}) and export as .xlsx for
 * one registry, the same way the people registry does it.
 */
export function registerRegistryExcelRoutes<TQuery extends z.ZodObject>(app: TZodApp, deps: TAppDeps, r: TRegistryExcelRoutes<TQuery>) {
  const { db } = deps;
  const maxBytes = deps.env.KEXIE_MAX_UPLOAD_MB * 1024 * 1024;
  const { def, tags } = r;

  app.get(`${r.base}/import/template`, { schema: { tags, summary: `下载${def.label}导入模板 Import template (.xlsx)` } }, async (req, reply) => {
    assertCan(requireActor(req), r.writeAction);
    return reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', contentDisposition(`${def.label}导入模板.xlsx`))
      .send(await buildTemplate(def));
  });

  app.post(
    `${r.base}/import`,
    {
      schema: {
        tags,
        summary: `导入${def.label} Import ${def.labelEn} from .xlsx/.csv (multipart field "file"); poll GET /api/v1/imports/{id}`,
        consumes: ['multipart/form-data'],
        querystring: z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).optional().describe('1: validate and count only') }),
        response: { 202: z.object({ jobId: z.string(), status: z.string() }) },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      assertCan(actor, r.writeAction);
      const upload = await readUpload(req, maxBytes);
      const file = await sniffSpreadsheet(upload.buffer);
      const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
      const job = startImport(db, actor, { def, file, fileName: upload.fileName, dryRun, log: req.log });
      return reply.status(202).send({ jobId: job.id, status: job.status });
    },
  );

  app.get(
    `${r.base}/export`,
    { schema: { tags, summary: `导出${def.label} Export ${def.labelEn} (.xlsx) with the list filters`, querystring: r.exportQuery } },
    async (req, reply) => {
      const { pages } = await r.exportRows(db, requireActor(req), req.query as z.infer<TQuery>);
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
