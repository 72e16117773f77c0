import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client.js';
import type { TActor } from '../auth/policy.js';
import { AppError, notFound } from '../errors.js';
import type { TAnyRegistryDef, TImportRowError } from './excel.types.js';
import { parseUpload } from './read.js';
import type { TSpreadsheet } from './sniff.js';
import { validateRows } from './validate.js';

export const IMPORT_STATUSES = ['queued', 'parsing', 'validating', 'committing', 'done', 'failed'] as const;
export type TImportStatus = (typeof IMPORT_STATUSES)[number];

/** An import in progress or finished; kept in memory (it is only useful for the hour after the upload). */
export interface TImportJob {
  id: string;
  entity: string;
  fileName: string;
  /** Validate and count only: the transaction is rolled back. */
  dryRun: boolean;
  status: TImportStatus;
  /** Data rows in the file (known after parsing). */
  total: number;
  /** Rows handled in the current phase: checked while validating, written while committing. */
  processed: number;
  /** Overall progress 0–100, never going down. */
  percent: number;
  inserted: number;
  updated: number;
  /** Row errors, the first IMPORT_ERRORS_SHOWN of `errorCount`. */
  errors: TImportRowError[];
  errorCount: number;
  code?: string;
  message?: string;
  messageEn?: string;
  createdBy: number;
  createdAt: Date;
  finishedAt?: Date;
}

export const IMPORT_ERRORS_SHOWN = 1000;
/** Finished jobs are kept this long for polling. */
export const IMPORT_JOB_TTL_MS = 60 * 60 * 1000;
const MAX_JOBS = 1000;
const MAX_RUNNING = 8;

interface TLogger {
  error(obj: unknown, msg?: string): void;
}

class RowErrorsFound extends Error {
  constructor(readonly errors: TImportRowError[]) {
    super('row errors');
  }
}
class DryRunRollback extends Error {}

/** Jobs of one database (one app): a bounded map, purged of finished jobs after an hour. */
export class ImportJobStore {
  private readonly jobs = new Map<string, TImportJob>();
  private readonly running = new Set<Promise<void>>();

  /** @throws AppError IMPORT_IN_PROGRESS (one running import per user), IMPORT_BUSY */
  create(actor: TActor, entity: string, fileName: string, dryRun: boolean): TImportJob {
    this.purge();
    const active = [...this.jobs.values()].filter((j) => j.status !== 'done' && j.status !== 'failed');
    if (active.some((j) => j.createdBy === actor.userId))
      throw new AppError(409, 'IMPORT_IN_PROGRESS', '您有一个导入任务正在进行，请等它完成后再导入', 'You have an import running: wait for it to finish');
    if (active.length >= MAX_RUNNING || this.jobs.size >= MAX_JOBS)
      throw new AppError(429, 'IMPORT_BUSY', '导入任务较多，请稍后再试', 'Too many imports are running: try again shortly');
    const job: TImportJob = {
      id: randomUUID(),
      entity,
      fileName,
      dryRun,
      status: 'queued',
      total: 0,
      processed: 0,
      percent: 0,
      inserted: 0,
      updated: 0,
      errors: [],
      errorCount: 0,
      createdBy: actor.userId,
      createdAt: new Date(),
    };
    this.jobs.set(job.id, job);
    return job;
  }

  /** @throws AppError NOT_FOUND unless the actor started the job */
  get(actor: TActor, id: string): TImportJob {
    this.purge();
    const job = this.jobs.get(id);
    if (!job || job.createdBy !== actor.userId) throw notFound('导入任务', 'Import job');
    return job;
  }

  track(p: Promise<void>) {
    this.running.add(p);
    p.finally(() => this.running.delete(p));
  }

  /** Resolves when every running job has finished (the app waits for this before closing the database). */
  async settle() {
    await Promise.allSettled([...this.running]);
  }

  private purge() {
    const now = Date.now();
    for (const [id, j] of this.jobs) {
      if (j.finishedAt && now - j.finishedAt.getTime() > IMPORT_JOB_TTL_MS) this.jobs.delete(id);
    }
  }
}

const stores = new WeakMap<object, ImportJobStore>();

/** The job store of a database (tests run several apps in one process). */
export function importJobsOf(db: Db): ImportJobStore {
  let store = stores.get(db);
  if (!store) {
    store = new ImportJobStore();
    stores.set(db, store);
  }
  return store;
}

