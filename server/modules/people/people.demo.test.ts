import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE_RE, isValidIdNumber } from '../../../shared/validators.js';
import { buildApp } from '../../app.js';
import { type Database, openDatabase } from '../../db/client.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { users } from '../../platform/auth/auth.schema.js';
import { ensureAdmin } from '../../platform/auth/user.service.js';
import { MemoryFileStore } from '../../platform/files/file-store.js';
import { type TCityConfig, loadCityConfig } from '../../platform/orgs/city-config.js';
import { orgs } from '../../platform/orgs/org.schema.js';
import { applyCityConfig } from '../../platform/orgs/org.service.js';
import { addUserWords } from '../../platform/search/text.js';
import { DEMO_PASSWORD, type TPlatformDemoResult, seedPlatformDemo } from '../../platform/demo/demo.js';
import { fakePeople } from './people.fake.js';
import { type TSeedPeopleResult, seedPeopleDemo } from './people.demo.js';
import { people, personOrgs } from './person.schema.js';

const DISTRICTS = ['chongchuan', 'tongzhou', 'haimen', 'rudong', 'qidong', 'rugao', 'haian'];

describe('people demo seed (after the platform demo accounts)', () => {
  let city: TCityConfig;
  let database: Database;
  let app: FastifyInstance;
  let accounts: TPlatformDemoResult;
  let first: TSeedPeopleResult;
  const logged: string[] = [];

  beforeAll(async () => {
    city = loadCityConfig({ city: 'nantong' });
    addUserWords(city.dictionary.userWords);
    database = await openDatabase({});
    await applyCityConfig(database.db, city);
    await ensureAdmin(database.db, 'admin-pass-123');
    accounts = await seedPlatformDemo(database.db, { log: (m) => logged.push(m) });
    first = await seedPeopleDemo(database.db, city, { log: (m) => logged.push(m) });
    app = await buildApp(
      {
        db: database.db,
        dbKind: database.kind,
        env: { KEXIE_SESSION_HOURS: 12, KEXIE_SECURE_COOKIES: '0', KEXIE_MAX_UPLOAD_MB: 5 },
        city,
        files: new MemoryFileStore(),
      },
      { serveWeb: false },
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const login = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
    expect(res.statusCode, `${username}: ${res.body}`).toBe(200);
    return `kexie_sid=${res.cookies.find((c) => c.name === 'kexie_sid')?.value}`;
  };

  /** Every id the account can list, page by page. */
  const listAll = async (cookie: string) => {
    const ids: number[] = [];
    let total = 0;
    for (let page = 1; ; page++) {
      const res = await app.inject({ method: 'GET', url: `/api/v1/people?page=${page}&pageSize=200&sort=name`, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: Array<{ id: number; isDemo: boolean }>; total: number };
      total = body.total;
      ids.push(...body.items.map((p) => p.id));
      if (body.items.length < 200) break;
    }
    return { ids, total };
  };

  it('creates the people, all flagged as demo, and says so in the log', async () => {
    expect(first).toMatchObject({ seeded: true, people: 3000 });
    const [{ n, demo }] = await database.db
      .select({ n: sql<number>`count(*)::int`, demo: sql<number>`count(*) filter (where ${people.isDemo})::int` })
      .from(people);
    expect(n).toBe(3000);
    expect(demo).toBe(n);
    expect(logged.join('\n')).toContain('3000 people');
    expect(logged.join('\n')).toContain('rugao_staff');
  });

  it('keeps names plain: the demo mark is the isDemo flag, never glued into the name', async () => {
    const marked = await database.db
      .select({ name: people.name })
      .from(people)
      .where(sql`${people.name} ~* '(demo|演示)' or ${people.name} !~ '^[\u4e00-\u9fa5·]{2,6}$'`);
    expect(marked).toEqual([]);
  });

  it('gives every person a valid ID number and mobile phone, unique across people', async () => {
    const rows = await database.db.select({ idNumber: people.idNumber, phone: people.phone, gender: people.gender, birthYear: people.birthYear }).from(people);
    const bad = rows.filter(
      (r) =>
        !r.idNumber ||
        !isValidIdNumber(r.idNumber) ||
        !r.idNumber.startsWith('3206') ||
        Number(r.idNumber.slice(6, 10)) !== r.birthYear ||
        Number(r.idNumber[16]) % 2 !== (r.gender === '男' ? 1 : 0) ||
        !r.phone ||
        !PHONE_RE.test(r.phone),
    );
    expect(bad).toEqual([]);
    expect(new Set(rows.map((r) => r.idNumber)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.phone)).size).toBe(rows.length);
  });

  it('puts people in every district and makes some of them 学会 members', async () => {
    for (const code of DISTRICTS) {
      const [{ n }] = await database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(people)
        .innerJoin(orgs, eq(orgs.id, people.orgId))
        .where(sql`${orgs.path} like (select path from orgs where code = ${code}) || '%'`);
      expect(n, code).toBeGreaterThan(50);
    }
    const roles = await database.db
      .select({ role: personOrgs.role, kind: orgs.kind })
      .from(personOrgs)
      .innerJoin(orgs, eq(orgs.id, personOrgs.orgId));
    expect(roles.length).toBe(first.memberships);
    expect(roles.every((r) => r.kind === 'society')).toBe(true);
    expect(new Set(roles.map((r) => r.role))).toEqual(new Set(['会员', '理事', '常务理事', '副理事长']));
  });

  it('creates the demo accounts with their roles and records one audit row', async () => {
    const rows = await database.db
      .select({ username: users.username, roles: users.roles, department: users.department, org: orgs.code, kind: orgs.kind })
      .from(users)
      .innerJoin(orgs, eq(orgs.id, users.orgId));
    const by = new Map(rows.map((r) => [r.username, r]));
    expect(by.get('city_staff')).toMatchObject({ roles: ['city_staff'], department: '学会学术部', org: 'root' });
    expect(by.get('leader')).toMatchObject({ roles: ['leader'], org: 'root' });
    for (const code of DISTRICTS) expect(by.get(`${code}_staff`)).toMatchObject({ roles: ['district_staff'], org: code });
    expect(by.get('society_liaison')).toMatchObject({ roles: ['liaison'], org: '南通市机械工程学会' });
    expect(by.get('expert_demo')).toMatchObject({ roles: ['expert'] });
    expect(by.get('enterprise_demo')).toMatchObject({ roles: ['enterprise'], kind: 'enterprise' });
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'demo'), eq(auditLog.action, 'seed')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, note: '演示数据' });
    const peopleAudit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'demo_people'), eq(auditLog.action, 'seed')));
    expect(peopleAudit).toHaveLength(1);
    expect(peopleAudit[0].after).toMatchObject({ people: 3000, memberships: first.memberships });
  });

  it('does nothing when called a second time', async () => {
    expect((await seedPlatformDemo(database.db)).seeded).toBe(false);
    expect((await seedPeopleDemo(database.db, city)).seeded).toBe(false);
    const [{ n }] = await database.db.select({ n: sql<number>`count(*)::int` }).from(people);
    const [{ u }] = await database.db.select({ u: sql<number>`count(*)::int` }).from(users);
    expect(n).toBe(3000);
    expect(u).toBe(1 + accounts.accounts.length);
  });

  it("lets a district's staff see exactly that district's people through the API", async () => {
    const rugao = await login('rugao_staff');
    const seen = await listAll(rugao);
    const inRugao = await database.db
      .select({ id: people.id })
      .from(people)
      .innerJoin(orgs, eq(orgs.id, people.orgId))
      .where(sql`${orgs.path} like (select path from orgs where code = 'rugao') || '%'`);
    expect(seen.total).toBe(inRugao.length);
    expect(new Set(seen.ids)).toEqual(new Set(inRugao.map((r) => r.id)));

    const [haianPerson] = await database.db
      .select({ id: people.id })
      .from(people)
      .innerJoin(orgs, eq(orgs.id, people.orgId))
      .where(sql`${orgs.path} like (select path from orgs where code = 'haian') || '%'`)
      .limit(1);
    const res = await app.inject({ method: 'GET', url: `/api/v1/people/${haianPerson.id}`, headers: { cookie: rugao } });
    expect(res.statusCode).toBe(404);

    const cityStaff = await login('city_staff');
    const all = await app.inject({ method: 'GET', url: '/api/v1/people?pageSize=1', headers: { cookie: cityStaff } });
    expect(all.json().total).toBe(3000);
  });
});

