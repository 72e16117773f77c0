import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client.js';
import { multipartFile } from '../../../platform/files/multipart.test-helper.js';
import { createTestApp, type TSession, type TTestApp } from '../../../test/harness.js';

type TCell = string | number | null;
async function xlsx(headers: string[], rows: TCell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('参赛作品');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface TJob {
  status: string;
  inserted: number;
  updated: number;
  code?: string;
  errors: Array<{ row: number; column: string | null; message: string }>;
}

describe('competitions, entries and their Excel import', () => {
  let t: TTestApp;
  let city: TSession;
  let rugao: TSession;
  let haian: TSession;
  let leader: TSession;
  let liaison: TSession;
  let rootId: number;
  let rugaoId: number;
  let haianId: number;
  let competitionId: number;

  const importFile = async (who: TSession, file: Buffer): Promise<TJob> => {
    const res = await t.as(who, { method: 'POST', url: `/api/v1/competitions/${competitionId}/entries/import`, ...multipartFile('entries.xlsx', file) });
    expect(res.statusCode, res.body).toBe(202);
    for (;;) {
      const job = (await t.as(who, { method: 'GET', url: `/api/v1/imports/${res.json().jobId}` })).json() as TJob;
      if (job.status === 'done' || job.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const entryCount = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from competition_entries where competition_id = ${competitionId}`))[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    rootId = await t.orgIdByCode('root');
    rugaoId = await t.orgIdByCode('rugao');
    haianId = await t.orgIdByCode('haian');
    city = await t.userAt('root', ['city_staff']);
    rugao = await t.userAt('rugao', ['district_staff']);
    haian = await t.userAt('haian', ['district_staff']);
    leader = await t.userAt('root', ['leader']);
    liaison = await t.userAt('rugao', ['liaison']);
    const res = await t.as(city, {
      method: 'POST',
      url: '/api/v1/competitions',
      payload: { series: 'youth_innovation', title: '2024年江苏省青少年科技创新大赛（南通市参赛）', year: 2024, level: 'provincial', startsOn: '2024-05-10', endsOn: '2024-05-20' },
    });
    expect(res.statusCode, res.body).toBe(201);
    competitionId = res.json().id;
  });
  afterAll(() => t.close());

  it('refuses bad competitions with a 4xx and a stable code, and writers without the permission', async () => {
    const base = { series: 'robotics', title: '2024年机器人竞赛', year: 2024, level: 'municipal' };
    const bad = await t.as(city, { method: 'POST', url: '/api/v1/competitions', payload: { ...base, level: '省' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const dates = await t.as(city, { method: 'POST', url: '/api/v1/competitions', payload: { ...base, startsOn: '2024-05-10', endsOn: '2024-05-01' } });
    expect(dates.json().error.code).toBe('COMPETITION_DATES');
    const year = await t.as(city, { method: 'POST', url: '/api/v1/competitions', payload: { ...base, startsOn: '2023-05-10' } });
    expect(year.json().error.code).toBe('COMPETITION_YEAR_MISMATCH');
    const dup = await t.as(city, { method: 'POST', url: '/api/v1/competitions', payload: { ...base, title: '2024年江苏省青少年科技创新大赛（南通市参赛）' } });
    expect(dup.statusCode).toBe(409);
    for (const who of [leader, liaison]) expect((await t.as(who, { method: 'POST', url: '/api/v1/competitions', payload: base })).statusCode).toBe(403);
    // a district may not put its competition under another district
    expect((await t.as(rugao, { method: 'POST', url: '/api/v1/competitions', payload: { ...base, orgId: haianId } })).statusCode).toBe(404);
  });

  it('lets districts take part in a city competition and keeps their entries apart', async () => {
    // both districts see the city competition, neither may edit it
    for (const who of [rugao, haian]) {
      const c = await t.as(who, { method: 'GET', url: `/api/v1/competitions/${competitionId}` });
      expect(c.statusCode).toBe(200);
      expect(c.json().canEdit).toBe(false);
      expect((await t.as(who, { method: 'PATCH', url: `/api/v1/competitions/${competitionId}`, payload: { description: '改' } })).statusCode).toBe(404);
    }
    const mine = await t.as(rugao, {
      method: 'POST',
      url: `/api/v1/competitions/${competitionId}/entries`,
      payload: { title: '沿江湿地鸟类调查', school: '江苏省如皋中学', participants: ['张小明', '李小红'], instructor: '王老师', awardGrade: '一等奖' },
    });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json()).toMatchObject({ orgId: rugaoId, awardLevel: 'provincial', awardGrade: '一等奖', participants: ['张小明', '李小红'] });
    await t.as(haian, { method: 'POST', url: `/api/v1/competitions/${competitionId}/entries`, payload: { title: '智能药盒', school: '江苏省海安高级中学', awardGrade: '二等奖' } });

    const seen = async (who: TSession) =>
      ((await t.as(who, { method: 'GET', url: `/api/v1/competitions/${competitionId}/entries?pageSize=100` })).json().items as Array<{ school: string }>).map((e) => e.school).sort();
    expect(await seen(rugao)).toEqual(['江苏省如皋中学']);
    expect(await seen(haian)).toEqual(['江苏省海安高级中学']);
    expect(await seen(city)).toEqual(['江苏省如皋中学', '江苏省海安高级中学']);
    expect((await t.as(haian, { method: 'GET', url: `/api/v1/competition-entries/${mine.json().id}` })).statusCode).toBe(404);

    // students are minors: a leader sees the surname only
    const asLeader = (await t.as(leader, { method: 'GET', url: `/api/v1/competition-entries/${mine.json().id}` })).json();
    expect(asLeader.participants).toEqual(['张**', '李**']);
    expect(asLeader.participantsMasked).toBe(true);
  });

  it('checks the award against the competition and refuses a duplicate entry', async () => {
    const url = `/api/v1/competitions/${competitionId}/entries`;
    const above = await t.as(city, { method: 'POST', url, payload: { title: '作品A', school: '南通中学', orgId: rootId, awardLevel: 'national', awardGrade: '一等奖' } });
    expect(above.statusCode).toBe(400);
    expect(above.json().error.code).toBe('ENTRY_AWARD_INVALID');
    const levelOnly = await t.as(city, { method: 'POST', url, payload: { title: '作品A', school: '南通中学', awardLevel: 'provincial' } });
    expect(levelOnly.json().error.code).toBe('ENTRY_AWARD_INVALID');
    const dup = await t.as(rugao, { method: 'POST', url, payload: { title: '沿江湿地鸟类调查', school: '江苏省如皋中学' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('ENTRY_DUPLICATE');
  });

  it('imports entries all or nothing, and a second import of the same file updates instead of duplicating', async () => {
    const headers = ['作品名称', '参赛者', '学校/单位', '指导教师', '所属组织', '类别', '获奖级别', '获奖等次', '公布日期'];
    const good: TCell[][] = [
      ['校园节水监测系统', '陈一、顾二', '如皋市第一中学', '季老师', '如皋市科协', '科技创新成果', '省级', '二等奖', '2024-05-20'],
      ['紫菜养殖区水温研究', '施三', '如皋市安定小学', null, '如皋市科学技术协会', null, null, '三等奖', '2024/5/20'],
    ];
    const before = await entryCount();
    const bad = await importFile(rugao, await xlsx(headers, [...good, ['作品C', '周四', '如皋中学', null, '海安市科协', null, '国家级', '一等奖', '2024-05-20']]));
    expect(bad.status).toBe('failed');
    expect(bad.code).toBe('IMPORT_ROW_ERRORS');
    const cols = bad.errors.filter((e) => e.row === 4).map((e) => e.column);
    expect(cols).toEqual(expect.arrayContaining(['所属组织', '获奖级别']));
    expect(await entryCount()).toBe(before);

    const first = await importFile(rugao, await xlsx(headers, good));
    expect(first).toMatchObject({ status: 'done', inserted: 2, updated: 0 });
    expect(await entryCount()).toBe(before + 2);
    const again = await importFile(rugao, await xlsx(headers, good));
    expect(again).toMatchObject({ status: 'done', inserted: 0, updated: 2 });
    expect(await entryCount()).toBe(before + 2);
    const list = (await t.as(rugao, { method: 'GET', url: `/api/v1/competitions/${competitionId}/entries?q=紫菜` })).json();
    expect(list.items[0]).toMatchObject({ awardLevel: 'provincial', awardGrade: '三等奖', announcedOn: '2024-05-20' });

    const exp = await t.as(rugao, { method: 'GET', url: `/api/v1/competitions/${competitionId}/entries/export` });
    expect(exp.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exp.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0].rowCount).toBe(4); // header + the three 如皋 entries
  });

  it('finds competitions in the global search, as the list shows them', async () => {
    const hits = async (who: TSession) =>
      ((await t.as(who, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('青少年科技创新大赛')}` })).json().items as Array<{ entity: string; id: number }>).filter(
        (h) => h.entity === 'competition',
      );
    expect((await hits(rugao)).map((h) => h.id)).toContain(competitionId);
    const own = await t.as(haian, { method: 'POST', url: '/api/v1/competitions', payload: { series: 'youth_innovation', title: '2025年海安市青少年科技创新大赛', year: 2025, level: 'county' } });
    expect((await hits(rugao)).map((h) => h.id)).not.toContain(own.json().id);
    expect((await hits(haian)).map((h) => h.id)).toContain(own.json().id);
  });

  it('puts a competition that ended without results on its organizer’s to-do list', async () => {
    const todo = async (who: TSession) =>
      ((await t.as(who, { method: 'GET', url: '/api/v1/todos' })).json().items as Array<{ key: string; count: number }>).find((i) => i.key === 'outreach.competitions.awaiting_results');
    const c = await t.as(rugao, { method: 'POST', url: '/api/v1/competitions', payload: { series: 'robotics', title: '2024年如皋市机器人竞赛', year: 2024, level: 'county', startsOn: '2024-03-01', endsOn: '2024-03-02' } });
    expect(await todo(rugao)).toBeUndefined(); // no entries yet: nothing to announce
    const e = await t.as(rugao, { method: 'POST', url: `/api/v1/competitions/${c.json().id}/entries`, payload: { title: '搬运机器人', school: '如皋市第一中学' } });
    expect((await todo(rugao))?.count).toBe(1);
    expect(await todo(haian)).toBeUndefined();
    const listed = (await t.as(rugao, { method: 'GET', url: '/api/v1/competitions?awaitingResults=true' })).json();
    expect(listed.items.map((i: { id: number }) => i.id)).toEqual([c.json().id]);
    await t.as(rugao, { method: 'PATCH', url: `/api/v1/competition-entries/${e.json().id}`, payload: { awardGrade: '二等奖' } });
    expect(await todo(rugao)).toBeUndefined();
  });

  it('publishes results with school and award only, never the students', async () => {
    const res = await t.as(null, { method: 'GET', url: '/api/v1/public/competition-results?year=2024' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((i: { school: string }) => i.school)).toContain('江苏省如皋中学');
    expect(res.json().items.find((i: { school: string }) => i.school === '江苏省如皋中学')).toMatchObject({ district: '如皋市科协', awardGrade: '一等奖' });
    expect(res.body).not.toContain('张小明');
    expect(res.body).not.toContain('participants');
  });

  it('counts provincial-or-above youth awards per district, the city being their sum', async () => {
    const fig = async (org: number) =>
      (await t.as(city, { method: 'GET', url: `/api/v1/figures?keys=outreach.competitions.youth_awards_provincial&org=${org}&from=2024-01-01&to=2024-12-31` })).json().items[0].value;
    const [r, h, c] = [await fig(rugaoId), await fig(haianId), await fig(rootId)];
    expect(r).toBe(3);
    expect(h).toBe(1);
    expect(c).toBe(r + h);
    const rows = (await t.as(city, { method: 'GET', url: `/api/v1/figures/outreach.competitions.youth_awards_provincial/rows?org=${rugaoId}` })).json();
    expect(rows.total).toBe(3);
  });
});

