import { eq, sql } from 'drizzle-orm';
import type { TRole } from '../../../shared/limits.js';
import { insertPeople, personValues } from '../../modules/people/person.repo.js';
import { people, personOrgs } from '../../modules/people/person.schema.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { auditLog } from '../../platform/audit/audit.schema.js';
import { users } from '../../platform/auth/auth.schema.js';
import { hashPassword } from '../../platform/auth/password.js';
import type { TCityConfig } from '../../platform/orgs/city-config.js';
import { orgs } from '../../platform/orgs/org.schema.js';
import type { Db, DbOrTx } from '../client.js';
import { type TFakeOrg, fakePeople } from './fake.js';

/** The password of every demo account (printed at first start; the data is public demo data). */
export const DEMO_PASSWORD = 'demo12345';
export const DEMO_PEOPLE_DEFAULT = 3000;

/** Rows per INSERT: 17 parameters a person keeps a batch well below PostgreSQL's 65535. */
const BATCH = 1000;

export interface TSeedDemoOptions {
  log?: (message: string) => void;
  /** How many 科技工作者 to generate. */
  people?: number;
  /** PRNG seed: the same seed gives the same demo. */
  seed?: number;
  /** "Now" for the createdAt spread (tests and benchmarks pin it). */
  now?: Date;
}

export interface TSeedDemoResult {
  seeded: boolean;
  people: number;
  memberships: number;
  accounts: string[];
  ms: number;
}

/**
 * Orgs as the fake generator needs them: each with its district (县区科协), found through the
 * materialized path. Used by the demo seeder and the benchmarks.
 */
export async function loadFakeOrgs(db: DbOrTx): Promise<Array<TFakeOrg & { code: string; path: string }>> {
  const rows = await db
    .select({ id: orgs.id, code: orgs.code, name: orgs.name, kind: orgs.kind, adcode: orgs.adcode, path: orgs.path })
    .from(orgs)
    .orderBy(orgs.id);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return rows.map((r) => {
    const district = r.path
      .split('/')
      .filter(Boolean)
      .map((id) => byId.get(Number(id)))
      .find((o) => o?.kind === 'district');
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      kind: r.kind,
      path: r.path,
      district: district
        ? { code: district.code, adcode: district.adcode ?? '', name: district.name.replace(/(科学技术协会|科协)$/, '') }
        : undefined,
    };
  });
}

interface TDemoAccount {
  username: string;
  displayName: string;
  orgId: number;
  roles: TRole[];
  department?: string;
}

function demoAccounts(all: Array<TFakeOrg & { code: string }>): TDemoAccount[] {
  const root = all.find((o) => o.kind === 'city') ?? all[0];
  const byCode = (code: string) => all.find((o) => o.code === code);
  const firstOf = (kind: TFakeOrg['kind']) => all.find((o) => o.kind === kind);
  const society = byCode('南通市机械工程学会') ?? firstOf('society') ?? root;
  const enterprise = byCode('江苏中天科技股份有限公司科学技术协会') ?? firstOf('enterprise') ?? root;
  const university = byCode('南通大学科学技术协会') ?? firstOf('university') ?? root;
  const shortOf = (o: TFakeOrg) => o.name.replace(/科学技术协会$/, '科协');
  return [
    { username: 'city_staff', displayName: '演示·市科协学会学术部', orgId: root.id, roles: ['city_staff'], department: '学会学术部' },
    { username: 'leader', displayName: '演示·市科协领导', orgId: root.id, roles: ['leader'] },
    ...all
      .filter((o) => o.kind === 'district')
      .map((d) => ({ username: `${d.code}_staff`, displayName: `演示·${shortOf(d)}工作人员`, orgId: d.id, roles: ['district_staff'] as TRole[] })),
    { username: 'society_liaison', displayName: `演示·${society.name}联络员`, orgId: society.id, roles: ['liaison'] },
    { username: 'expert_demo', displayName: '演示·专家', orgId: university.id, roles: ['expert'] },
    { username: 'enterprise_demo', displayName: `演示·${shortOf(enterprise).replace(/科协$/, '')}`, orgId: enterprise.id, roles: ['enterprise'] },
  ];
}

