// The platform's demo seed (DESIGN.md §7): one demo account per role. Business data comes from each
// module's `seedDemo`, run after this in the order of the module list (runDemoSeed).
import { eq, sql } from 'drizzle-orm';
import type { TRole } from '../../../shared/limits.js';
import type { Db } from '../../db/client.js';
import { auditLog } from '../audit/audit.schema.js';
import { recordAudit } from '../audit/audit.service.js';
import { users } from '../auth/auth.schema.js';
import { hashPassword } from '../auth/password.js';
import type { TServerModule } from '../module/module.types.js';
import type { TCityConfig } from '../orgs/city-config.js';
import { loadFakeOrgs, type TFakeOrg } from './fake.js';

/** The password of every demo account (printed at first start; the data is public demo data). */
export const DEMO_PASSWORD = 'demo12345';

export interface TDemoAccount {
  username: string;
  displayName: string;
  orgId: number;
  roles: TRole[];
  department?: string;
}

// Accounts carry no is_demo column, so their display names say 演示· (people, experts … carry the flag).
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
    { username: 'rugao_liaison', displayName: '演示·如皋市科协联络员', orgId: (byCode('rugao') ?? root).id, roles: ['liaison'] },
    { username: 'society_liaison', displayName: `演示·${society.name}联络员`, orgId: society.id, roles: ['liaison'] },
    { username: 'expert_demo', displayName: '演示·专家', orgId: university.id, roles: ['expert'] },
    { username: 'enterprise_demo', displayName: `演示·${shortOf(enterprise).replace(/科协$/, '')}`, orgId: enterprise.id, roles: ['enterprise'] },
  ];
}

export interface TPlatformDemoResult {
  seeded: boolean;
  accounts: string[];
}

/**
 * Creates the demo accounts (password DEMO_PASSWORD) in a database holding only the configured org
 * tree and the first admin, with one audit row (entity 'demo', action 'seed'). One transaction. Does
 * nothing when the database has other accounts or was seeded before.
 */
export async function seedPlatformDemo(db: Db, opts: { log?: (message: string) => void } = {}): Promise<TPlatformDemoResult> {
  const log = opts.log ?? (() => {});
  const [u] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  const [a] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.entity, 'demo'));
  if (u.n > 1 || a.n > 0) {
    log('demo accounts skipped: the database is not empty (演示账号未创建：数据库已有数据)');
    return { seeded: false, accounts: [] };
  }
  const allOrgs = await loadFakeOrgs(db);
  const root = allOrgs.find((o) => o.kind === 'city') ?? allOrgs[0];
  const accounts = demoAccounts(allOrgs);
  const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash: every demo account shares the published password
  await db.transaction(async (tx) => {
    await tx.insert(users).values(
      accounts.map((x) => ({ username: x.username, passwordHash, displayName: x.displayName, orgId: x.orgId, roles: x.roles, department: x.department ?? null })),
    );
    await recordAudit(tx, null, { entity: 'demo', action: 'seed', orgId: root.id, note: '演示数据', after: { accounts: accounts.map((x) => x.username) } });
  });
  log(`  demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const x of accounts) {
    const org = allOrgs.find((o) => o.id === x.orgId);
    log(`    ${x.username.padEnd(16)} ${x.roles.join(',').padEnd(15)} ${org?.name ?? ''}${x.department ? ` · ${x.department}` : ''}`);
  }
  return { seeded: true, accounts: accounts.map((x) => x.username) };
}

/** The whole demo: the platform's accounts, then each module's `seedDemo` in the order of the list. */
export async function runDemoSeed(db: Db, city: TCityConfig, modules: readonly TServerModule[], opts: { log?: (message: string) => void } = {}) {
  const log = opts.log ?? (() => {});
  await seedPlatformDemo(db, { log });
  for (const m of modules) if (m.seedDemo) await m.seedDemo(db, { city, log });
}
