import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idCheckDigit } from '../../../shared/validators.js';
import { queryRows } from '../../db/client.js';
import { multipartFile } from '../../platform/files/multipart.test-helper.js';
import { type TSession, type TTestApp, createTestApp } from '../../test/harness.js';

const HEADERS = ['姓名', '性别', '出生年份', '工作单位', '职称', '学历', '学科', '手机号', '身份证号', '邮箱', '所属组织', '会员组织'];

/** A valid 18-digit ID number, different for every n. */
const idNumber = (n: number) => {
  const first17 = `320602${1960 + (n % 40)}${String(1 + (Math.floor(n / 40) % 12)).padStart(2, '0')}01${String(Math.floor(n / 480) % 1000).padStart(3, '0')}`;
  return first17 + idCheckDigit(first17);
};

type TCell = string | number | null;

async function xlsx(rows: TCell[][], headers = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('科技工作者');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const row = (name: string, phone: TCell, id: TCell, org = '如皋市科协', extra: Partial<Record<string, TCell>> = {}): TCell[] => [
  name,
  extra.gender ?? '男',
  extra.birthYear ?? 1980,
  extra.unit ?? '南通大学',
  '教授',
  '博士研究生',
  '机械工程、材料科学',
  phone,
  id,
  null,
  org,
  extra.memberships ?? null,
];

interface TJob {
  id: string;
  status: string;
  total: number;
  processed: number;
  percent: number;
  inserted: number;
  updated: number;
  errors: Array<{ row: number; column: string | null; message: string }>;
  errorCount: number;
  message?: string;
  code?: string;
  dryRun: boolean;
  createdAt: string;
  finishedAt?: string;
}

describe('people import and export (Excel)', () => {
  let t: TTestApp;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let leader: TSession;
  let liaison: TSession;

  const upload = (who: TSession, file: Buffer, name = '人员.xlsx', query = '') =>
    t.as(who, { method: 'POST', url: `/api/v1/people/import${query}`, ...multipartFile(name, file) });

  const poll = async (who: TSession, jobId: string) => {
    const seen: TJob[] = [];
    for (;;) {
      const res = await t.as(who, { method: 'GET', url: `/api/v1/imports/${jobId}` });
      expect(res.statusCode).toBe(200);
      const job = res.json() as TJob;
      seen.push(job);
      if (job.status === 'done' || job.status === 'failed') return { job, seen };
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  const importFile = async (who: TSession, file: Buffer, name?: string, query?: string) => {
    const res = await upload(who, file, name, query);
    expect(res.statusCode, res.body).toBe(202);
    return (await poll(who, res.json().jobId)).job;
  };

  const countPeople = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from people`))[0].n;
  /** Full phone and ID number through the audited reveal (lists are always masked). */
  const revealed = async (id: number) => (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people/${id}/pii` })).json() as { phone: string | null; idNumber: string | null };

  beforeAll(async () => {
    t = await createTestApp();
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    leader = await t.userAt('root', ['leader']);
    liaison = await t.userAt('rugao', ['liaison']);
  });
  afterAll(() => t.close());

  it('serves the template with the columns, a Chinese file name and an instructions sheet', async () => {
    const res = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/people/import/template' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('科技工作者导入模板.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect((wb.getWorksheet('科技工作者')!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(JSON.stringify(wb.getWorksheet('填写说明')!.getSheetValues())).toContain('身份证号');
    expect((await t.as(leader, { method: 'GET', url: '/api/v1/people/import/template' })).statusCode).toBe(403);
  });

  it('fails the whole file on one bad row, naming row and column, and writes nothing', async () => {
    const before = await countPeople();
    const file = await xlsx([
      row('张一', '13800000001', idNumber(1)),
      row('张二', '13800000002', idNumber(2)),
      row('张三', '13800000003', null),
      row('张四', '1380000', idNumber(4)),
    ]);
    const job = await importFile(rugaoStaff, file);
    expect(job.status).toBe('failed');
    expect(job.code).toBe('IMPORT_ROW_ERRORS');
    expect(job.errors).toEqual([{ row: 5, column: '手机号', message: '手机号或电话格式不正确', messageEn: expect.any(String) }]);
    expect(job.inserted).toBe(0);
    expect(await countPeople()).toBe(before);
  });

  it('imports the fixed file, and importing it again updates the same four people', async () => {
    const before = await countPeople();
    const file = await xlsx([
      row('张一', '13800000001', idNumber(1)),
      row('张二', '13800000002', idNumber(2)),
      row('张三', '13800000003', null),
      row('张四', '13800000004', idNumber(4), '如皋市科学技术协会', { memberships: '南通市科协' }),
    ]);
    const first = await importFile(rugaoStaff, file);
    expect(first).toMatchObject({ status: 'done', total: 4, processed: 4, percent: 100, inserted: 4, updated: 0, errors: [] });
    expect(await countPeople()).toBe(before + 4);
    const again = await importFile(rugaoStaff, file);
    expect(again).toMatchObject({ status: 'done', inserted: 0, updated: 4 });
    expect(await countPeople()).toBe(before + 4);

    const list = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people?q=${encodeURIComponent('张四')}` });
    expect(await revealed(list.json().items[0].id)).toMatchObject({ phone: '13800000004', idNumber: idNumber(4) });
    expect(list.json().items[0]).toMatchObject({
      name: '张四',
      disciplines: ['机械工程', '材料科学'],
      memberships: [expect.objectContaining({ orgName: '南通市科学技术协会' })],
    });
    const audit = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/audit?entity=person&action=import' });
    expect(audit.json().total).toBe(2);
  });

  it('reads a UTF-8 CSV with a BOM', async () => {
    const csv = `\uFEFF${HEADERS.join(',')}\r\n李华,女,1990,"南通大学,医学院",副教授,硕士研究生,临床医学,13800000011,,lihua@example.com,如皋市科协,\r\n`;
    const job = await importFile(rugaoStaff, Buffer.from(csv, 'utf8'), '名单.csv');
    expect(job).toMatchObject({ status: 'done', inserted: 1 });
    const list = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people?q=${encodeURIComponent('李华')}` });
    expect(list.json().items[0]).toMatchObject({ unit: '南通大学,医学院', gender: '女', birthYear: 1990, email: 'lihua@example.com' });
  });

  it('refuses a file that is not a spreadsheet, whatever its name', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const res = await upload(rugaoStaff, png, '人员.xlsx');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'IMPORT_FILE_TYPE', message: expect.stringContaining('不支持的文件类型') });
    const json = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/people/import', payload: { file: 'x' } });
    expect(json.statusCode).toBe(400);
    expect((await upload(leader, await xlsx([]))).statusCode).toBe(403);
  });

  it('reports missing required columns once, by name', async () => {
    const job = await importFile(rugaoStaff, await xlsx([['王五', '13800000021']], ['姓名', '手机号']));
    expect(job).toMatchObject({ status: 'failed', code: 'IMPORT_MISSING_COLUMNS', message: expect.stringContaining('所属组织') });
  });

  it('imports a phone that Excel stored as a number as its digits', async () => {
    const job = await importFile(rugaoStaff, await xlsx([row('数字号', 13812340000, null)]));
    expect(job).toMatchObject({ status: 'done', inserted: 1 });
    const list = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people?q=${encodeURIComponent('数字号')}` });
    expect((await revealed(list.json().items[0].id)).phone).toBe('13812340000');
  });

  it('keeps fields whose column is missing from the file, and clears fields left empty', async () => {
    const job = await importFile(
      rugaoStaff,
      await xlsx(
        [
          ['张一', '研究员', '13800000001', '如皋市科协', ''],
          ['张二', '研究员', '13800000002', '如皋市科协', ''],
        ],
        ['姓名', '职称', '手机号', '所属组织', '工作单位'],
      ),
    );
    expect(job).toMatchObject({ status: 'done', inserted: 0, updated: 2 });
    const list = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people?q=${encodeURIComponent('张一')}` });
    expect(list.json().items[0]).toMatchObject({ title: '研究员', unit: null, birthYear: 1980, disciplines: ['机械工程', '材料科学'] });
    expect((await revealed(list.json().items[0].id)).idNumber).toBe(idNumber(1));
  });

  it("refuses rows for another district's org, and keeps each job private to its creator", async () => {
    const before = await countPeople();
    const res = await upload(haianStaff, await xlsx([row('海安人', '13800000031', null, '海安市科协'), row('越权', '13800000032', null, '如皋市科协'), row('无名', null, null, '不存在的组织')]));
    const jobId = res.json().jobId;
    const { job } = await poll(haianStaff, jobId);
    expect(job.status).toBe('failed');
    expect(job.errors).toEqual([
      { row: 3, column: '所属组织', message: expect.stringContaining('不在您的管辖范围内'), messageEn: expect.any(String) },
      { row: 4, column: '所属组织', message: '组织不存在：不存在的组织', messageEn: expect.any(String) },
    ]);
    expect(await countPeople()).toBe(before);
    const peek = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/imports/${jobId}` });
    expect(peek.statusCode).toBe(404);
  });

  it("rolls back when a row's person belongs to another district (found only while committing)", async () => {
    const created = await t.as(haianStaff, {
      method: 'POST',
      url: '/api/v1/people',
      payload: { name: '海安专家', orgId: await t.orgIdByCode('haian'), idNumber: idNumber(900) },
    });
    expect(created.statusCode).toBe(201);
    const before = await countPeople();
    const job = await importFile(rugaoStaff, await xlsx([row('新人甲', '13800000041', idNumber(901)), row('冒名', null, idNumber(900))]));
    expect(job.status).toBe('failed');
    expect(job.errors).toEqual([{ row: 3, column: '身份证号', message: '该人员已由其他组织登记，无权修改', messageEn: expect.any(String) }]);
    expect(await countPeople()).toBe(before);
  });

  it('a dry run reports what would happen and writes nothing', async () => {
    const before = await countPeople();
    const job = await importFile(rugaoStaff, await xlsx([row('张一', '13800000001', idNumber(1)), row('预演', '13800000051', null)]), undefined, '?dryRun=1');
    expect(job).toMatchObject({ status: 'done', dryRun: true, inserted: 1, updated: 1 });
    expect(await countPeople()).toBe(before);
  });

  it('exports with the list filters, masked for every role unless allowed staff ask for full values; audited', async () => {
    const url = `/api/v1/people/export?gender=${encodeURIComponent('女')}&reveal=1`;
    const staff = await t.as(rugaoStaff, { method: 'GET', url });
    expect(staff.statusCode).toBe(200);
    expect(staff.headers['content-disposition']).toMatch(/filename\*=UTF-8''/);
    const read = async (buf: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
      const ws = wb.getWorksheet('科技工作者')!;
      const rows: Record<string, unknown>[] = [];
      ws.eachRow((r, n) => {
        if (n === 1) return;
        const v = r.values as unknown[];
        rows.push(Object.fromEntries(HEADERS.map((h, i) => [h, v[i + 1] ?? null])));
      });
      return { headers: (ws.getRow(1).values as unknown[]).slice(1), rows };
    };
    const full = await read(staff.rawPayload);
    expect(full.headers).toEqual(HEADERS);
    expect(full.rows.map((r) => r.姓名)).toEqual(['李华']);
    expect(full.rows[0].手机号).toBe('13800000011');
    const byDefault = await read((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/people/export?gender=${encodeURIComponent('女')}` })).rawPayload);
    expect(byDefault.rows[0].手机号).toBe('138****0011');
    expect((await t.as(leader, { method: 'GET', url })).statusCode).toBe(403);

    for (const who of [leader, liaison]) {
      const masked = await read((await t.as(who, { method: 'GET', url: `/api/v1/people/export?q=${encodeURIComponent('张四')}` })).rawPayload);
      expect(masked.rows).toHaveLength(1);
      expect(masked.rows[0].手机号).toBe('138****0004');
      expect(masked.rows[0].身份证号).toMatch(/^3206\*+\d{3}[\dX]$/);
    }
    const audit = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/audit?entity=person&action=export' });
    const entries = audit.json().items.map((a: { after: unknown }) => a.after);
    expect(entries).toContainEqual({ filters: { gender: '女' }, rows: 1, masked: false });
    expect(entries).toContainEqual({ filters: { q: '张四' }, rows: 1, masked: true });
  });

  it('an export imports back without changes (same headers, matched on the natural keys)', async () => {
    const before = await countPeople();
    const exported = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/people/export?reveal=1' });
    const job = await importFile(rugaoStaff, exported.rawPayload, '导出.xlsx');
    expect(job.status, JSON.stringify(job.errors)).toBe('done');
    expect(job.inserted).toBe(0);
    expect(job.updated).toBe(job.total);
    expect(await countPeople()).toBe(before);
  });

  it('imports 10 000 rows in one job whose progress goes up to the total', async () => {
    const rows: TCell[][] = [];
    for (let i = 0; i < 10_000; i++) rows.push(row(`批量${i}`, `139${String(i).padStart(8, '0')}`, idNumber(10_000 + i), i % 2 ? '如皋市科协' : '如皋市科学技术协会'));
    const before = await countPeople();
    const res = await upload(rugaoStaff, await xlsx(rows), '一万人.xlsx');
    expect(res.statusCode).toBe(202);
    const { job, seen } = await poll(rugaoStaff, res.json().jobId);
    expect(job, job.message).toMatchObject({ status: 'done', total: 10_000, processed: 10_000, inserted: 10_000, percent: 100 });
    const intermediate = seen.filter((j) => j.status !== 'done' && j.percent > 0 && j.percent < 100);
    expect(intermediate.length).toBeGreaterThan(0);
    const percents = seen.map((j) => j.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(await countPeople()).toBe(before + 10_000);
    const ms = new Date(job.finishedAt!).getTime() - new Date(job.createdAt).getTime();
    console.log(`[people import] 10 000 rows on ${t.database.kind}: ${ms} ms; progress seen: ${seen.map((j) => `${j.status}:${j.processed}`).join(' ')}`);
  });
});
