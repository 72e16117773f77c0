import { z } from 'zod';
import { type TAppDeps, type TZodApp, requireActor } from '../http/context.js';
import { IMPORT_STATUSES, type TImportJob, importJobsOf } from './import-job.js';

export const ZImportRowError = z.object({
  row: z.number().describe('Excel 行号 1-based row number in the sheet'),
  column: z.string().nullable().describe('列名 Chinese column header; null for the whole row'),
  message: z.string(),
  messageEn: z.string(),
});

export const ZImportJobOut = z.object({
  id: z.string(),
  entity: z.string(),
  fileName: z.string(),
  dryRun: z.boolean().describe('validate and count only; nothing was written'),
  status: z.enum(IMPORT_STATUSES).describe('queued → parsing → validating → committing → done | failed'),
  total: z.number().describe('data rows in the file'),
  processed: z.number().describe('rows handled in the current phase (checked while validating, written while committing)'),
  percent: z.number().describe('overall progress 0–100'),
  inserted: z.number(),
  updated: z.number(),
  errors: z.array(ZImportRowError).describe('the first 1000 row errors'),
  errorCount: z.number(),
  code: z.string().optional(),
  message: z.string().optional(),
  messageEn: z.string().optional(),
  createdBy: z.number(),
  createdAt: z.date(),
  finishedAt: z.date().optional(),
});

export const presentImportJob = (j: TImportJob): z.infer<typeof ZImportJobOut> => ({ ...j, errors: [...j.errors] });

/** Polling of import jobs (each registry registers its own upload endpoint). */
export function registerImportRoutes(app: TZodApp, { db }: TAppDeps) {
  // a running import must finish (or fail) before the database closes under it
  app.addHook('onClose', async () => importJobsOf(db).settle());
  app.get(
    '/api/v1/imports/:id',
    {
      schema: {
        tags: ['imports'],
        summary: '导入进度 Progress and result of an import (only its creator may read it)',
        params: z.object({ id: z.uuid() }),
        response: { 200: ZImportJobOut },
      },
    },
    async (req) => presentImportJob(importJobsOf(db).get(requireActor(req), req.params.id)),
  );
}