function setProgress(job: TImportJob, status: TImportStatus, processed: number) {
  job.status = status;
  job.processed = processed;
  const share = job.total > 0 ? processed / job.total : 0;
  const percent = status === 'validating' ? 5 + 25 * share : status === 'committing' ? 30 + 70 * share : job.percent;
  job.percent = Math.max(job.percent, Math.min(99, Math.floor(percent)));
}

function fail(job: TImportJob, code: string, zh: string, en: string) {
  job.status = 'failed';
  job.code = code;
  job.message = zh;
  job.messageEn = en;
  job.finishedAt = new Date();
}

export interface TStartImport {
  def: TAnyRegistryDef;
  file: TSpreadsheet;
  fileName: string;
  dryRun?: boolean;
  log?: TLogger;
}

/**
 * Starts an import and returns its job at once; the work runs in the background: parse → validate every
 * row → one transaction with the registry's natural-key upsert. All or nothing: any row error fails the
 * job and writes nothing. A dry run does everything and rolls the transaction back.
 * @throws AppError IMPORT_IN_PROGRESS, IMPORT_BUSY
 */
export function startImport(db: Db, actor: TActor, opts: TStartImport): TImportJob {
  const store = importJobsOf(db);
  const job = store.create(actor, opts.def.entity, opts.fileName, opts.dryRun ?? false);
  store.track(runImport(db, actor, job, opts));
  return job;
}

async function runImport(db: Db, actor: TActor, job: TImportJob, opts: TStartImport): Promise<void> {
  const { def } = opts;
  const headerOf = (key: string | undefined) => (key ? (def.columns.find((c) => c.key === key)?.header ?? null) : null);
  try {
    await new Promise<void>((resolve) => setImmediate(resolve)); // answer the upload first
    setProgress(job, 'parsing', 0);
    const sheet = await parseUpload(opts.file, def);
    job.total = sheet.rows.length;

    setProgress(job, 'validating', 0);
    const ctx = await def.loadContext(db, actor);
    const checked = await validateRows(def, sheet, ctx, {
      maxErrors: IMPORT_ERRORS_SHOWN,
      onProgress: (n) => setProgress(job, 'validating', n),
    });
    if (checked.errorCount > 0) {
      job.errors = checked.errors;
      job.errorCount = checked.errorCount;
      return fail(job, 'IMPORT_ROW_ERRORS', `发现 ${checked.errorCount} 处错误，未导入任何数据`, `${checked.errorCount} error(s) found: nothing was imported`);
    }

    setProgress(job, 'committing', 0);
    const rows = checked.items.map((i) => i.row);
    let counts = { inserted: 0, updated: 0 };
    try {
      await db.transaction(async (tx) => {
        const result = await def.upsert(
          tx,
          actor,
          checked.items.map((i) => i.input),
          { onProgress: (n) => setProgress(job, 'committing', n), meta: { presentColumns: sheet.presentColumns } },
        );
        if (result.errors.length > 0)
          throw new RowErrorsFound(
            result.errors.map((e) => ({
              row: rows[e.index],
              column: headerOf(e.column ? (def.fieldColumns?.[e.column] ?? e.column) : undefined),
              message: e.message,
              messageEn: e.messageEn,
            })),
          );
        counts = { inserted: result.inserted, updated: result.updated };
        if (job.dryRun) throw new DryRunRollback();
      });
    } catch (err) {
      if (err instanceof RowErrorsFound) {
        job.errors = err.errors.slice(0, IMPORT_ERRORS_SHOWN);
        job.errorCount = err.errors.length;
        return fail(job, 'IMPORT_ROW_ERRORS', `发现 ${err.errors.length} 处错误，未导入任何数据`, `${err.errors.length} error(s) found: nothing was imported`);
      }
      if (!(err instanceof DryRunRollback)) throw err;
    }
    job.inserted = counts.inserted;
    job.updated = counts.updated;
    job.processed = job.total;
    job.percent = 100;
    job.status = 'done';
    job.finishedAt = new Date();
  } catch (err) {
    if (err instanceof AppError) return fail(job, err.code, err.messageZh, err.messageEn);
    opts.log?.error({ err, jobId: job.id }, 'import failed');
    fail(job, 'IMPORT_FAILED', '导入失败（服务器内部错误），未导入任何数据', 'The import failed (internal error): nothing was imported');
  }
}
