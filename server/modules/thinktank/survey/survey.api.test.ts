import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/client.js';
import { createTestApp, type TSession, type TTestApp } from '../../../test/harness.js';
import { resetCodeRateLimit } from './survey.answer.js';
import { DEMO_DEFINITION } from './survey.demo.js';

describe('调查 surveys', () => {
  let t: TTestApp;
  let staff: TSession;
  let rugaoId: number;
  let campaignId: number;
  let stationId: number;
  let codes: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    resetCodeRateLimit();
    staff = await t.userAt('nantong', ['city_staff']).catch(async () => t.admin);
    rugaoId = await t.orgIdByCode('rugao');
  });
  afterAll(async () => t?.close());

  it('rejects a skip rule that points backwards or nowhere', async () => {
    const bad = { questions: [...DEMO_DEFINITION.questions.slice(0, 5).map((q) => (q.id === 'q5' ? { ...q, skip: [{ when: '2', to: 'q2' }] } : q))] };
    const r = await t.as(staff, { method: 'POST', url: '/api/v1/surveys/questionnaires', payload: { title: '坏问卷', definition: bad } });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('只能跳到后面的题');
  });

  it('builds, fields and answers a survey; a code works once; the questionnaire freezes', async () => {
    const q = await t.as(staff, { method: 'POST', url: '/api/v1/surveys/questionnaires', payload: { title: '状况调查', definition: DEMO_DEFINITION } });
    expect(q.statusCode, q.body).toBe(201);
    const c = await t.as(staff, {
      method: 'POST',
      url: '/api/v1/surveys/campaigns',
      payload: { title: '测试调查', questionnaireId: q.json().id, opensOn: '2026-01-01', closesOn: '2099-12-31', stations: [{ name: '如皋科协', type: 'local_cast', orgId: rugaoId, quota: 2 }] },
    });
    expect(c.statusCode, c.body).toBe(201);
    campaignId = c.json().id;
    stationId = c.json().stations[0].id;
    expect((await t.as(staff, { method: 'POST', url: `/api/v1/surveys/stations/${stationId}/codes`, payload: { count: 3 } })).statusCode).toBe(201);
    const a = await t.as(staff, { method: 'POST', url: `/api/v1/surveys/stations/${stationId}/allocations`, payload: { count: 3, recipient: '张联络员' } });
    expect(a.statusCode, a.body).toBe(201);
    const x = await t.as(staff, { method: 'GET', url: `/api/v1/surveys/allocations/${a.json().batchId}/export` });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    codes = wb.getWorksheet('填答码')!.getColumn(2).values.slice(2) as string[];
    expect(codes).toHaveLength(3);
    expect(codes[0]).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);

    const answers = { q1: '1', q2: 35, q3: '3', q4: '3', q5: '2', q7: 4, q8: { '1': '3', '2': '4', '3': '2', '4': '5' }, q10: '多办交流活动' };
    const start = await t.as(null, { method: 'POST', url: '/api/v1/public/surveys/start', payload: { code: codes[0].toLowerCase() } });
    expect(start.statusCode, start.body).toBe(200);
    const missing = await t.as(null, { method: 'POST', url: '/api/v1/public/surveys/submit', payload: { code: codes[0], answers: { ...answers, q7: undefined } } });
    expect(missing.json().error.code).toBe('SURVEY_ANSWERS_INVALID');
    const ok = await t.as(null, { method: 'POST', url: '/api/v1/public/surveys/submit', payload: { code: codes[0], answers } });
    expect(ok.statusCode, ok.body).toBe(200);
    const again = await t.as(null, { method: 'POST', url: '/api/v1/public/surveys/submit', payload: { code: codes[0], answers } });
    expect(again.json().error.code).toBe('SURVEY_CODE_USED');
    const wrong = await t.as(null, { method: 'POST', url: '/api/v1/public/surveys/start', payload: { code: 'ZZZZZZZZ' } });
    expect(wrong.json().error.code).toBe('SURVEY_CODE_INVALID');

    const lock = await t.as(staff, { method: 'PUT', url: `/api/v1/surveys/questionnaires/${q.json().id}`, payload: { title: '改', definition: DEMO_DEFINITION } });
    expect(lock.json().error.code).toBe('SURVEY_QUESTIONNAIRE_LOCKED');
    const res = (await t.as(staff, { method: 'GET', url: `/api/v1/surveys/campaigns/${campaignId}/results` })).json();
    expect(res.total).toBe(1);
    const prog = (await t.as(staff, { method: 'GET', url: `/api/v1/surveys/campaigns/${campaignId}/progress` })).json();
    expect(prog.stations[0].answers).toBe(1);
    expect(prog.stations[0].percent).toBe(50);
  });

  it('keeps answers anonymous: no column or audit row links an answer to its code or recipient', async () => {
    const cols = await queryRows<{ table_name: string; column_name: string }>(
      t.database.db,
      sql`select table_name, column_name from information_schema.columns where table_name like 'tt_survey_%' order by table_name, ordinal_position`,
    );
    const of = (tbl: string) => cols.filter((c) => c.table_name === tbl).map((c) => c.column_name);
    expect(of('tt_survey_answers').sort()).toEqual(['answers', 'campaign_id', 'id', 'is_demo', 'station_id', 'submitted_on']);
    expect(of('tt_survey_codes').sort()).toEqual(['batch_id', 'code', 'id', 'is_demo', 'is_used', 'station_id']);
    for (const c of cols) expect(c.column_name, `${c.table_name}.${c.column_name}`).not.toMatch(/^(answer_id|code_id|respondent\w*|user_id|ip|used_at)$/);
    const audit = await queryRows<{ entity: string; action: string; after: unknown; ip: string | null; entity_id: string | null }>(
      t.database.db,
      sql`select entity, action, after, ip, entity_id from audit_log where action = 'answer'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].ip).toBeNull();
    expect(audit[0].entity_id).toBe(String(campaignId));
    const all = JSON.stringify(await queryRows(t.database.db, sql`select * from audit_log`));
    for (const code of codes) expect(all).not.toContain(code);
  });
});
