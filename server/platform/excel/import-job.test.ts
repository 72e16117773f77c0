import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { type Database, openDatabase, queryRows } from '../../db/client.js';
import { recordAudit } from '../audit/audit.service.js';
import type { TActor } from '../auth/policy.js';
import type { TRegistryDef } from './excel.types.js';
import { IMPORT_JOB_TTL_MS, type TImportJob, importJobsOf, startImport } from './import-job.js';

const actor = (userId: number): TActor => ({
  userId,
  username: `u${userId}`,
  displayName: `用户${userId}`,
  roles: ['admin'],
  orgId: 1,
  orgPath: '/1/',
  department: null,
  locale: 'zh-CN',
  via: 'session',
});

type TRow = { name: string };

/** A registry whose upsert writes one audit row per input, then does what `after` says. */
const registry = (after: 'ok' | 'throw' | 'row-error'): TRegistryDef<TRow, TRow, null> => ({
  entity: 'sample',
  label: '样例',
  labelEn: 'Sample',
  sheetName: '样例',
  columns: [{ key: 'name', header: '名称', headerEn: 'Name', required: true }],
  schema: z.object({ name: z.string() }),
  loadContext: async () => null,
  toInput: (row) => ({ input: row }),
  async upsert(tx, who, inputs, { onProgress }) {
    for (const [i, input] of inputs.entries()) {
      await recordAudit(tx, who, { entity: 'sample', action: 'create', after: input });
      onProgress?.(i + 1);
    }
    if (after === 'throw') throw new Error('disk full');
    if (after === 'row-error') return { inserted: 0, updated: 0, errors: [{ index: 1, column: 'name', message: '重复', messageEn: 'duplicate' }] };
    return { inserted: inputs.length, updated: 0, errors: [] };
  },
});

const csv = (n: number) => ({ kind: 'csv' as const, text: `名称\n${Array.from({ length: n }, (_, i) => `项${i}`).join('\n')}\n` });

async function finished(db: Database['db'], who: TActor, id: string): Promise<TImportJob> {
  for (;;) {
    const job = importJobsOf(db).get(who, id);
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 2));
  }
}

describe('import jobs', () => {
  let database: Database;
  const audits = async () => (await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from audit_log where entity = 'sample'`))[0].n;

  beforeAll(async () => {
    database = await openDatabase({});
  });
  afterAll(async () => {
    await importJobsOf(database.db).settle();
    await database.close();
  });

  it('commits every row in one transaction and reports the counts', async () => {
    const job = startImport(database.db, actor(1), { def: registry('ok'), file: csv(3), fileName: 'a.csv' });
    expect(job.status).toBe('queued');
    expect(await finished(database.db, actor(1), job.id)).toMatchObject({ status: 'done', total: 3, processed: 3, inserted: 3, percent: 100 });
    expect(await audits()).toBe(3);
  });

  it('rolls back everything written before a failure inside the transaction', async () => {
    const before = await audits();
    const job = startImport(database.db, actor(1), { def: registry('throw'), file: csv(5), fileName: 'a.csv', log: { error: () => {} } });
    expect(await finished(database.db, actor(1), job.id)).toMatchObject({ status: 'failed', code: 'IMPORT_FAILED', message: expect.stringContaining('未导入任何数据') });
    expect(await audits()).toBe(before);
  });

  it('maps row errors from the upsert back to Excel rows and rolls back', async () => {
    const before = await audits();
    const job = startImport(database.db, actor(1), { def: registry('row-error'), file: csv(2), fileName: 'a.csv' });
    const done = await finished(database.db, actor(1), job.id);
    expect(done).toMatchObject({ status: 'failed', code: 'IMPORT_ROW_ERRORS' });
    expect(done.errors).toEqual([{ row: 3, column: '名称', message: '重复', messageEn: 'duplicate' }]);
    expect(await audits()).toBe(before);
  });

  it('shows a job only to its creator, one running job per user, and forgets it an hour after it ends', async () => {
    const store = importJobsOf(database.db);
    const job = startImport(database.db, actor(2), { def: registry('ok'), file: csv(1), fileName: 'a.csv' });
    expect(() => store.get(actor(3), job.id)).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => startImport(database.db, actor(2), { def: registry('ok'), file: csv(1), fileName: 'b.csv' })).toThrow(
      expect.objectContaining({ code: 'IMPORT_IN_PROGRESS' }),
    );
    await finished(database.db, actor(2), job.id);
    vi.useFakeTimers({ now: Date.now() + IMPORT_JOB_TTL_MS + 60_000, toFake: ['Date'] });
    try {
      expect(() => store.get(actor(2), job.id)).toThrow(expect.objectContaining({ status: 404 }));
    } finally {
      vi.useRealTimers();
    }
  });
});
