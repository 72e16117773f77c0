import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client.js';
import { MODULES } from '../modules/index.js';
import { DEMO_PASSWORD, runDemoSeed } from '../platform/demo/demo.js';
import { loadCityConfig } from '../platform/orgs/city-config.js';
import { fixtureModule } from './fixtures/fixture-module/fixture.module.js';
import { createTestApp, type TSession, type TTestApp } from './harness.js';

// Module kit acceptance (server side): a module from a fixture folder, added by one line to the module
// list, gets its table, routes, permissions, OpenAPI entries, figure and demo seed; nothing central names it.
const modules = [...MODULES, fixtureModule];

describe('module kit: a fixture module added to the module list', () => {
  let t: TTestApp;
  let rugao: TSession;
  let haian: TSession;

  beforeAll(async () => {
    t = await createTestApp({ modules });
    // The demo seed in list order. The production modules' demo (thousands of rows) is tested in
    // people.demo.test.ts and innovation.demo.test.ts; here the platform demo and the fixture's.
    await runDemoSeed(t.database.db, loadCityConfig({ city: 'nantong' }), [fixtureModule]);
    rugao = await t.login('rugao_staff', DEMO_PASSWORD);
    haian = await t.login('haian_staff', DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  it('is not in the production module list', () => {
    expect(MODULES.map((m) => m.name)).not.toContain('fixture');
    expect(MODULES).not.toContain(fixtureModule);
  });

  it('gets its own table from its own migrations, recorded apart from the core ones', async () => {
    const [tbl] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from information_schema.tables where table_name = 'fixture_notes'`);
    expect(tbl.n).toBe(1);
    const [own] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from drizzle.__fixture_migrations`);
    expect(own.n).toBe(1);
  });

  it('ran its demo seed after the platform demo accounts', async () => {
    const res = await t.as(rugao, { method: 'GET', url: '/api/v1/fixture-notes' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ title: '演示记录', isDemo: true, status: 'draft' })]);
  });

  it('answers its routes: create in the own org, list scoped to the org subtree', async () => {
    const created = await t.as(haian, { method: 'POST', url: '/api/v1/fixture-notes', payload: { title: '海安的记录' } });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ title: '海安的记录', status: 'draft', orgId: await t.orgIdByCode('haian'), isDemo: false });

    const haianList = (await t.as(haian, { method: 'GET', url: '/api/v1/fixture-notes' })).json();
    expect(haianList.items.map((n: { title: string }) => n.title)).toEqual(['海安的记录']);
    const rugaoList = (await t.as(rugao, { method: 'GET', url: '/api/v1/fixture-notes' })).json();
    expect(rugaoList.items.map((n: { title: string }) => n.title)).toEqual(['演示记录']);
    const cityList = (await t.as(t.admin, { method: 'GET', url: '/api/v1/fixture-notes' })).json();
    expect(cityList.total).toBe(2);

    const bad = await t.as(haian, { method: 'POST', url: '/api/v1/fixture-notes', payload: { title: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('moves a note along its workflow, refuses a move the map does not allow, and hides other districts', async () => {
    const { id } = (await t.as(haian, { method: 'POST', url: '/api/v1/fixture-notes', payload: { title: '流转' } })).json();
    const move = (s: TSession, to: string) => t.as(s, { method: 'POST', url: `/api/v1/fixture-notes/${id}/transition`, payload: { to } });
    const skip = await move(haian, 'approved');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.code).toBe('FIXTURE_TRANSITION');
    expect((await move(rugao, 'submitted')).statusCode).toBe(404);
    expect((await move(haian, 'submitted')).json().status).toBe('submitted');
    expect((await move(haian, 'approved')).json().status).toBe('approved');
    const [audit] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity = 'fixture_note' and entity_id = ${String(id)} and action = 'transition'`,
    );
    expect(audit.n).toBe(2);
  });

  it('enforces its permission fragment: a role without the action gets 403', async () => {
    const leader = await t.userAt('root', ['leader']);
    const list = await t.as(leader, { method: 'GET', url: '/api/v1/fixture-notes' });
    expect(list.statusCode).toBe(403);
    expect(list.json().error.code).toBe('FORBIDDEN');
    const create = await t.as(leader, { method: 'POST', url: '/api/v1/fixture-notes', payload: { title: '领导的记录' } });
    expect(create.statusCode).toBe(403);
    expect((await t.as(null, { method: 'GET', url: '/api/v1/fixture-notes' })).statusCode).toBe(401);
  });

  it('answers the global search with its provider, scoped like its list', async () => {
    const search = async (s: TSession) =>
      (await t.as(s, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('流转')}` })).json().items.filter((i: { entity: string }) => i.entity === 'fixture_note');
    expect(await search(haian)).toEqual([expect.objectContaining({ title: '流转', subtitle: 'approved' })]);
    expect(await search(rugao)).toEqual([]);
  });

  it('appears in the OpenAPI document with its tag', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.tags).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'fixture' }), expect.objectContaining({ name: 'people' })]));
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/fixture-notes', '/api/v1/fixture-notes/{id}/transition']));
    expect(doc.paths['/api/v1/fixture-notes'].post.tags).toEqual(['fixture']);
    // the production modules are still all there
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/people', '/api/v1/experts', '/api/v1/demands']));
  });

  it("puts its figure in the app's module list, counting the rows of an org subtree", async () => {
    const figure = t.app.modules.flatMap((m) => m.figures ?? []).find((f) => f.key === 'fixture.notes');
    expect(figure).toBeDefined();
    const haianPath = (await queryRows<{ path: string }>(t.database.db, sql`select path from orgs where code = 'haian'`))[0].path;
    const actor = { roles: ['admin'], orgPath: '/1/' } as never;
    const n = await figure!.compute(t.database.db, { orgPath: haianPath }, actor);
    expect(n).toBe(2);
    const page = await figure!.rows(t.database.db, { orgPath: haianPath }, { page: 1, pageSize: 10 }, actor);
    expect(page.total).toBe(n);
    expect(page.items.map((r) => r.title)).toEqual(['海安的记录', '流转']);

    // and through the figures registry's endpoints, like every module's figures
    const haianId = await t.orgIdByCode('haian');
    const listed = await t.as(t.admin, { method: 'GET', url: `/api/v1/figures?keys=fixture.notes&org=${haianId}` });
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().items).toEqual([expect.objectContaining({ key: 'fixture.notes', value: 2, label: '测试记录数' })]);
    const drill = await t.as(t.admin, { method: 'GET', url: `/api/v1/figures/fixture.notes/rows?org=${haianId}` });
    expect(drill.json().total).toBe(2);
    const leader = await t.userAt('root', ['leader']);
    expect((await t.as(leader, { method: 'GET', url: '/api/v1/figures?keys=fixture.notes' })).statusCode).toBe(403);
  });

  it('keeps the module list per app: an app built with the default list does not have the fixture', async () => {
    const plain = await createTestApp();
    try {
      expect(plain.app.modules.map((m) => m.name)).toEqual(['people', 'innovation', 'outreach', 'thinktank']);
      const doc = (await plain.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      expect(Object.keys(doc.paths)).not.toContain('/api/v1/fixture-notes');
      // its search providers are its own too: the fixture's provider (whose table this database lacks) is not asked
      const search = await plain.as(plain.admin, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('流转')}` });
      expect(search.statusCode).toBe(200);
      expect(search.json().items.filter((i: { entity: string }) => i.entity === 'fixture_note')).toEqual([]);
    } finally {
      await plain.close();
    }
  });
});
