import { type SQL, and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { textMatch } from '../../../platform/search/text.js';
import { demands, enterprises, experts, platforms } from '../innovation.schema.js';
import { PUBLIC_DEMAND_STATUSES, type TPublicDemandQuery, type TPublicExpertQuery, type TPublicPlatformQuery } from './portal.types.js';

// Public portal reads: every query here selects public columns only, and the visibility rule is part of
// the WHERE clause, so no caller can forget it.

const publicDemandColumns = {
  id: demands.id,
  title: demands.title,
  description: demands.description,
  category: demands.category,
  cluster: demands.cluster,
  enterpriseName: enterprises.name,
  budgetMin: demands.budgetMin,
  budgetMax: demands.budgetMax,
  deadline: demands.deadline,
  status: demands.status,
  phase: sql<string>`case when ${demands.status} in ('published', 'docking') and (${demands.deadline} is null or ${demands.deadline} >= (now() at time zone 'Asia/Shanghai')::date)
    then (case when ${demands.status} = 'published' then 'open' else 'docking' end)
    when ${demands.status} in ('published', 'docking') then 'expired' else ${demands.status} end`,
  publishedAt: demands.publishedAt,
};
/** Still in play: published or docking, the deadline (China date) not past. */
const inPlay = sql`(${demands.status} in ('published', 'docking') and (${demands.deadline} is null or ${demands.deadline} >= (now() at time zone 'Asia/Shanghai')::date))`;
/** Open first (征集中, then 对接中), then the closed ones. */
const phaseOrder = sql`case when ${inPlay} and ${demands.status} = 'published' then 0 when ${inPlay} then 1 else 2 end`;
/** Public demands: confidentiality 'public' and published (or further along, but not closed). */
const demandIsPublic = and(eq(demands.confidentiality, 'public'), inArray(demands.status, [...PUBLIC_DEMAND_STATUSES]))!;

export async function selectPublicDemands(db: DbOrTx, q: TPublicDemandQuery) {
  const conds: SQL[] = [demandIsPublic];
  let rank: SQL | undefined;
  if (q.q) {
    const m = textMatch(q.q, { tsv: demands.searchTsv, name: demands.title });
    if (m) {
      conds.push(m.where);
      rank = m.rank;
    }
  }
  if (q.category) conds.push(eq(demands.category, q.category));
  if (q.cluster) conds.push(eq(demands.cluster, q.cluster));
  if (q.status) conds.push(eq(demands.status, q.status));
  const view = q.view ?? (q.status ? 'all' : 'open');
  if (view === 'open') conds.push(inPlay);
  else if (view === 'closed') conds.push(sql`not ${inPlay}`);
  const w = and(...conds);
  const [items, total] = await Promise.all([
    db
      .select(publicDemandColumns)
      .from(demands)
      .innerJoin(enterprises, eq(enterprises.id, demands.enterpriseId))
      .where(w)
      .orderBy(phaseOrder, ...(rank ? [sql`${rank} desc`] : []), sql`${demands.publishedAt} desc nulls last`, desc(demands.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(demands).where(w),
  ]);
  return { items, total: total[0]?.n ?? 0 };
}

export async function findPublicDemand(db: DbOrTx, id: number) {
  const [row] = await db
    .select(publicDemandColumns)
    .from(demands)
    .innerJoin(enterprises, eq(enterprises.id, demands.enterpriseId))
    .where(and(eq(demands.id, id), demandIsPublic));
  return row;
}

const publicExpertColumns = {
  id: experts.id,
  name: experts.name,
  unit: experts.unit,
  title: experts.title,
  disciplines: experts.disciplines,
  industries: experts.industries,
  keywords: experts.keywords,
  bio: experts.bio,
  isAcademician: experts.isAcademician,
};

export async function selectPublicExperts(db: DbOrTx, q: TPublicExpertQuery) {
  const conds: SQL[] = [eq(experts.isPublic, true)];
  let rank: SQL | undefined;
  if (q.q) {
    const m = textMatch(q.q, { tsv: experts.searchTsv, name: experts.name, pinyin: experts.namePinyin, initials: experts.nameInitials });
    if (m) {
      conds.push(m.where);
      rank = m.rank;
    }
  }
  if (q.industry) conds.push(sql`${q.industry}::text = any(${experts.industries})`);
  if (q.discipline) conds.push(sql`${q.discipline}::text = any(${experts.disciplines})`);
  if (q.academician) conds.push(eq(experts.isAcademician, true));
  const w = and(...conds);
  const [items, total] = await Promise.all([
    db
      .select(publicExpertColumns)
      .from(experts)
      .where(w)
      .orderBy(...(rank ? [sql`${rank} desc`] : []), desc(experts.isAcademician), asc(experts.namePinyin), asc(experts.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(experts).where(w),
  ]);
  return { items, total: total[0]?.n ?? 0 };
}

const hostNameSql = sql<string | null>`coalesce(${platforms.hostName}, (select e.name from enterprises e where e.id = ${platforms.hostEnterpriseId}))`;
const levelOrder = sql`case ${platforms.level} when 'national' then 0 when 'provincial' then 1 else 2 end`;

export async function selectPublicPlatforms(db: DbOrTx, q: TPublicPlatformQuery) {
  const active = eq(platforms.status, 'active');
  const conds: SQL[] = [active];
  if (q.kind) conds.push(eq(platforms.kind, q.kind));
  if (q.level) conds.push(eq(platforms.level, q.level));
  const w = and(...conds);
  const [items, counts] = await Promise.all([
    db
      .select({
        id: platforms.id,
        kind: platforms.kind,
        name: platforms.name,
        level: platforms.level,
        hostName: hostNameSql,
        academicians: platforms.academicians,
        establishedOn: platforms.establishedOn,
        orgName: orgs.name,
      })
      .from(platforms)
      .innerJoin(orgs, eq(orgs.id, platforms.orgId))
      .where(w)
      .orderBy(levelOrder, sql`${platforms.establishedOn} asc nulls last`, asc(platforms.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    // Counts over every active platform (the portal header), whatever the filters.
    db
      .select({ kind: platforms.kind, level: platforms.level, n: sql<number>`count(*)::int` })
      .from(platforms)
      .where(active)
      .groupBy(platforms.kind, platforms.level),
  ]);
  const filtered = await db.select({ n: sql<number>`count(*)::int` }).from(platforms).where(w);
  return { items, total: filtered[0]?.n ?? 0, counts };
}
