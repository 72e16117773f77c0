import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TSession, type TTestApp, createTestApp } from '../../test/harness.js';

// The registry's contract: slices (org, inclusive dates), stable error codes, who may read what.

describe('[platform] figures registry GET /api/v1/figures', () => {
  let t: TTestApp;
  let haian: number;
  let rugaoStaff: TSession;
  let leader: TSession;
  let enterpriseUser: TSession;

  beforeAll(async () => {
    t = await createTestApp();
    haian = await t.orgIdByCode('haian');
    rugaoStaff = await t.userAt('rugao', ['district_staff']);
    leader = await t.userAt('root', ['leader']);
    enterpriseUser = await t.userAt('rugao', ['enterprise']);
  });
  afterAll(() => t.close());

  const get = (s: TSession | null, url: string) => t.as(s, { method: 'GET', url });

  it('answers each figure with value, zh/en label, unit and description, and a drill-down link for the same slice', async () => {
    const res = await get(leader, '/api/v1/figures?keys=innovation.demands.published,innovation.platforms.haizhi_base.national&from=2022-01-01&to=2022-12-31');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: '2022-01-01', to: '2022-12-31', orgName: '南通市科学技术协会' });
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).toMatchObject({ key: 'innovation.demands.published', value: 0, label: '技术需求发布数', unit: '项', unitEn: 'demands' });
    expect(body.items[0].descriptionEn.length).toBeGreaterThan(10);
    expect(body.items[1]).toMatchObject({ label: '国家级海智工作基地数', unit: '家' });
    const drill = await get(leader, body.items[1].rowsUrl);
    expect(drill.statusCode, drill.body).toBe(200);
    expect(drill.json()).toMatchObject({ total: 0, items: [], from: '2022-01-01', to: '2022-12-31', figure: { key: 'innovation.platforms.haizhi_base.national' } });
  });

  it('refuses bad dates, reversed ranges and unknown keys with stable codes', async () => {
    const bad = await get(leader, '/api/v1/figures?from=2022-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'FIGURE_DATE_INVALID', fields: [{ path: 'from' }] });
    expect((await get(leader, '/api/v1/figures?to=22-1-1')).json().error.code).toBe('FIGURE_DATE_INVALID');
    const reversed = await get(leader, '/api/v1/figures?from=2023-01-01&to=2022-12-31');
    expect(reversed.json().error.code).toBe('FIGURE_RANGE_INVALID');
    const unknown = await get(leader, '/api/v1/figures?keys=innovation.demands.published,innovation.nope');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'FIGURE_UNKNOWN' });
    expect(unknown.json().error.message).toContain('innovation.nope');
    const rows = await get(leader, '/api/v1/figures/innovation.nope/rows');
    expect(rows.statusCode).toBe(404);
    expect(rows.json().error.code).toBe('FIGURE_NOT_FOUND');
    expect((await get(leader, '/api/v1/figures/innovation.demands.published/rows?pageSize=100000')).statusCode).toBe(400);
  });

  it('answers 404 for an org outside the scope, and 401 without sign-in', async () => {
    expect((await get(rugaoStaff, `/api/v1/figures?org=${haian}`)).statusCode).toBe(404);
    expect((await get(rugaoStaff, `/api/v1/figures/innovation.docking.events/rows?org=${haian}`)).statusCode).toBe(404);
    expect((await get(rugaoStaff, '/api/v1/figures?org=999999')).statusCode).toBe(404);
    expect((await get(null, '/api/v1/figures')).statusCode).toBe(401);
  });

  it('leaves out the figures a role may not read, and refuses them when asked by name', async () => {
    const all = await get(leader, '/api/v1/figures');
    expect(all.json().items.length).toBeGreaterThan(20);
    const mine = await get(enterpriseUser, '/api/v1/figures');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([]);
    expect((await get(enterpriseUser, '/api/v1/figures?keys=innovation.demands.published')).statusCode).toBe(403);
    expect((await get(enterpriseUser, '/api/v1/figures/innovation.demands.published/rows')).statusCode).toBe(403);
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await get(null, '/api/openapi.json')).json();
    const op = doc.paths['/api/v1/figures'].get;
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['keys', 'org', 'from', 'to']));
    expect(op.parameters.find((p: { name: string }) => p.name === 'from').description).toContain('YYYY-MM-DD');
    expect(doc.paths['/api/v1/figures/{key}/rows']).toBeDefined();
  });
});