describe('fake people generator', () => {
  const city = loadCityConfig({ city: 'nantong' });
  const orgList = [
    { id: 1, name: '南通市科学技术协会', kind: 'city' as const },
    { id: 2, name: '如皋市科学技术协会', kind: 'district' as const, district: { code: 'rugao', adcode: '320682', name: '如皋市' } },
    { id: 3, name: '白蒲镇科学技术协会', kind: 'township' as const, district: { code: 'rugao', adcode: '320682', name: '如皋市' } },
    { id: 4, name: '南通市医学会', kind: 'society' as const },
  ];
  const opts = { dictionary: city.dictionary, cityName: '南通市', now: new Date('2026-11-28T00:00:00Z') };

  it('is deterministic for a seed and different for another', () => {
    const a = [...fakePeople(orgList, 50, { ...opts, seed: 7 })];
    const b = [...fakePeople(orgList, 50, { ...opts, seed: 7 })];
    const c = [...fakePeople(orgList, 50, { ...opts, seed: 8 })];
    expect(b).toEqual(a);
    expect(c.map((p) => p.idNumber)).not.toEqual(a.map((p) => p.idNumber));
  });

  it('keeps fields within the dictionary and consistent with the unit', () => {
    const list = [...fakePeople(orgList, 2000, { ...opts, seed: 1 })];
    for (const p of list) {
      expect(p.birthYear).toBeGreaterThanOrEqual(1955);
      expect(p.birthYear).toBeLessThanOrEqual(1998);
      if (p.title) expect(city.dictionary.titles).toContain(p.title);
      for (const d of p.disciplines) expect(city.dictionary.disciplines).toContain(d);
      expect(p.disciplines.length).toBeGreaterThanOrEqual(1);
      expect(p.disciplines.length).toBeLessThanOrEqual(3);
      if (p.unit?.includes('医院') && p.title) expect(['主治医师', '副主任医师', '主任医师']).toContain(p.title);
      if (p.orgId === 2 || p.orgId === 3) expect(p.idNumber.startsWith('3206')).toBe(true);
      if (p.email) expect(p.email).toMatch(/^[a-z0-9.]+@[a-z0-9.]+$/);
      expect(p.createdAt.getTime()).toBeLessThanOrEqual(opts.now.getTime());
      expect(p.createdAt.getTime()).toBeGreaterThanOrEqual(new Date('2021-12-01T00:00:00+08:00').getTime());
      expect(p.updatedAt.getTime()).toBeGreaterThanOrEqual(p.createdAt.getTime());
      expect(p.updatedAt.getTime()).toBeLessThanOrEqual(opts.now.getTime());
    }
    // 医学会 people work in hospitals or the university; 白蒲镇 people mostly locally.
    const medical = list.filter((p) => p.orgId === 4);
    expect(medical.every((p) => /医院|保健院|卫生|疾病预防|南通大学/.test(p.unit ?? ''))).toBe(true);
    const baipu = list.filter((p) => p.orgId === 3);
    expect(baipu.filter((p) => p.unit?.includes('白蒲')).length / baipu.length).toBeGreaterThan(0.4);
    expect(list.filter((p) => p.gender === '女').length / list.length).toBeGreaterThan(0.3);
  });
});
