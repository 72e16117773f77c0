import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client.js';
import { multipartFile } from '../../../platform/files/multipart.test-helper.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { fireDueReminders } from '../../../platform/notifications/reminder.service.js';
import { createTestApp, type TSession, type TTestApp } from '../../../test/harness.js';
import { seedActivityDemo } from './activity.demo.js';
import { ACTIVITY_REMINDERS, summaryReminderAt } from './activity.reminders.js';
import { addDays } from './activity.settings.js';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c63f8cfc0f01f0005000201' + 'a7f1b8b40000000049454e44ae426082',
  'hex',
);

interface TJob {
  status: string;
  inserted: number;
  errors: Array<{ row: number; column: string | null; message: string }>;
}

describe('科普活动 activities', () => {
  let t: TTestApp;
  let liaison: TSession; // 如皋市科协 liaison: files, cannot review
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let cityStaff: TSession;
  let rugaoId: number;
  const today = todayInChina();
  let n = 0;

  const file = async (who: TSession, extra: Record<string, unknown> = {}) => {
    const r = await t.as(who, {
      method: 'POST',
      url: '/api/v1/activities',
      payload: { type: 'lecture', title: `如皋科普讲座${++n}`, startDate: addDays(today, 10), targetGroups: ['elderly'], budget: 5000, ...extra },
    });
    expect(r.statusCode, r.body).toBe(201);
    return r.json();
  };
  const move = (who: TSession, id: number, to: string, reason?: string) =>
    t.as(who, { method: 'POST', url: `/api/v1/activities/${id}/transitions`, payload: { to, reason } });

  beforeAll(async () => {
    t = await createTestApp();
    rugaoId = await t.orgIdByCode('rugao');
    liaison = await t.userAt('rugao', ['liaison']);
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    haianStaff = await t.userAt('haian', ['district_staff']);
    cityStaff = await t.userAt('root', ['city_staff']);
  });
  afterAll(() => t.close());

  it('files an activity under its district and refuses the same org, title and start date twice (409)', async () => {
    const a = await file(liaison, { title: '如皋市科技活动周启动仪式', type: 'sci_tech_week', endDate: addDays(today, 16) });
    expect(a).toMatchObject({ status: 'planned', statusLabel: '计划', orgId: rugaoId, districtOrgId: rugaoId, typeLabel: '科技活动周', isOverdue: false });
    expect(a.summaryDueOn).toBe(addDays(today, 16 + 7));
    const dup = await t.as(liaison, { method: 'POST', url: '/api/v1/activities', payload: { type: 'lecture', title: '如皋市科技活动周启动仪式', startDate: addDays(today, 10) } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('ACTIVITY_DUPLICATE');
    // another start date is another activity
    await file(liaison, { title: '如皋市科技活动周启动仪式', startDate: addDays(today, 11) });
    const bad = await t.as(liaison, { method: 'POST', url: '/api/v1/activities', payload: { type: 'lecture', title: '日期倒置', startDate: '2026-05-10', endDate: '2026-05-01' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('ACTIVITY_DATES');
  });

  it('moves planned → returned (reason) → planned → filed → held → summarized; the wrong moves are refused', async () => {
    const a = await file(liaison);
    expect((await move(liaison, a.id, 'filed')).statusCode).toBe(403); // a liaison cannot put it on record
    expect((await move(haianStaff, a.id, 'filed')).statusCode).toBe(404); // another district's record does not exist for them
    const noReason = await move(rugaoStaff, a.id, 'returned');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('REASON_REQUIRED');
    const returned = await move(rugaoStaff, a.id, 'returned', '请补充安全预案');
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '请补充安全预案' });
    expect((await move(liaison, a.id, 'planned')).json().status).toBe('planned');
    const filed = (await move(rugaoStaff, a.id, 'filed')).json();
    expect(filed).toMatchObject({ status: 'filed', returnReason: null });
    const back = await move(rugaoStaff, a.id, 'planned');
    expect(back.statusCode).toBe(409);
    expect(back.json().error.code).toBe('ACTIVITY_TRANSITION_INVALID');
    // not started yet: it cannot be marked held
    const early = await move(liaison, a.id, 'held');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('ACTIVITY_NOT_STARTED');
    expect((await move(liaison, a.id, 'summarized')).json().error.code).toBe('ACTIVITY_TRANSITION_INVALID');
    // a filed activity is no longer the liaison's to edit
    expect((await t.as(liaison, { method: 'PATCH', url: `/api/v1/activities/${a.id}`, payload: { venue: '改' } })).statusCode).toBe(409);

    const past = await file(liaison, { startDate: addDays(today, -2), endDate: addDays(today, -1) });
    await move(rugaoStaff, past.id, 'filed');
    const held = (await move(liaison, past.id, 'held')).json();
    expect(held.status).toBe('held');
    expect(held.canSummarize).toBe(true);
    expect((await move(liaison, past.id, 'summarized')).json().error.code).toBe('ACTIVITY_SUMMARY_REQUIRED');
    const up = await t.as(liaison, { method: 'POST', url: '/api/v1/files', ...multipartFile('photo.png', PNG) });
    expect(up.statusCode, up.body).toBe(201);
    const notImage = await t.as(liaison, { method: 'POST', url: `/api/v1/activities/${past.id}/summary`, payload: { summary: '好', actualParticipants: 10, photoIds: ['00000000-0000-4000-8000-000000000000'] } });
    expect(notImage.json().error.code).toBe('ACTIVITY_PHOTO_INVALID');
    const done = await t.as(liaison, {
      method: 'POST',
      url: `/api/v1/activities/${past.id}/summary`,
      payload: { summary: '讲座顺利举办', actualParticipants: 186, photoIds: [up.json().id], links: ['https://example.org/news/1'] },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'summarized', statusLabel: '已总结', actualParticipants: 186, photos: [{ name: 'photo.png', mime: 'image/png' }] });
    expect(done.json().transitions.map((x: { to: string }) => x.to)).toEqual(['filed', 'held', 'summarized']);
    expect(done.json().transitions[0].actorOrgName).toBe('如皋市科学技术协会');
    // summarized is the end
    expect((await move(rugaoStaff, past.id, 'held')).statusCode).toBe(409);
  });

  it('flags summaries past due (逾期), lists and counts them, and reminds the organizer and its parent staff', async () => {
    const late = await file(liaison, { title: '逾期未总结的讲座', startDate: addDays(today, -20), endDate: addDays(today, -20) });
    await move(rugaoStaff, late.id, 'filed');
    const fresh = await file(liaison, { title: '刚结束的讲座', startDate: addDays(today, -3), endDate: addDays(today, -3) });
    await move(rugaoStaff, fresh.id, 'filed');
    const got = (await t.as(liaison, { method: 'GET', url: `/api/v1/activities/${late.id}` })).json();
    expect(got.isOverdue).toBe(true);
    expect((await t.as(liaison, { method: 'GET', url: `/api/v1/activities/${fresh.id}` })).json().isOverdue).toBe(false);
    const overdue = (await t.as(liaison, { method: 'GET', url: '/api/v1/activities?overdue=true&pageSize=200' })).json();
    expect(overdue.items.map((x: { id: number }) => x.id)).toContain(late.id);
    expect(overdue.items.map((x: { id: number }) => x.id)).not.toContain(fresh.id);
    const todos = (await t.as(liaison, { method: 'GET', url: '/api/v1/todos' })).json();
    expect(todos.items.find((i: { key: string }) => i.key === 'outreach.activities.overdue')).toMatchObject({ count: overdue.total, overdue: true });
    const staffTodos = (await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/todos' })).json();
    expect(staffTodos.items.find((i: { key: string }) => i.key === 'outreach.activities.review').count).toBeGreaterThan(0);

    const dueAt = summaryReminderAt(late.endDate);
    expect(dueAt.toISOString()).toBe(new Date(`${addDays(late.endDate, 8)}T09:00:00+08:00`).toISOString());
    await fireDueReminders(t.database.db, ACTIVITY_REMINDERS, { now: new Date(dueAt.getTime() + 1000), limit: 1000 });
    const mine = (await t.as(liaison, { method: 'GET', url: '/api/v1/notifications' })).json();
    expect(mine.items.map((x: { title: string }) => x.title)).toContain('活动总结已逾期：逾期未总结的讲座');
    const city = (await t.as(cityStaff, { method: 'GET', url: '/api/v1/notifications' })).json();
    expect(city.items.map((x: { title: string }) => x.title)).toContain('活动总结已逾期：逾期未总结的讲座');
    // the one still within its days did not fire
    expect(mine.items.map((x: { title: string }) => x.title)).not.toContain('活动总结已逾期：刚结束的讲座');
  });

  it('keeps districts apart: 海安 staff neither list nor find 如皋 activities; the city sees them', async () => {
    await file(liaison, { title: '如皋独有的展览', type: 'exhibition' });
    expect((await t.as(haianStaff, { method: 'GET', url: '/api/v1/activities?pageSize=200' })).json().total).toBe(0);
    const hits = (await t.as(haianStaff, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('如皋独有的展览')}` })).json();
    expect(hits.items.filter((h: { entity: string }) => h.entity === 'activity')).toEqual([]);
    const cityHits = (await t.as(cityStaff, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('如皋独有的展览')}` })).json();
    expect(cityHits.items.filter((h: { entity: string }) => h.entity === 'activity').length).toBe(1);
    expect((await t.as(cityStaff, { method: 'GET', url: '/api/v1/activities?type=exhibition&pageSize=200' })).json().total).toBeGreaterThan(0);
  });

  it('imports a sheet all or nothing: one duplicate row writes nothing; a clean sheet files every row as 计划', async () => {
    const headers = ['活动名称', '活动类型', '主办单位', '开始日期', '结束日期', '活动地点', '面向人群', '计划参与人数', '预算（元）'];
    const sheet = async (rows: (string | number)[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('科普活动');
      ws.addRow(headers);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const importFile = async (buf: Buffer): Promise<TJob> => {
      const res = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/activities/import', ...multipartFile('a.xlsx', buf) });
      expect(res.statusCode, res.body).toBe(202);
      for (;;) {
        const job = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/imports/${res.json().jobId}` })).json() as TJob;
        if (job.status === 'done' || job.status === 'failed') return job;
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    const count = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from outreach_activities`))[0].n;
    const existing = await file(rugaoStaff, { title: '已登记的科普集市', startDate: '2026-09-20' });
    const before = await count();
    const failed = await importFile(
      await sheet([
        ['白蒲镇科普进乡村', '科普进乡村', '如皋市科学技术协会', '2026-10-08', '2026-10-08', '白蒲镇村民广场', '农民、老年人', 200, 8000],
        ['已登记的科普集市', '讲座', '如皋市科学技术协会', existing.startDate, '', '', '', '', ''],
        ['结束早于开始', '讲座', '如皋市科学技术协会', '2026-10-08', '2026-10-01', '', '', '', ''],
      ]),
    );
    expect(failed.status).toBe('failed');
    expect(failed.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 4, column: '结束日期' })]),
    );
    expect(await count()).toBe(before);
    const dupOnly = await importFile(await sheet([['已登记的科普集市', '讲座', '如皋市科学技术协会', existing.startDate, '', '', '', '', '']]));
    expect(dupOnly.errors[0]).toMatchObject({ row: 2, column: '活动名称', message: expect.stringContaining('重复') });
    const ok = await importFile(
      await sheet([
        ['白蒲镇科普进乡村', '科普进乡村', '如皋市科学技术协会', '2026-10-08', '2026-10-08', '白蒲镇村民广场', '农民、老年人', 200, 8000],
        ['如皋科普讲解大赛', '竞赛', '如皋市科学技术协会', '2026-11-12', '', '如皋市科技馆', '青少年', 120, ''],
      ]),
    );
    expect(ok).toMatchObject({ status: 'done', inserted: 2 });
    const list = (await t.as(rugaoStaff, { method: 'GET', url: `/api/v1/activities?q=${encodeURIComponent('白蒲镇科普进乡村')}` })).json();
    expect(list.items[0]).toMatchObject({ status: 'planned', type: 'village', targetGroups: ['farmers', 'elderly'], districtOrgId: rugaoId, budget: 8000 });
    const exported = await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/activities/export?type=village' });
    expect(exported.statusCode).toBe(200);
    const template = await t.as(liaison, { method: 'GET', url: '/api/v1/activities/import/template' });
    expect(template.statusCode).toBe(200);
  });

  it('shows only approved public activities on the public calendar, with public fields only', async () => {
    const pub = await file(liaison, { title: '公开的天文观测夜, 含;特殊\\字符', venue: '如皋市科技馆，天文台', contactPhone: '13912345678', internalNote: '内部备注', startDate: addDays(today, 5) });
    const hidden = await file(liaison, { title: '不公开的内部培训', isPublic: false, startDate: addDays(today, 5) });
    const planned = await file(liaison, { title: '尚未备案的活动', startDate: addDays(today, 5) });
    await move(rugaoStaff, pub.id, 'filed');
    await move(rugaoStaff, hidden.id, 'filed');
    const list = (await t.as(null, { method: 'GET', url: `/api/v1/public/activities?districtId=${rugaoId}&pageSize=200` })).json();
    const ids = list.items.map((x: { id: number }) => x.id);
    expect(ids).toContain(pub.id);
    expect(ids).not.toContain(hidden.id);
    expect(ids).not.toContain(planned.id);
    const one = await t.as(null, { method: 'GET', url: `/api/v1/public/activities/${pub.id}` });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ organizer: '如皋市科学技术协会', districtName: '如皋市科学技术协会', phase: 'upcoming' });
    for (const key of ['budget', 'contactPhone', 'contactName', 'internalNote', 'plannedParticipants', 'createdBy']) expect(one.json()).not.toHaveProperty(key);
    expect(one.body).not.toContain('13912345678');
    expect(one.body).not.toContain('内部备注');
    for (const id of [hidden.id, planned.id]) {
      expect((await t.as(null, { method: 'GET', url: `/api/v1/public/activities/${id}` })).statusCode).toBe(404);
      expect((await t.as(null, { method: 'GET', url: `/api/v1/public/activities/${id}/ics` })).statusCode).toBe(404);
    }

    const ics = await t.as(null, { method: 'GET', url: `/api/v1/public/activities/${pub.id}/ics` });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    const body = ics.body;
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = body.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:公开的天文观测夜\\, 含\\;特殊\\\\字符');
    expect(unfolded).toContain('LOCATION:如皋市科技馆，天文台');
    expect(unfolded).toContain(`DTSTART;VALUE=DATE:${pub.startDate.replace(/-/g, '')}`);
    expect(unfolded).toContain(`DTEND;VALUE=DATE:${addDays(pub.endDate, 1).replace(/-/g, '')}`);
    expect(unfolded).toMatch(/\r\nUID:activity-\d+@nantong\.kexie\r\n/);
    expect(unfolded).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(unfolded).toContain('DESCRIPTION:主办单位：如皋市科学技术协会');
    expect(unfolded).not.toContain('13912345678');
    const feed = await t.as(null, { method: 'GET', url: `/api/v1/public/activities.ics?districtId=${rugaoId}` });
    expect(feed.statusCode).toBe(200);
    const recent = (await t.as(null, { method: 'GET', url: `/api/v1/public/activities?districtId=${rugaoId}&from=${addDays(today, -30)}&pageSize=200` })).json();
    expect(feed.body.match(/BEGIN:VEVENT/g)?.length).toBe(recent.total);
    expect(recent.total).toBeGreaterThan(list.total); // the summarized one of last week is in the feed, not among the upcoming
    expect(feed.body).not.toContain('不公开的内部培训');
  });
});