/**
 * Whether the database holds nothing but the configured org tree and the first admin: the demo goes
 * only into such a database, so a second start (or a second call) never doubles it.
 */
async function isEmptyForDemo(db: Db): Promise<boolean> {
  const [p] = await db.select({ n: sql<number>`count(*)::int` }).from(people);
  const [u] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  const [a] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.entity, 'demo'));
  return p.n === 0 && u.n <= 1 && a.n === 0;
}

/**
 * Seeds the demo data set (DESIGN.md §7) into an empty database: 科技工作者 across the org tree with
 * 学会 memberships, and demo accounts for every role (password DEMO_PASSWORD). Every row of a table
 * with the demo flag is flagged; one audit row (entity 'demo', action 'seed') records where the data
 * came from. One transaction. Does nothing when the database is not empty.
 */
export async function seedDemo(db: Db, city: TCityConfig, opts: TSeedDemoOptions = {}): Promise<TSeedDemoResult> {
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  if (!(await isEmptyForDemo(db))) {
    log('demo data skipped: the database is not empty (演示数据未加载：数据库已有数据)');
    return { seeded: false, people: 0, memberships: 0, accounts: [], ms: Math.round(performance.now() - t0) };
  }
  const allOrgs = await loadFakeOrgs(db);
  const root = allOrgs.find((o) => o.kind === 'city') ?? allOrgs[0];
  const accounts = demoAccounts(allOrgs);
  const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash: every demo account shares the published password

  const generated = [
    ...fakePeople(allOrgs, opts.people ?? DEMO_PEOPLE_DEFAULT, {
      seed: opts.seed,
      now: opts.now,
      dictionary: city.dictionary,
      cityName: city.city.name,
    }),
  ];
  const rows = generated.map((p) => ({ ...personValues(p), isDemo: true, createdAt: p.createdAt, updatedAt: p.updatedAt }));

  const memberships = await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) await insertPeople(tx, rows.slice(i, i + BATCH));
    // Ids by ID number (unique), rather than trusting RETURNING to keep the VALUES order.
    const inserted = await tx.select({ id: people.id, idNumber: people.idNumber }).from(people).where(eq(people.isDemo, true));
    const idOf = new Map(inserted.map((r) => [r.idNumber, r.id]));
    const links = generated.flatMap((p) => p.memberships.map((m) => ({ personId: idOf.get(p.idNumber)!, orgId: m.orgId, role: m.role })));
    for (let i = 0; i < links.length; i += BATCH) await tx.insert(personOrgs).values(links.slice(i, i + BATCH));
    await tx.insert(users).values(
      accounts.map((a) => ({
        username: a.username,
        passwordHash,
        displayName: a.displayName,
        orgId: a.orgId,
        roles: a.roles,
        department: a.department ?? null,
      })),
    );
    await recordAudit(tx, null, {
      entity: 'demo',
      action: 'seed',
      orgId: root.id,
      note: '演示数据',
      after: { people: rows.length, memberships: links.length, accounts: accounts.map((a) => a.username) },
    });
    return links.length;
  });

  // Fresh statistics for the planner: an embedded database has no autovacuum to gather them.
  await db.execute(sql`analyze people, person_orgs`);

  const ms = Math.round(performance.now() - t0);
  log(`demo data loaded (演示数据): ${rows.length} people, ${memberships} society memberships, ${accounts.length} accounts in ${ms} ms`);
  log(`  demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const a of accounts) {
    const org = allOrgs.find((o) => o.id === a.orgId);
    log(`    ${a.username.padEnd(16)} ${a.roles.join(',').padEnd(15)} ${org?.name ?? ''}${a.department ? ` · ${a.department}` : ''}`);
  }
  return { seeded: true, people: rows.length, memberships, accounts: accounts.map((a) => a.username), ms };
}