describe('公民科学素质比例', () => {
  let t: TTestApp;
  let city: TSession;
  let rugao: TSession;
  let rootId: number;
  let rugaoId: number;

  beforeAll(async () => {
    t = await createTestApp();
    rootId = await t.orgIdByCode('root');
    rugaoId = await t.orgIdByCode('rugao');
    city = await t.userAt('root', ['city_staff']);
    rugao = await t.userAt('rugao', ['district_staff']);
  });
  afterAll(() => t.close());

  const post = (who: TSession, payload: Record<string, unknown>) => t.as(who, { method: 'POST', url: '/api/v1/literacy-rates', payload });

  it('keeps one value per area and year (409 on a second one; edit it instead) between 0 and 100', async () => {
    const first = await post(city, { orgId: rootId, year: 2025, rate: 14, source: '中国科协第十三次中国公民科学素质抽样调查' });
    expect(first.statusCode, first.body).toBe(201);
    const again = await post(city, { orgId: rootId, year: 2025, rate: 14.2, source: '重复' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('LITERACY_EXISTS');
    for (const rate of [-1, 100.5]) expect((await post(city, { orgId: rugaoId, year: 2025, rate, source: 's' })).statusCode).toBe(400);
    const patched = await t.as(city, { method: 'PATCH', url: `/api/v1/literacy-rates/${first.json().id}`, payload: { rate: 14.1 } });
    expect(patched.json().rate).toBe(14.1);
    const list = (await t.as(city, { method: 'GET', url: '/api/v1/literacy-rates' })).json();
    expect(list.items.filter((i: { orgId: number; year: number }) => i.orgId === rootId && i.year === 2025)).toHaveLength(1);
  });

  it('takes the city or a district only, from city staff only; a district reads its own and the city', async () => {
    const [township] = await queryRows<{ id: number }>(t.database.db, sql`select id from orgs where kind = 'township' limit 1`);
    const area = await post(city, { orgId: township.id, year: 2024, rate: 10, source: 's' });
    expect(area.json().error.code).toBe('LITERACY_AREA_INVALID');
    expect((await post(rugao, { orgId: rugaoId, year: 2024, rate: 12, source: 's' })).statusCode).toBe(403);
    expect((await post(city, { orgId: rugaoId, year: 2024, rate: 12.5, source: '江苏省公民科学素质监测' })).statusCode).toBe(201);
    const haianId = await t.orgIdByCode('haian');
    expect((await post(city, { orgId: haianId, year: 2024, rate: 13, source: 's' })).statusCode).toBe(201);
    const seen = (await t.as(rugao, { method: 'GET', url: '/api/v1/literacy-rates' })).json();
    expect(seen.orgs.map((o: { id: number }) => o.id)).toEqual([rootId, rugaoId]);
    expect(seen.items.every((i: { canEdit: boolean }) => !i.canEdit)).toBe(true);
  });

  it('registers the rate as a value figure: the area’s own latest record in the range', async () => {
    const value = async (org: number, to: string) =>
      (await t.as(city, { method: 'GET', url: `/api/v1/figures?keys=outreach.literacy.rate&org=${org}&from=2020-01-01&to=${to}` })).json().items[0];
    expect((await value(rootId, '2025-12-31')).value).toBe(14.1);
    expect((await value(rootId, '2025-12-31')).unit).toBe('%');
    expect((await value(rugaoId, '2025-12-31')).value).toBe(12.5);
    expect((await value(rootId, '2024-12-31')).value).toBe(0); // the city has no 2024 record
  });
});

describe('target-group programmes and their trainings', () => {
  let t: TTestApp;
  let city: TSession;
  let rugao: TSession;
  let haian: TSession;
  let liaison: TSession;
  let rugaoId: number;
  let haianId: number;
  let programmeId: number;

  beforeAll(async () => {
    t = await createTestApp();
    rugaoId = await t.orgIdByCode('rugao');
    haianId = await t.orgIdByCode('haian');
    city = await t.userAt('root', ['city_staff']);
    rugao = await t.userAt('rugao', ['district_staff']);
    haian = await t.userAt('haian', ['district_staff']);
    liaison = await t.userAt('rugao', ['liaison']);
    const res = await t.as(city, {
      method: 'POST',
      url: '/api/v1/programmes',
      payload: { name: '培育高素质农民', targetGroup: 'farmers', targetCount: 15000, unit: '名', startYear: 2022, endYear: 2026, isLivelihood: true },
    });
    expect(res.statusCode, res.body).toBe(201);
    programmeId = res.json().id;
  });
  afterAll(() => t.close());

  const train = (who: TSession, payload: Record<string, unknown>) => t.as(who, { method: 'POST', url: `/api/v1/programmes/${programmeId}/trainings`, payload });

  it('refuses bad programmes and trainings, and roles without the permission', async () => {
    const bad = await t.as(city, { method: 'POST', url: '/api/v1/programmes', payload: { name: 'x', targetGroup: 'kids', targetCount: 10, startYear: 2022, endYear: 2023 } });
    expect(bad.statusCode).toBe(400);
    const period = await t.as(city, { method: 'POST', url: '/api/v1/programmes', payload: { name: 'x', targetGroup: 'elderly', targetCount: 10, startYear: 2024, endYear: 2023 } });
    expect(period.statusCode).toBe(400);
    expect((await t.as(liaison, { method: 'POST', url: '/api/v1/programmes', payload: { name: 'x', targetGroup: 'elderly', targetCount: 10, startYear: 2024, endYear: 2025 } })).statusCode).toBe(403);
    const outside = await train(rugao, { title: '培训', heldOn: '2021-06-01', traineeCount: 10 });
    expect(outside.json().error.code).toBe('TRAINING_OUTSIDE_PERIOD');
    expect((await train(rugao, { title: '培训', heldOn: '2023-06-01', traineeCount: -1 })).statusCode).toBe(400);
    expect((await train(rugao, { title: '培训', heldOn: '2023-06-01', traineeCount: 5, orgId: haianId })).statusCode).toBe(404);
  });

  it('progress is the sum of the trainings, and the city’s equals the sum of the districts’', async () => {
    expect((await train(rugao, { title: '设施蔬菜栽培第1期', heldOn: '2023-03-10', traineeCount: 80, hours: 16 })).statusCode).toBe(201);
    expect((await train(liaison, { title: '家庭农场经营第1期', heldOn: '2024-04-10', traineeCount: 70 })).statusCode).toBe(201);
    expect((await train(haian, { title: '稻麦高产第1期', heldOn: '2024-05-10', traineeCount: 150 })).statusCode).toBe(201);
    const dup = await train(haian, { title: '稻麦高产第1期', heldOn: '2024-05-10', traineeCount: 150 });
    expect(dup.statusCode).toBe(409);

    const whole = (await t.as(city, { method: 'GET', url: `/api/v1/programmes/${programmeId}` })).json();
    expect(whole.trainees).toBe(300);
    expect(whole.trainings).toBe(3);
    expect(whole.percent).toBe(2);
    const byDistrict = new Map(whole.byDistrict.map((d: { orgId: number; trainees: number }) => [d.orgId, d.trainees]));
    expect(byDistrict.get(rugaoId)).toBe(150);
    expect(byDistrict.get(haianId)).toBe(150);
    expect(whole.byDistrict).toHaveLength(7); // every district, untrained ones at 0
    expect(whole.byDistrict.reduce((a: number, d: { trainees: number }) => a + d.trainees, 0)).toBe(whole.trainees);
    expect(whole.byYear).toEqual([
      { year: 2023, trainees: 80 },
      { year: 2024, trainees: 220 },
    ]);

    // a district sees the city's programme with its own part of the progress
    const mine = (await t.as(rugao, { method: 'GET', url: `/api/v1/programmes/${programmeId}` })).json();
    expect(mine.trainees).toBe(150);
    expect(mine.canEdit).toBe(false);
    expect(mine.byDistrict.map((d: { orgId: number }) => d.orgId)).toEqual([rugaoId]);
    const theirs = (await t.as(haian, { method: 'GET', url: `/api/v1/programmes/${programmeId}/trainings` })).json();
    expect(theirs.items.map((i: { orgId: number }) => i.orgId)).toEqual([haianId]);

    // the figures agree: the city's trainees are the districts' sum
    const fig = async (org: number) =>
      (await t.as(city, { method: 'GET', url: `/api/v1/figures?keys=outreach.programmes.livelihood.trainees,outreach.programmes.livelihood.target&org=${org}` })).json().items;
    const rootId = await t.orgIdByCode('root');
    const [c, r, h] = [await fig(rootId), await fig(rugaoId), await fig(haianId)];
    expect(c[0].value).toBe(r[0].value + h[0].value);
    expect(c[0].value).toBe(300);
    expect(c[1].value).toBe(15000);
  });

  it('refuses to shrink the period past recorded trainings', async () => {
    const res = await t.as(city, { method: 'PATCH', url: `/api/v1/programmes/${programmeId}`, payload: { startYear: 2024 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('PROGRAMME_TRAININGS_OUTSIDE');
  });
});