describe('科普活动 totals over the demo data', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedActivityDemo(t.database.db, { count: 1500 });
  });
  afterAll(() => t.close());

  it('adds up: the city equals the sum of its districts and 市直, for a date range', async () => {
    const range = 'from=2024-03-01&to=2025-09-30';
    const city = (await t.as(t.admin, { method: 'GET', url: `/api/v1/activities/totals?${range}` })).json();
    expect(city.total).toBeGreaterThan(200);
    const sum = (xs: Array<{ count: number }>) => xs.reduce((s, x) => s + x.count, 0);
    expect(sum(city.byDistrict)).toBe(city.total);
    expect(sum(city.byType)).toBe(city.total);
    expect(sum(city.byMonth)).toBe(city.total);
    let perDistrict = 0;
    for (const d of city.byDistrict.filter((b: { districtId: number | null }) => b.districtId !== null)) {
      const one = (await t.as(t.admin, { method: 'GET', url: `/api/v1/activities/totals?${range}&districtId=${d.districtId}` })).json();
      expect(one.total).toBe(d.count);
      perDistrict += one.total;
    }
    const cityLevel = city.byDistrict.find((b: { districtId: number | null }) => b.districtId === null);
    expect(perDistrict + cityLevel.count).toBe(city.total);
    const list = (await t.as(t.admin, { method: 'GET', url: `/api/v1/activities?${range}&pageSize=1` })).json();
    expect(list.total).toBe(city.total);
    // the peaks of the calendar: May and September
    const months = Object.fromEntries(city.byMonth.map((m: { key: string; count: number }) => [m.key, m.count]));
    expect(months['2024-05']).toBeGreaterThan(months['2024-07']);
    expect(months['2024-09']).toBeGreaterThan(months['2024-08']);
  });

  it('registers figures that agree with their drill-down rows', async () => {
    const figures = (await t.as(t.admin, { method: 'GET', url: '/api/v1/figures?keys=outreach.activities.held,outreach.activities.sci_tech_week,outreach.activities.science_day,outreach.activities.participants&from=2022-01-01&to=2026-12-31' })).json();
    const held = figures.items.find((f: { key: string }) => f.key === 'outreach.activities.held');
    expect(held.value).toBeGreaterThan(1000);
    const rows = (await t.as(t.admin, { method: 'GET', url: '/api/v1/figures/outreach.activities.held/rows?from=2022-01-01&to=2026-12-31&pageSize=5' })).json();
    expect(rows.total).toBe(held.value);
    const week = figures.items.find((f: { key: string }) => f.key === 'outreach.activities.sci_tech_week');
    expect(week.value).toBeGreaterThan(0);
  });
});
