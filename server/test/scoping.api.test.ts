import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../shared/validators.js';
import { makeDemand as insertDemandRow, makeEnterprise as insertEnterpriseRow } from '../modules/innovation/docking/innovation.test-helper.js';
import { outreachScopingFixtures } from '../modules/outreach/outreach.scoping.test-helper.js';
import { thinktankScopingFixtures } from '../modules/thinktank/thinktank.scoping.test-helper.js';
import { multipartFile } from '../platform/files/multipart.test-helper.js';
import { notify } from '../platform/notifications/notification.service.js';
import { createTestApp, type TSession, type TTestApp } from './harness.js';
import type { TFixture } from './scoping.fixture.js';

/**
 * Org-tree scoping on every endpoint: staff of 海安市科协 must get 403/404 on 如皋市科协's records and
 * never see them in lists. Every route with a path parameter in the OpenAPI document must have a
 * fixture here, so a new endpoint cannot ship without this check.
 */


describe('org-tree scoping', () => {
  let t: TTestApp;
  let rugaoStaff: TSession;
  let haianStaff: TSession;
  let rugaoId: number;
  const fixtures: Record<string, TFixture> = {};

  beforeAll(async () => {
    t = await createTestApp();
    rugaoId = await t.orgIdByCode('rugao');
    rugaoStaff = await t.userAt('rugao', ['district_staff'], 'rugao_scope');
    haianStaff = await t.userAt('haian', ['district_staff'], 'haian_scope');
    fixtures['/api/v1/people/{id}'] = {
      make: async () => {
        const r = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/people', payload: { name: '如皋人员', orgId: rugaoId, phone: '13912340000' } });
        return String(r.json().id);
      },
      body: { title: '工程师' },
    };
    fixtures['/api/v1/people/{id}/pii'] = { make: fixtures['/api/v1/people/{id}'].make };
    fixtures['/api/v1/users/{id}'] = {
      make: async () => {
        const s = await t.userAt('rugao', ['liaison']);
        return String(s.userId);
      },
      body: { displayName: '改名' },
    };
    fixtures['/api/v1/orgs/{id}'] = { make: async () => String(rugaoId) };
    fixtures['/api/v1/auth/tokens/{id}'] = {
      make: async () => {
        const r = await t.app.inject({ method: 'POST', url: '/api/v1/auth/token', payload: { username: 'rugao_scope', password: 'password-123' } });
        return String(r.json().id);
      },
    };
    // a notification is its recipient's alone
    fixtures['/api/v1/notifications/{id}/read'] = {
      make: async () => {
        await notify(t.database.db, { userIds: [rugaoStaff.userId], kind: 'test', title: '如皋的通知', titleEn: 'Rugao notice' });
        return String((await t.as(rugaoStaff, { method: 'GET', url: '/api/v1/notifications' })).json().items[0].id);
      },
    };
    // attachments and import jobs (a dry-run job is still its creator's alone)
    fixtures['/api/v1/files/{id}'] = {
      make: async () => {
        const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
        return String((await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/files', ...multipartFile('a.png', png) })).json().id);
      },
    };
    fixtures['/api/v1/imports/{id}'] = {
      make: async () => {
        const csv = Buffer.from('姓名,所属组织\n如皋人员,如皋市科协\n');
        return String((await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/people/import?dryRun=1', ...multipartFile('a.csv', csv) })).json().jobId);
      },
    };
    // 科创服务 (innovation): a 如皋 enterprise with a published demand and an invited expert.
    let seq = 0;
    const makeEnterprise = async () => {
      const body = `91320682MA1N${String(++seq).padStart(5, '0')}`;
      const r = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/enterprises', payload: { name: `长江船舶${seq}`, creditCode: body + creditCodeCheckChar(body) } });
      return r.json().id as number;
    };
    const makeExpert = async () => {
      const r = await t.as(rugaoStaff, { method: 'POST', url: '/api/v1/experts', payload: { name: '张工程师', keywords: ['焊接'] } });
      return r.json().id as number;
    };
    const makeDemand = async () => {
      const enterpriseId = await makeEnterprise();
      const r = await t.as(rugaoStaff, {
        method: 'POST',
        url: '/api/v1/demands',
        payload: { enterpriseId, title: '船体焊接变形控制', description: '焊接变形超差', category: '技术攻关' },
      });
      const id = r.json().id as number;
      for (const to of ['pending', 'published'])
        await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/demands/${id}/transitions`, payload: { to } });
      return id;
    };
    const makeMatch = async () => {
      const [demandId, expertId] = [await makeDemand(), await makeExpert()];
      const r = await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/demands/${demandId}/invitations`, payload: { expertId } });
      return String(r.json().id);
    };
    fixtures['/api/v1/experts/{id}'] = { make: async () => String(await makeExpert()), body: { title: '研究员' }, readableCityWide: true };
    fixtures['/api/v1/enterprises/{id}'] = { make: async () => String(await makeEnterprise()), body: { scale: '大型' } };
    fixtures['/api/v1/enterprises/{id}/pii'] = { make: async () => String(await makeEnterprise()) };
    fixtures['/api/v1/enterprises/{id}/users'] = { make: async () => String(await makeEnterprise()), bodies: { post: { userId: 1 }, put: { userIds: [] } } };
    fixtures['/api/v1/demands/{id}'] = { make: async () => String(await makeDemand()), body: { title: '改标题' } };
    fixtures['/api/v1/demands/{id}/transitions'] = { make: async () => String(await makeDemand()), body: { to: 'docking' } };
    fixtures['/api/v1/demands/{id}/matches'] = { make: async () => String(await makeDemand()) };
    fixtures['/api/v1/demands/{id}/invitations'] = { make: async () => String(await makeDemand()), body: { expertId: 1 } };
    fixtures['/api/v1/demands/{id}/docking-requests'] = { make: async () => String(await makeDemand()), body: { expertId: 1 } };
    fixtures['/api/v1/matches/{id}/respond'] = { make: makeMatch, body: { accept: true } };
    fixtures['/api/v1/matches/{id}/transitions'] = { make: makeMatch, body: { to: 'docking' } };
    // 科创服务: docking events, service teams (+ visits), platforms (+ assessments), funded projects, public demand hall
    let n = 0;
    const create = async (url: string, payload: Record<string, unknown>) => {
      const r = await t.as(rugaoStaff, { method: 'POST', url, payload: { orgId: rugaoId, ...payload } });
      if (r.statusCode !== 201) throw new Error(`${url}: ${r.body}`);
      return String(r.json().id);
    };
    const makeEvent = () => create('/api/v1/docking-events', { title: `如皋对接会${++n}`, date: '2025-06-01' });
    const makeTeam = () => create('/api/v1/service-teams', { name: `如皋服务团${++n}`, cluster: '船舶海工' });
    const makePlatform = () => create('/api/v1/platforms', { kind: 'academician_workstation', name: `如皋院士工作站${++n}`, level: 'municipal', hostName: '如皋企业' });
    const makeProject = () => create('/api/v1/funded-projects', { name: `如皋项目${++n}`, programme: '科创江苏专项行动计划', level: 'provincial', year: 2022 });
    fixtures['/api/v1/docking-events/{id}'] = { make: makeEvent, body: { summary: '改' } };
    fixtures['/api/v1/service-teams/{id}'] = { make: makeTeam, body: { description: '改' } };
    fixtures['/api/v1/service-teams/{id}/visits'] = { make: makeTeam, body: { date: '2025-06-01', enterpriseId: 1, summary: '走访' } };
    fixtures['/api/v1/platforms/{id}'] = { make: makePlatform, body: { status: 'suspended' } };
    fixtures['/api/v1/platforms/{id}/assessments'] = { make: makePlatform, body: { year: 2024, rating: '合格' } };
    fixtures['/api/v1/funded-projects/{id}'] = { make: makeProject, body: { status: 'completed' } };
    // Figures are scoped by the org in the query, not by the key in the path: the "id" carries both
    // (the trailing `&_=` swallows the rest of the path template, an ignored query parameter).
    fixtures['/api/v1/figures/{key}/rows'] = {
      make: async () => {
        await insertDemandRow(t.database.db, await insertEnterpriseRow(t.database.db, rugaoId), rugaoId);
        return `innovation.demands.published/rows?org=${rugaoId}&_=`;
      },
    };
    // 科普惠民 (outreach): each sub-domain's fixtures from its own folder
    Object.assign(fixtures, await outreachScopingFixtures({ t, rugaoStaff, haianStaff, rugaoId }));
    // 科智助力 (think tank): likewise
    Object.assign(fixtures, await thinktankScopingFixtures({ t, rugaoStaff, haianStaff, rugaoId }));
    fixtures['/api/v1/public/demands/{id}'] = {
      hiddenFromPublic: true,
      make: async () => {
        const enterprise = await insertEnterpriseRow(t.database.db, rugaoId);
        return String(await insertDemandRow(t.database.db, enterprise, rugaoId, { confidentiality: 'staff' }));
      },
    };
  });
  afterAll(() => t.close());

  it('has a fixture for every endpoint that takes a record id', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const withId = Object.keys(doc.paths).filter((p) => p.includes('{'));
    expect(withId.filter((p) => !fixtures[p])).toEqual([]);
  });

  it("refuses every method on another district's records", async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const [path, ops] of Object.entries<Record<string, unknown>>(doc.paths)) {
      const fixture = fixtures[path];
      if (!fixture) continue;
      for (const method of Object.keys(ops)) {
        const id = await fixture.make();
        const url = path.replace(/\{[^}]+\}/, id);
        const res = await t.as(haianStaff, { method: method.toUpperCase(), url, payload: method === 'get' || method === 'delete' ? undefined : (fixture.bodies?.[method as 'post'] ?? fixture.body) });
        const expected = method === 'get' && fixture.readableCityWide ? [200] : [403, 404];
        expect(expected, `${method.toUpperCase()} ${url} → ${res.statusCode} ${res.body.slice(0, 200)}`).toContain(res.statusCode);
        // the owner still can read it (the record exists; the refusal was about scope)
        if (method === 'get' && fixture.hiddenFromPublic) {
          expect((await t.as(null, { method: 'GET', url })).statusCode, `anonymous GET ${url}`).toBe(404);
        } else if (method === 'get') {
          const own = await t.as(rugaoStaff, { method: 'GET', url });
          expect(own.statusCode, `owner GET ${url}`).toBe(200);
        }
      }
    }
  });

  it("never lists another district's records", async () => {
    await fixtures['/api/v1/people/{id}'].make();
    const people = (await t.as(haianStaff, { method: 'GET', url: '/api/v1/people?pageSize=200' })).json();
    expect(people.items.filter((p: { orgName: string }) => p.orgName.startsWith('如皋'))).toEqual([]);
    const users = (await t.as(haianStaff, { method: 'GET', url: '/api/v1/users?pageSize=200' })).json();
    expect(users.items.map((u: { username: string }) => u.username)).not.toContain('rugao_scope');
    const orgs = (await t.as(haianStaff, { method: 'GET', url: '/api/v1/orgs' })).json();
    expect(JSON.stringify(orgs.items)).not.toContain('如皋');
    expect(orgs.items[0].name).toBe('海安市科学技术协会');
    const audit = (await t.as(haianStaff, { method: 'GET', url: '/api/v1/audit?pageSize=200' })).json();
    expect(audit.items.filter((a: { orgId: number }) => a.orgId === rugaoId)).toEqual([]);
    await fixtures['/api/v1/matches/{id}/transitions'].make();
    const enterprises = (await t.as(haianStaff, { method: 'GET', url: '/api/v1/enterprises?pageSize=200' })).json();
    expect(enterprises.total).toBe(0);
    const demands = (await t.as(haianStaff, { method: 'GET', url: '/api/v1/demands?pageSize=200' })).json();
    expect(demands.total).toBe(0);
    for (const q of ['长江船舶', '焊接变形']) {
      const hits = (await t.as(haianStaff, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent(q)}` })).json();
      expect(hits.items.filter((i: { entity: string }) => i.entity === 'enterprise' || i.entity === 'demand'), q).toEqual([]);
    }
    const search = (await t.as(haianStaff, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('如皋')}` })).json();
    expect(search.items).toEqual([]);
    // while the city sees them all
    const city = (await t.as(t.admin, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('如皋')}` })).json();
    expect(city.items.length).toBeGreaterThan(0);
  });

  it("cannot create records or accounts in another district's org", async () => {
    const person = await t.as(haianStaff, { method: 'POST', url: '/api/v1/people', payload: { name: '越权', orgId: rugaoId } });
    expect([403, 404]).toContain(person.statusCode);
    const user = await t.as(haianStaff, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'intruder', password: 'password-123', displayName: '越权', orgId: rugaoId, roles: ['liaison'] },
    });
    expect([403, 404]).toContain(user.statusCode);
    const admin = await t.as(haianStaff, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { username: 'intruder2', password: 'password-123', displayName: '越权', orgId: await t.orgIdByCode('haian'), roles: ['admin'] },
    });
    expect(admin.statusCode).toBe(403);
  });

  it("never lists another district's docking events, service teams, platforms or funded projects", async () => {
    for (const path of ['docking-events', 'service-teams', 'platforms', 'funded-projects']) {
      await fixtures[`/api/v1/${path}/{id}`].make();
      const mine = (await t.as(haianStaff, { method: 'GET', url: `/api/v1/${path}?pageSize=200` })).json();
      expect(mine.total, path).toBe(0);
      const city = (await t.as(t.admin, { method: 'GET', url: `/api/v1/${path}?pageSize=200` })).json();
      expect(city.total, path).toBeGreaterThan(0);
    }
    const hidden = Number(await fixtures['/api/v1/public/demands/{id}'].make());
    const hall = (await t.as(null, { method: 'GET', url: '/api/v1/public/demands?pageSize=50' })).json();
    expect(hall.items.map((d: { id: number }) => d.id)).not.toContain(hidden);
  });
});
