import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client.js';
import { multipartFile } from '../../../platform/files/multipart.test-helper.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { fireDueReminders, PLATFORM_REMINDERS } from '../../../platform/notifications/reminder.service.js';
import { createTestApp, type TSession, type TTestApp } from '../../../test/harness.js';
import { BASE_REMINDERS } from './base.reminders.js';
import { addMonths, addYears } from './base.workflow.js';

type TCell = string | number | null;
async function xlsx(headers: string[], rows: TCell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('科普阵地');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface TJob {
  status: string;
  inserted: number;
  updated: number;
  errors: Array<{ row: number; column: string | null; message: string }>;
}

describe('[outreach] 科普阵地 bases: registry, review cycle, review due, Excel, public map', () => {
  let t: TTestApp;
  let rugao: number;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let cityStaff: TSession;
  let leader: TSession;
  let liaison: TSession;
  const today = todayInChina();

  const post = (who: TSession, payload: Record<string, unknown>) => t.as(who, { method: 'POST', url: '/api/v1/bases', payload });
  const move = (who: TSession, id: number, to: string, reason?: string) =>
    t.as(who, { method: 'POST', url: `/api/v1/bases/${id}/transitions`, payload: { to, ...(reason ? { reason } : {}) } });
  const make = async (name: string, extra: Record<string, unknown> = {}) => {
    const res = await post(rugaoStaff, { kind: 'education_base', name, level: 'municipal', category: 'venue', orgId: rugao, ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  /** A base taken all the way to 认定 by the right people. */
  const recognized = async (name: string, extra: Record<string, unknown> = {}) => {
    const id = await make(name, extra);
    expect((await move(rugaoStaff, id, 'applied')).statusCode).toBe(200);
    expect((await move(cityStaff, id, 'under_review')).statusCode).toBe(200);
    expect((await move(cityStaff, id, 'recognized')).statusCode).toBe(200);
    return id;
  };
  const count = async (table: string) => (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0].n;
  const importFile = async (who: TSession, file: Buffer): Promise<TJob> => {
    const res = await t.as(who, { method: 'POST', url: '/api/v1/bases/import', ...multipartFile('bases.xlsx', file) });
    expect(res.statusCode, res.body).toBe(202);
    for (;;) {
      const job = (await t.as(who, { method: 'GET', url: `/api/v1/imports/${res.json().jobId}` })).json() as TJob;
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  beforeAll(async () => {
    t = await createTestApp();
    rugao = await t.orgIdByCode('rugao');
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    cityStaff = await t.userAt('root', ['city_staff']);
    leader = await t.userAt('root', ['leader']);
    liaison = await t.userAt('rugao', ['liaison']);
  });
  afterAll(() => t.close());

  it('registers a base as 推荐 in the district, with its district taken from the owner', async () => {
    const res = await post(rugaoStaff, {
      kind: 'education_base',
      name: '如皋长寿科普馆',
      level: 'municipal',
      category: 'public_service',
      hostUnit: '如皋市卫生健康委员会',
      address: '如皋市如城街道益寿路 8 号',
      contactName: '陈老师',
      contactPhone: '13912345678',
      lng: 120.575,
      lat: 32.385,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'recommended',
      statusLabel: '推荐',
      orgId: rugao,
      districtId: rugao,
      districtName: '如皋市科学技术协会',
      recognizedOn: null,
      validUntil: null,
      allowedTransitions: ['applied', 'cancelled'],
      canEdit: true,
    });
    expect(res.json().transitions).toEqual([]);
  });

  it('refuses bad input with a clear code and changes nothing', async () => {
    const before = await count('outreach_bases');
    const base = { kind: 'education_base', name: '坏数据基地', level: 'municipal' };
    const far = await post(rugaoStaff, { ...base, lng: 116.4, lat: 39.9 }); // 北京: not 南通
    expect(far.statusCode).toBe(400);
    expect(far.json().error.code).toBe('VALIDATION_FAILED');
    expect((await post(rugaoStaff, { ...base, lng: 120.6 })).json().error.code).toBe('BASE_COORDS_PAIR');
    expect((await post(rugaoStaff, { ...base, level: undefined })).json().error.code).toBe('BASE_LEVEL_REQUIRED');
    expect((await post(rugaoStaff, { ...base, districtId: await t.orgIdByCode('root') })).json().error.code).toBe('BASE_DISTRICT_INVALID');
    expect((await post(rugaoStaff, { ...base, contactPhone: '12345' })).statusCode).toBe(400);
    // a big screen needs no level
    expect((await post(rugaoStaff, { kind: 'screen', name: '如城街道党群服务中心科普大屏' })).statusCode).toBe(201);
    const dup = await post(rugaoStaff, { kind: 'screen', name: '如城街道党群服务中心科普大屏' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('BASE_DUPLICATE');
    expect(await count('outreach_bases')).toBe(before + 1);
  });

  it('runs 推荐 → 申报 → 审核 → 认定: districts apply, only the city reviews and recognizes', async () => {
    const id = await make('如皋科技馆');
    expect((await move(liaison, id, 'applied')).statusCode).toBe(200); // liaisons of the subtree apply too
    const accept = await move(rugaoStaff, id, 'under_review');
    expect(accept.statusCode).toBe(403);
    const toReview = await move(cityStaff, id, 'under_review');
    expect(toReview.json().allowedTransitions.sort()).toEqual(['applied', 'cancelled', 'recognized']);
    // a district staff member cannot recognize
    const own = await move(rugaoStaff, id, 'recognized');
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toContain('市科协');
    // returning to 申报 needs a reason
    const noReason = await move(cityStaff, id, 'applied');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('REASON_REQUIRED');
    const back = await move(cityStaff, id, 'applied', '请补充近三年开放记录');
    expect(back.json()).toMatchObject({ status: 'applied', statusReason: '请补充近三年开放记录', canEdit: true });
    // the district edits the returned application; the city takes it up again and recognizes it
    expect((await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/bases/${id}`, payload: { description: '每周二至周日开放' } })).statusCode).toBe(200);
    await move(cityStaff, id, 'under_review');
    const done = await move(cityStaff, id, 'recognized');
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'recognized', recognizedOn: today, validUntil: addYears(today, 5), reviewDue: false });
    expect(done.json().transitions.map((x: { to: string }) => x.to)).toEqual(['applied', 'under_review', 'applied', 'under_review', 'recognized']);
    expect(done.json().transitions[2]).toMatchObject({ reason: '请补充近三年开放记录', fromLabel: '审核', toLabel: '申报' });
    expect(done.json().transitions[0].actorOrgName).toBe('如皋市科学技术协会');
    // once recognized the district no longer edits it, and illegal moves are 409
    expect((await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/bases/${id}`, payload: { description: '改' } })).statusCode).toBe(403);
    const illegal = await move(cityStaff, id, 'applied', '不可能');
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().error.code).toBe('BASE_TRANSITION_INVALID');
    const detail = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/bases/${id}` })).json();
    expect(detail.status).toBe('recognized');
    expect(detail.allowedTransitions).toEqual([]);
    const audit = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where entity = 'outreach_base' and entity_id = ${String(id)} and action = 'transition'`);
    expect(audit[0].n).toBe(5);
  });

  it('lists bases due for 复核, reminds the city, and extends the validity by five years on 保留', async () => {
    const old = await recognized('如皋老基地');
    const fresh = await recognized('如皋新基地');
    // the city corrects the recognition date: four and a half years ago → valid until in six months' time
    const day = addMonths(addYears(today, -5), 4);
    expect((await t.as(rugaoStaff, { method: 'PATCH', url: `/api/v1/bases/${old}`, payload: { recognizedOn: day } })).statusCode).toBe(403);
    const fixed = await t.as(cityStaff, { method: 'PATCH', url: `/api/v1/bases/${old}`, payload: { recognizedOn: day } });
    expect(fixed.json()).toMatchObject({ recognizedOn: day, validUntil: addYears(day, 5), reviewDue: true });

    const due = (await t.as(cityStaff, { method: 'GET', url: '/api/v1/bases?reviewDue=1' })).json();
    const ids = due.items.map((b: { id: number }) => b.id);
    expect(ids).toContain(old);
    expect(ids).not.toContain(fresh);
    expect((await t.as(cityStaff, { method: 'GET', url: '/api/v1/bases?reviewDue=1&months=3' })).json().items.map((b: { id: number }) => b.id)).not.toContain(old);
    // the same list for the district, and nothing of 如皋 for 海安
    expect((await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/bases?reviewDue=1' })).json().total).toBe(due.total);
    expect((await t.as(haianStaff, { method: 'GET', url: '/api/v1/bases?reviewDue=1' })).json().total).toBe(0);

    const todo = (await t.as(cityStaff, { method: 'GET', url: '/api/v1/todos' })).json();
    expect(todo.items.find((i: { key: string }) => i.key === 'outreach.bases.review_due')).toMatchObject({ count: due.total, link: '/admin/outreach/bases/review-due' });
    expect((await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/todos' })).json().items.find((i: { key: string }) => i.key === 'outreach.bases.review_due')).toBeUndefined();

    // the durable reminder: due now (six months before the end), it tells the city staff once
    const [r] = await queryRows<{ due_at: Date }>(t.database.db, sql`select due_at from reminders where dedupe_key = ${`outreach.base.review_due:${old}`}`);
    expect(new Date(r.due_at).getTime()).toBeLessThan(Date.now() + 86_400_000);
    await fireDueReminders(t.database.db, { ...PLATFORM_REMINDERS, ...BASE_REMINDERS });
    const bell = (await t.as(cityStaff, { method: 'GET', url: '/api/v1/notifications' })).json();
    expect(bell.items.filter((n: { title: string }) => n.title === '科普阵地复核到期：如皋老基地')).toHaveLength(1);
    expect(bell.items.some((n: { title: string }) => n.title.includes('如皋新基地'))).toBe(false);

    // 复核 → 保留: five more years from the end of the running period
    expect((await move(rugaoStaff, old, 'in_review')).statusCode).toBe(403);
    await move(cityStaff, old, 'in_review');
    const kept = await move(cityStaff, old, 'retained');
    expect(kept.json()).toMatchObject({ status: 'retained', validUntil: addYears(addYears(day, 5), 5), lastReviewedOn: today, reviewDue: false });
    // cancelling a recognized base needs a reason
    expect((await move(cityStaff, fresh, 'cancelled')).json().error.code).toBe('REASON_REQUIRED');
    expect((await move(cityStaff, fresh, 'cancelled', '场馆停止对外开放')).json().status).toBe('cancelled');
  });

  it('masks the contact phone for every role; allowed roles reveal it one record at a time, audited', async () => {
    const id = await make('如皋天文科普馆', { contactName: '王老师', contactPhone: '13800001111' });
    for (const who of [rugaoStaff, cityStaff, leader]) {
      const b = (await t.as(who, { method: 'GET', url: `/api/v1/bases/${id}` })).json();
      expect(b.contactPhone).toBe('138****1111');
      const listed = (await t.as(who, { method: 'GET', url: '/api/v1/bases?q=天文' })).json();
      expect(listed.items[0].contactPhone).toBe('138****1111');
    }
    expect((await t.as(leader, { method: 'GET', url: `/api/v1/bases/${id}` })).json().piiRevealable).toBe(false);
    expect((await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/bases/${id}` })).json().piiRevealable).toBe(true);
    expect((await t.as(leader, { method: 'GET', url: `/api/v1/bases/${id}/pii` })).statusCode).toBe(403);
    const full = await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/bases/${id}/pii` });
    expect(full.json()).toEqual({ id, contactPhone: '13800001111' });
    const audit = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where entity = 'outreach_base' and action = 'reveal_pii' and entity_id = ${String(id)}`);
    expect(audit[0].n).toBe(1);
    expect((await t.as(leader, { method: 'GET', url: '/api/v1/bases/export?reveal=1' })).statusCode).toBe(403);
  });

  it('serves the portal map without login: recognized public bases, public fields only', async () => {
    const shown = await recognized('如皋公开基地', { contactPhone: '13911112222', contactName: '李老师', lng: 120.56, lat: 32.37 });
    const hidden = await recognized('如皋内部基地', { isPublic: false });
    const pending = await make('如皋待审基地');
    const map = await t.as(null, { method: 'GET', url: '/api/v1/public/bases' });
    expect(map.statusCode).toBe(200);
    const ids = map.json().items.map((b: { id: number }) => b.id);
    expect(ids).toContain(shown);
    expect(ids).not.toContain(hidden);
    expect(ids).not.toContain(pending);
    expect(map.body).not.toContain('13911112222');
    expect(map.body).not.toContain('李老师');
    const item = map.json().items.find((b: { id: number }) => b.id === shown);
    expect(Object.keys(item)).not.toContain('contactPhone');
    expect(item).toMatchObject({ lng: 120.56, lat: 32.37, districtName: '如皋市科学技术协会' });
    expect(map.json().totals.byDistrict[String(rugao)]).toBeGreaterThan(0);
    expect(map.json().districts).toHaveLength(7);
    const screens = (await t.as(null, { method: 'GET', url: '/api/v1/public/bases?kind=screen' })).json();
    expect(screens.items.every((b: { kind: string }) => b.kind === 'screen')).toBe(true);
  });

  it('imports from Excel all or nothing, idempotent on name + kind + org', async () => {
    const HEADERS = ['名称', '类型', '级别', '类别', '所属组织', '联系电话', '经度', '纬度', '状态', '认定日期'];
    const rows: TCell[][] = [
      ['如皋白蒲茶干科普馆', '科普教育基地', '市级', '生产设施类', '如皋市科协', '13912340001', '120.68', '32.26', '申报', null],
      ['如皋城南小学', '科学教育特色学校', '省级', null, '如皋市科协', null, '125.1', '32.3', null, null],
    ];
    const before = await count('outreach_bases');
    const failed = await importFile(rugaoStaff, await xlsx(HEADERS, rows));
    expect(failed.status).toBe('failed');
    expect(failed.errors).toEqual([expect.objectContaining({ row: 3, column: '经度' })]);
    expect(await count('outreach_bases')).toBe(before);

    rows[1][6] = '120.58';
    const file = await xlsx(HEADERS, rows);
    expect(await importFile(rugaoStaff, file)).toMatchObject({ status: 'done', inserted: 2, updated: 0 });
    expect(await importFile(rugaoStaff, file)).toMatchObject({ status: 'done', inserted: 0, updated: 2 });
    expect(await count('outreach_bases')).toBe(before + 2);
    const listed = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/bases?q=${encodeURIComponent('白蒲茶干')}` })).json();
    expect(listed.items[0]).toMatchObject({ status: 'applied', level: 'municipal', category: 'production', lng: 120.68 });

    // only the city imports recognized bases; the recognition date sets the validity
    const recog: TCell[][] = [['如皋长江科普馆', '科普教育基地', '省级', '科技场馆类', '如皋市科协', null, null, null, '认定', '2021-03-15']];
    const refused = await importFile(rugaoStaff, await xlsx(HEADERS, recog));
    expect(refused.errors).toEqual([expect.objectContaining({ column: '状态' })]);
    expect(await importFile(cityStaff, await xlsx(HEADERS, recog))).toMatchObject({ status: 'done', inserted: 1 });
    const imported = (await t.as(cityStaff, { method: 'GET', url: `/api/v1/bases?q=${encodeURIComponent('如皋长江科普馆')}` })).json().items[0];
    expect(imported).toMatchObject({ status: 'recognized', recognizedOn: '2021-03-15', validUntil: '2026-03-15', reviewDue: true, isExpired: true });
    // another district's org is refused
    const foreign = await importFile(haianStaff, await xlsx(HEADERS, [['越权基地', '科普教育基地', '市级', null, '如皋市科协', null, null, null, null, null]]));
    expect(foreign.errors).toEqual([expect.objectContaining({ column: '所属组织' })]);
    // the export is masked and can be read back
    const exp = await t.as(leader, { method: 'GET', url: '/api/v1/bases/export?kind=education_base' });
    expect(exp.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exp.rawPayload as unknown as ExcelJS.Buffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('如皋白蒲茶干科普馆');
    expect(text).toContain('139****0001');
    expect(text).not.toContain('13912340001');
  });

  it('counts recognized bases in the figures, per org subtree, with drill-down rows', async () => {
    const fig = async (who: TSession, org: number) =>
      (await t.as(who, { method: 'GET', url: `/api/v1/figures?keys=outreach.bases.education.provincial,outreach.bases.review_due&org=${org}` })).json();
    const city = await fig(cityStaff, await t.orgIdByCode('root'));
    const mine = await fig(rugaoStaff, rugao);
    const haian = await fig(haianStaff, await t.orgIdByCode('haian'));
    const v = (f: { items: Array<{ key: string; value: number }> }, key: string) => f.items.find((i) => i.key === key)?.value;
    expect(v(mine, 'outreach.bases.education.provincial')).toBe(1); // 如皋长江科普馆
    expect(v(city, 'outreach.bases.education.provincial')).toBe(1);
    expect(v(haian, 'outreach.bases.education.provincial')).toBe(0);
    expect(v(mine, 'outreach.bases.review_due')).toBeGreaterThan(0);
    const rows = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/figures/outreach.bases.education.provincial/rows?org=${rugao}` })).json();
    expect(rows.items.map((r: { name: string }) => r.name)).toEqual(['如皋长江科普馆']);
    // a date range counts by the recognition date
    const range = (await t.as(cityStaff, { method: 'GET', url: '/api/v1/figures?keys=outreach.bases.education.provincial&from=2022-01-01&to=2022-12-31' })).json();
    expect(range.items[0].value).toBe(0);
  });

  it('finds bases in the global search within the scope only', async () => {
    const mine = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('天文科普馆')}` })).json();
    expect(mine.items.some((i: { entity: string }) => i.entity === 'outreach_base')).toBe(true);
    const other = (await t.as(haianStaff, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('天文科普馆')}` })).json();
    expect(other.items.some((i: { entity: string }) => i.entity === 'outreach_base')).toBe(false);
  });
});
