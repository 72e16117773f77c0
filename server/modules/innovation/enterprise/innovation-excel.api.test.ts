import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../../../shared/validators.js';
import { queryRows } from '../../../db/client.js';
import { multipartFile } from '../../../platform/files/multipart.test-helper.js';
import { type TSession, type TTestApp, createTestApp } from '../../../test/harness.js';

const code = (org: string) => `91320682${org}${creditCodeCheckChar(`91320682${org}`)}`;

type TCell = string | number | null;

async function xlsx(sheet: string, headers: string[], rows: TCell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readSheet(payload: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

interface TJob {
  status: string;
  inserted: number;
  updated: number;
  code?: string;
  errors: Array<{ row: number; column: string | null; message: string }>;
}

/** Excel import/export of the innovation registries (enterprises, experts, demands) through the generic pipeline. */
describe('innovation registries in Excel', () => {
  let t: TTestApp;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let leader: TSession;

  const importFile = async (who: TSession, base: string, file: Buffer): Promise<TJob> => {
    const res = await t.as(who, { method: 'POST', url: `/api/v1/${base}/import`, ...multipartFile('data.xlsx', file) });
    expect(res.statusCode, res.body).toBe(202);
    for (;;) {
      const job = (await t.as(who, { method: 'GET', url: `/api/v1/imports/${res.json().jobId}` })).json() as TJob;
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const count = async (table: string) => (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    leader = await t.userAt('root', ['leader']);
  });
  afterAll(() => t.close());

  const ENT_HEADERS = ['企业名称', '统一社会信用代码', '所属组织', '产业集群', '企业规模', '高新技术企业', '联系电话'];

  it('serves templates with the registries’ columns, to those who may import', async () => {
    for (const [base, sheet, header] of [
      ['enterprises', '企业', '统一社会信用代码'],
      ['experts', '专家', '关键词'],
      ['demands', '技术需求', '企业统一社会信用代码'],
    ]) {
      const res = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/${base}/import/template` });
      expect(res.statusCode, base).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
      expect(JSON.stringify(wb.getWorksheet(sheet)!.getRow(1).values), base).toContain(header);
      expect((await t.as(leader, { method: 'GET', url: `/api/v1/${base}/import/template` })).statusCode, base).toBe(403);
    }
  });

  it('imports enterprises all or nothing, checking credit codes, and re-imports idempotently', async () => {
    const bad = code('MA1N0000B').slice(0, 17) + (code('MA1N0000B')[17] === '0' ? '1' : '0');
    const rows: TCell[][] = [
      ['如皋长江船舶重工有限公司', code('MA1N0000A'), '如皋市科协', '船舶海工', '中型', '是', '13912345678'],
      ['如皋纺织科技有限公司', bad, '如皋市科协', '高端纺织', '小型', '否', null],
    ];
    const failed = await importFile(rugaoStaff, 'enterprises', await xlsx('企业', ENT_HEADERS, rows));
    expect(failed.status).toBe('failed');
    expect(failed.errors).toEqual([expect.objectContaining({ row: 3, column: '统一社会信用代码' })]);
    expect(await count('enterprises')).toBe(0);

    rows[1][1] = code('MA1N0000B').toLowerCase();
    const file = await xlsx('企业', ENT_HEADERS, rows);
    expect(await importFile(rugaoStaff, 'enterprises', file)).toMatchObject({ status: 'done', inserted: 2, updated: 0 });
    expect(await importFile(rugaoStaff, 'enterprises', file)).toMatchObject({ status: 'done', inserted: 0, updated: 2 });
    expect(await count('enterprises')).toBe(2);
    const list = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/enterprises?q=${code('MA1N0000A')}` });
    expect(list.json().items[0]).toMatchObject({ clusters: ['船舶海工'], scale: '中型', isHighTech: true, contactPhone: '139****5678', orgName: '如皋市科学技术协会' });
    const full = async (id: number) => (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/enterprises/${id}/pii` })).json().contactPhone;
    expect(await full(list.json().items[0].id)).toBe('13912345678');

    // a file without the phone column keeps the phone
    const partial = await xlsx('企业', ['企业名称', '统一社会信用代码', '所属组织', '企业规模'], [['如皋长江船舶重工有限公司', code('MA1N0000A'), '如皋市科协', '大型']]);
    expect(await importFile(rugaoStaff, 'enterprises', partial)).toMatchObject({ status: 'done', updated: 1 });
    const after = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/enterprises?q=${code('MA1N0000A')}` })).json().items[0];
    expect(after).toMatchObject({ scale: '大型', clusters: ['船舶海工'] });
    expect(await full(after.id)).toBe('13912345678');
  });

  it("refuses another district's org and another district's enterprise", async () => {
    const own = await importFile(haianStaff, 'enterprises', await xlsx('企业', ENT_HEADERS, [['越权企业', code('MA1N0000C'), '如皋市科协', null, null, null, null]]));
    expect(own.errors[0]).toMatchObject({ column: '所属组织', message: expect.stringContaining('管辖范围') });
    const taken = await importFile(haianStaff, 'enterprises', await xlsx('企业', ENT_HEADERS, [['改名', code('MA1N0000A'), '海安市科协', null, null, null, null]]));
    expect(taken.errors[0]).toMatchObject({ column: '统一社会信用代码', message: expect.stringContaining('无权修改') });
    expect(await count('enterprises')).toBe(2);
  });

  it('exports enterprises with the list filters, masked unless allowed staff ask for full phones', async () => {
    const staffMasked = await readSheet((await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/enterprises/export' })).rawPayload);
    expect(JSON.stringify(staffMasked)).not.toContain('13912345678');
    expect((await t.as(leader, { method: 'GET', url: '/api/v1/enterprises/export?reveal=1' })).statusCode).toBe(403);
    const staff = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/enterprises/export?reveal=1' });
    expect(staff.statusCode).toBe(200);
    const rows = await readSheet(staff.rawPayload);
    expect(rows[0]).toContain('统一社会信用代码');
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).toContain('13912345678');
    const masked = await readSheet((await t.as(leader, { method: 'GET', url: `/api/v1/enterprises/export?cluster=${encodeURIComponent('船舶海工')}` })).rawPayload);
    expect(masked).toHaveLength(2);
    expect(JSON.stringify(masked)).toContain('139****5678');
    expect(await readSheet((await t.as(haianStaff, { method: 'GET', url: '/api/v1/enterprises/export' })).rawPayload)).toHaveLength(1);
    // an export is a valid import (the masked one is refused, not stored)
    expect(await importFile(rugaoStaff, 'enterprises', staff.rawPayload)).toMatchObject({ status: 'done', updated: 2 });
    const maskedBack = await importFile(rugaoStaff, 'enterprises', (await t.as(leader, { method: 'GET', url: '/api/v1/enterprises/export' })).rawPayload);
    expect(maskedBack.status).toBe('failed');
    expect(maskedBack.errors[0].message).toContain('脱敏');
  });

  const EXPERT_HEADERS = ['姓名', '工作单位', '职称', '学科', '产业/行业', '关键词', '院士', '所属组织'];

  it('imports experts, indexes them for matching, and matches re-imports on name + unit', async () => {
    const rows: TCell[][] = [
      ['陈海洋', '江苏科技大学', '教授', '船舶与海洋工程', '船舶海工', '焊接变形、海工装备', '否', '如皋市科协'],
      ['王纺', '南通大学', '教授', '纺织科学与工程', '高端纺织', '功能纤维', '否', null],
      ['王纺', '江南大学', '副教授', '纺织科学与工程', '高端纺织', '印染', '否', null],
    ];
    const file = await xlsx('专家', EXPERT_HEADERS, rows);
    expect(await importFile(rugaoStaff, 'experts', file)).toMatchObject({ status: 'done', inserted: 3 });
    expect(await importFile(rugaoStaff, 'experts', file)).toMatchObject({ status: 'done', inserted: 0, updated: 3 });
    expect(await count('experts')).toBe(3);
    const match = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/match/experts', payload: { text: '焊接变形' } });
    expect(match.json().items[0].name).toBe('陈海洋');
    const dup = await importFile(rugaoStaff, 'experts', await xlsx('专家', EXPERT_HEADERS, [rows[0], rows[0]]));
    expect(dup.status).toBe('failed');
    expect(dup.errors[0].column).toBe('姓名');
    const foreign = await importFile(haianStaff, 'experts', await xlsx('专家', EXPERT_HEADERS, [[...rows[0].slice(0, 7), null]]));
    expect(foreign.errors[0].message).toContain('无权修改');

    const exported = await readSheet((await t.as(haianStaff, { method: 'GET', url: `/api/v1/experts/export?industry=${encodeURIComponent('高端纺织')}` })).rawPayload);
    expect(exported.map((r) => r[0])).toEqual(['姓名', '王纺', '王纺']);
  });

  const DEMAND_HEADERS = ['需求名称', '企业统一社会信用代码', '需求描述', '需求类别', '产业集群', '关键词', '预算下限（万元）', '预算上限（万元）', '期望解决时间', '公开范围', '状态'];

  it('imports demands for enterprises in scope, as drafts or straight into review or publication', async () => {
    const rows: TCell[][] = [
      ['分段焊接变形控制', code('MA1N0000A'), '厚板分段焊接后变形超差', '卡脖子', '船舶海工', '焊接变形', '50', '200万', '2027/6/30', '公开', '已发布'],
      ['功能纤维染色', code('MA1N0000B'), '功能纤维上染率低', '技术攻关', '高端纺织', '印染', null, null, null, '仅工作人员', null],
    ];
    const file = await xlsx('技术需求', DEMAND_HEADERS, rows);
    expect(await importFile(rugaoStaff, 'demands', file)).toMatchObject({ status: 'done', inserted: 2 });
    const others = (await t.as(leader, { method: 'GET', url: '/api/v1/demands' })).json();
    expect(others.items.map((d: { title: string }) => d.title)).toEqual(['分段焊接变形控制']); // the draft is its importer's
    const mine = (await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/demands?mine=true&sort=title' })).json();
    expect(mine.items.map((d: { title: string; status: string }) => [d.title, d.status])).toEqual([
      ['分段焊接变形控制', 'published'],
      ['功能纤维染色', 'draft'],
    ]);
    const published = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/demands/${mine.items[0].id}` });
    expect(published.json()).toMatchObject({ budgetMin: 50, budgetMax: 200, deadline: '2027-06-30', confidentiality: 'public' });
    expect(published.json().transitions.map((x: { to: string; reason: string }) => [x.to, x.reason])).toEqual([
      ['pending', '批量导入'],
      ['published', '批量导入'],
    ]);

    rows[0][2] = '厚板分段焊接后变形超差，火工矫正工时高';
    expect(await importFile(rugaoStaff, 'demands', await xlsx('技术需求', DEMAND_HEADERS, rows))).toMatchObject({ status: 'done', inserted: 0, updated: 2 });
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/demands/${mine.items[0].id}` })).json()).toMatchObject({
      status: 'published',
      description: '厚板分段焊接后变形超差，火工矫正工时高',
    });

    const foreign = await importFile(haianStaff, 'demands', await xlsx('技术需求', DEMAND_HEADERS, [rows[0]]));
    expect(foreign.errors[0]).toMatchObject({ column: '企业统一社会信用代码', message: expect.stringContaining('管辖范围') });
    const signedNew = await importFile(rugaoStaff, 'demands', await xlsx('技术需求', DEMAND_HEADERS, [[...rows[0].slice(0, 10), '已签约'].map((c, i) => (i === 0 ? '新需求' : c))]));
    expect(signedNew.errors[0]).toMatchObject({ column: '状态' });
    expect(await count('demands')).toBe(2);

    const exported = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/demands/export?mine=true' });
    const sheet = await readSheet(exported.rawPayload);
    expect(sheet[0]).toContain('企业统一社会信用代码');
    expect(JSON.stringify(sheet)).toContain('仅工作人员');
    expect(JSON.stringify(sheet)).toContain('已发布');
    expect(await importFile(rugaoStaff, 'demands', exported.rawPayload)).toMatchObject({ status: 'done', updated: 2 });
  });
});
