import { creditCodeCheckChar } from '../../../../shared/validators.js';
import type { DbOrTx } from '../../../db/client.js';
import { indexTokens, pinyinKeys } from '../../../platform/search/text.js';
import { demands, enterprises, experts } from '../innovation.schema.js';

// Rows of the tables other sub-modules own, inserted directly: the API tests of docking events, teams,
// platforms, projects and the portal need experts, enterprises and demands to link to.

let serial = 0;

/** A valid 统一社会信用代码 for a Nantong district (adcode 3206xx), unique per call. */
export function testCreditCode(adcode = '320682'): string {
  serial++;
  const first17 = `91${adcode}MA${String(serial).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

export async function makeEnterprise(
  db: DbOrTx,
  orgId: number,
  extra: Partial<typeof enterprises.$inferInsert> = {},
): Promise<number> {
  const name = extra.name ?? `测试企业${++serial}有限公司`;
  const keys = pinyinKeys(name);
  const [row] = await db
    .insert(enterprises)
    .values({
      name,
      creditCode: testCreditCode(),
      orgId,
      clusters: ['船舶海工'],
      contactName: '联系人甲',
      contactPhone: '13912345678',
      namePinyin: keys.full,
      nameInitials: keys.initials,
      searchText: indexTokens(name),
      ...extra,
    })
    .returning({ id: enterprises.id });
  return row.id;
}

export async function makeExpert(db: DbOrTx, orgId: number, extra: Partial<typeof experts.$inferInsert> = {}): Promise<number> {
  const profile = {
    name: '周海工',
    unit: '江苏科技大学',
    title: '教授',
    disciplines: ['机械工程'],
    industries: ['船舶海工'],
    keywords: ['焊接', '海工装备'],
    bio: '长期从事船舶与海洋工程结构焊接研究。',
    ...extra,
  };
  const keys = pinyinKeys(profile.name);
  const [row] = await db
    .insert(experts)
    .values({
      orgId,
      ...profile,
      namePinyin: keys.full,
      nameInitials: keys.initials,
      // as the expert registry indexes a profile
      searchText: indexTokens(profile.name, profile.unit, profile.title, ...profile.disciplines, ...profile.industries, ...profile.keywords),
    })
    .returning({ id: experts.id });
  return row.id;
}

export async function makeDemand(
  db: DbOrTx,
  enterpriseId: number,
  orgId: number,
  extra: Partial<typeof demands.$inferInsert> = {},
): Promise<number> {
  const title = extra.title ?? '海工平台厚板焊接变形控制';
  const description = extra.description ?? '大型海工平台厚板焊接后变形大，需要工艺优化与在线监测方案。';
  const [row] = await db
    .insert(demands)
    .values({
      enterpriseId,
      orgId,
      title,
      description,
      category: '技术攻关',
      cluster: '船舶海工',
      status: 'published',
      confidentiality: 'public',
      publishedAt: new Date('2025-03-01T08:00:00Z'),
      searchText: indexTokens(title, description),
      ...extra,
    })
    .returning({ id: demands.id });
  return row.id;
}
