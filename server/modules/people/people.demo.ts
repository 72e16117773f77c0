// 科技工作者 demo data (DESIGN.md §7): people across the org tree with 学会 memberships.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { loadFakeOrgs } from '../../platform/demo/fake.js';
import type { TCityConfig } from '../../platform/orgs/city-config.js';
import { fakePeople } from './people.fake.js';
import { insertPeople, personValues } from './person.repo.js';
import { people, personOrgs } from './person.schema.js';

export const DEMO_PEOPLE_DEFAULT = 3000;

/** Rows per INSERT: 17 parameters a person keeps a batch well below PostgreSQL's 65535. */
const BATCH = 1000;

export interface TSeedPeopleOptions {
  log?: (message: string) => void;
  /** How many 科技工作者 to generate. */
  people?: number;
  /** PRNG seed: the same seed gives the same demo. */
  seed?: number;
  /** "Now" for the createdAt spread (tests and benchmarks pin it). */
  now?: Date;
}

export interface TSeedPeopleResult {
  seeded: boolean;
  people: number;
  memberships: number;
  ms: number;
}

/**
 * Seeds 科技工作者 across the org tree with 学会 memberships into a database without people; every
 * row is flagged isDemo (the name stays a plain name), and one audit row (entity 'demo_people',
 * action 'seed') records where the data came from. One transaction. Does nothing when people exist.
 */
export async function seedPeopleDemo(db: Db, city: TCityConfig, opts: TSeedPeopleOptions = {}): Promise<TSeedPeopleResult> {
  const log = opts.log ?? (() => {});
  const t0 = performance.now();
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(people);
  if (existing.n > 0) {
    log('people demo skipped: people exist (科技工作者演示数据未加载：已有数据)');
    return { seeded: false, people: 0, memberships: 0, ms: Math.round(performance.now() - t0) };
  }
  const allOrgs = await loadFakeOrgs(db);
  const root = allOrgs.find((o) => o.kind === 'city') ?? allOrgs[0];
  const generated = [
    ...fakePeople(allOrgs, opts.people ?? DEMO_PEOPLE_DEFAULT, { seed: opts.seed, now: opts.now, dictionary: city.dictionary, cityName: city.city.name }),
  ];
  const rows = generated.map((p) => ({ ...personValues(p), isDemo: true, createdAt: p.createdAt, updatedAt: p.updatedAt }));

  const memberships = await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) await insertPeople(tx, rows.slice(i, i + BATCH));
    // Ids by ID number (unique), rather than trusting RETURNING to keep the VALUES order.
    const inserted = await tx.select({ id: people.id, idNumber: people.idNumber }).from(people).where(eq(people.isDemo, true));
    const idOf = new Map(inserted.map((r) => [r.idNumber, r.id]));
    const links = generated.flatMap((p) => p.memberships.map((m) => ({ personId: idOf.get(p.idNumber)!, orgId: m.orgId, role: m.role })));
    for (let i = 0; i < links.length; i += BATCH) await tx.insert(personOrgs).values(links.slice(i, i + BATCH));
    await recordAudit(tx, null, {
      entity: 'demo_people',
      action: 'seed',
      orgId: root.id,
      note: '科技工作者演示数据',
      after: { module: 'people', people: rows.length, memberships: links.length },
    });
    return links.length;
  });

  // Fresh statistics for the planner: an embedded database has no autovacuum to gather them.
  await db.execute(sql`analyze people, person_orgs`);

  const ms = Math.round(performance.now() - t0);
  log(`people demo loaded (科技工作者演示数据): ${rows.length} people, ${memberships} society memberships in ${ms} ms`);
  return { seeded: true, people: rows.length, memberships, ms };
}
