import { type SQL, and, asc, desc, eq, getTableColumns, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { indexTokens, pinyinKeys, textMatch } from '../../../platform/search/text.js';
import { expertAchievements, experts, matches } from '../innovation.schema.js';
import type { TAchievementInput, TExpertQuery } from './expert.types.js';

export type TExpertRow = Omit<typeof experts.$inferSelect, 'searchTsv'>;
export type TExpertRowWithOrg = TExpertRow & { orgName: string; orgPath: string; achievementCount: number };
export type TAchievementRow = typeof expertAchievements.$inferSelect;

/** The profile as stored (every optional field resolved). */
export interface TExpertValues {
  name: string;
  unit: string | null;
  title: string | null;
  disciplines: string[];
  industries: string[];
  keywords: string[];
  bio: string | null;
  orgId: number;
  personId: number | null;
  userId: number | null;
  isPublic: boolean;
  isAcademician: boolean;
}

/** Search columns for the list and the global search (the matcher keeps its own index). */
export function expertSearchColumns(v: Pick<TExpertValues, 'name' | 'unit' | 'title' | 'disciplines' | 'industries' | 'keywords'>) {
  const keys = pinyinKeys(v.name);
  return {
    namePinyin: keys.full,
    nameInitials: keys.initials,
    searchText: indexTokens(v.name, v.unit, v.title, ...v.disciplines, ...v.industries, ...v.keywords),
  };
}

const dedupe = (xs: string[] | undefined) => [...new Set(xs ?? [])];

export function expertRowValues(v: TExpertValues) {
  const values = { ...v, disciplines: dedupe(v.disciplines), industries: dedupe(v.industries), keywords: dedupe(v.keywords) };
  return { ...values, ...expertSearchColumns(values) };
}

const { searchTsv: _tsv, ...expertColumns } = getTableColumns(experts);
const achievementCount = sql<number>`(select count(*)::int from expert_achievements a where a.expert_id = ${experts.id})`;
const withOrg = { ...expertColumns, orgName: orgs.name, orgPath: orgs.path, achievementCount };

export async function findExpertById(db: DbOrTx, id: number): Promise<TExpertRowWithOrg | undefined> {
  const [row] = await db.select(withOrg).from(experts).innerJoin(orgs, eq(orgs.id, experts.orgId)).where(eq(experts.id, id));
  return row;
}

export async function findExpertByUserId(db: DbOrTx, userId: number): Promise<TExpertRowWithOrg | undefined> {
  const [row] = await db
    .select(withOrg)
    .from(experts)
    .innerJoin(orgs, eq(orgs.id, experts.orgId))
    .where(eq(experts.userId, userId))
    .orderBy(asc(experts.id))
    .limit(1);
  return row;
}

/** Experts already linked to any of these accounts (an account speaks for one expert). */
export async function expertsLinkedToUsers(db: DbOrTx, userIds: number[], exceptExpertId?: number) {
  if (userIds.length === 0) return [];
  const conds: SQL[] = [inArray(experts.userId, userIds)];
  if (exceptExpertId !== undefined) conds.push(ne(experts.id, exceptExpertId));
  return db
    .select({ id: experts.id, userId: experts.userId })
    .from(experts)
    .where(and(...conds));
}

export async function insertExperts(db: DbOrTx, rows: Array<ReturnType<typeof expertRowValues>>) {
  if (rows.length === 0) return [];
  return db.insert(experts).values(rows).returning({ id: experts.id });
}

export async function updateExpertRow(db: DbOrTx, id: number, values: ReturnType<typeof expertRowValues>) {
  await db
    .update(experts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(experts.id, id));
}

export async function deleteExpertRow(db: DbOrTx, id: number) {
  await db.delete(experts).where(eq(experts.id, id));
}

const achievementValues = (expertId: number, a: TAchievementInput) => ({
  expertId,
  kind: a.kind,
  title: a.title,
  abstract: a.abstract ?? null,
  keywords: dedupe(a.keywords),
  year: a.year ?? null,
});

/** Adds achievements of many experts in chunks (one statement per chunk). */
export async function insertAchievements(db: DbOrTx, items: Array<{ expertId: number; achievement: TAchievementInput }>) {
  const CHUNK = 1000;
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    await db.insert(expertAchievements).values(chunk.map((c) => achievementValues(c.expertId, c.achievement)));
  }
}

export async function replaceAchievements(db: DbOrTx, expertId: number, list: TAchievementInput[]) {
  await db.delete(expertAchievements).where(eq(expertAchievements.expertId, expertId));
  await insertAchievements(
    db,
    list.map((achievement) => ({ expertId, achievement })),
  );
}

export async function achievementsOf(db: DbOrTx, expertId: number): Promise<TAchievementRow[]> {
  return db
    .select()
    .from(expertAchievements)
    .where(eq(expertAchievements.expertId, expertId))
    .orderBy(sql`${expertAchievements.year} desc nulls last`, asc(expertAchievements.id));
}

/** Engagements that still need the expert (deleting the profile would lose them). */
export async function countOpenEngagements(db: DbOrTx, expertId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(matches)
    .where(and(eq(matches.expertId, expertId), inArray(matches.status, ['contacted', 'accepted', 'docking', 'signed'])));
  return row?.n ?? 0;
}

/** Public display data of experts by id (for ranked match lists). */
export async function expertCardsByIds(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return new Map<number, { id: number; name: string; unit: string | null; title: string | null; isPublic: boolean; orgId: number }>();
  const rows = await db
    .select({ id: experts.id, name: experts.name, unit: experts.unit, title: experts.title, isPublic: experts.isPublic, orgId: experts.orgId })
    .from(experts)
    .where(inArray(experts.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

function filters(q: TExpertQuery): { where: SQL | undefined; rank?: SQL } {
  const conds: SQL[] = [];
  let rank: SQL | undefined;
  if (q.q) {
    const m = textMatch(q.q, { tsv: experts.searchTsv, name: experts.name, pinyin: experts.namePinyin, initials: experts.nameInitials });
    if (m) {
      conds.push(m.where);
      rank = m.rank;
    }
  }
  if (q.orgId) conds.push(sql`${experts.orgId} in (select id from orgs where path like (select path from orgs where id = ${q.orgId}) || '%')`);
  if (q.discipline) conds.push(sql`${q.discipline} = any(${experts.disciplines})`);
  if (q.industry) conds.push(sql`${q.industry} = any(${experts.industries})`);
  if (q.keyword) conds.push(sql`${q.keyword} = any(${experts.keywords})`);
  if (q.isAcademician) conds.push(eq(experts.isAcademician, q.isAcademician === 'true'));
  if (q.isPublic) conds.push(eq(experts.isPublic, q.isPublic === 'true'));
  if (q.isDemo) conds.push(eq(experts.isDemo, q.isDemo === 'true'));
  return { where: conds.length ? and(...conds) : undefined, rank };
}

const SORT_COLUMNS = { name: experts.namePinyin, createdAt: experts.createdAt, updatedAt: experts.updatedAt };

/** One page of experts (city-wide: every staff member may read the expert pool), plus the total. */
export async function selectExperts(db: DbOrTx, q: TExpertQuery, opts: { limit: number; offset: number }) {
  const { where, rank } = filters(q);
  const order: SQL[] = [];
  if (q.sort) {
    const col = SORT_COLUMNS[q.sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS];
    order.push(q.sort.startsWith('-') ? sql`${col} desc nulls last` : sql`${col} asc nulls last`);
  } else if (rank) {
    order.push(sql`${rank} desc`);
  } else {
    order.push(desc(experts.updatedAt));
  }
  order.push(asc(experts.id));
  const [items, total] = await Promise.all([
    db
      .select(withOrg)
      .from(experts)
      .innerJoin(orgs, eq(orgs.id, experts.orgId))
      .where(where)
      .orderBy(...order)
      .limit(opts.limit)
      .offset(opts.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(experts).where(where),
  ]);
  return { items: items as TExpertRowWithOrg[], total: total[0]?.n ?? 0 };
}

/** For the global search: best matches, id + display fields + rank. */
export async function searchExperts(db: DbOrTx, q: string, limit: number) {
  const m = textMatch(q, { tsv: experts.searchTsv, name: experts.name, pinyin: experts.namePinyin, initials: experts.nameInitials });
  if (!m) return [];
  return db
    .select({ id: experts.id, name: experts.name, unit: experts.unit, title: experts.title, rank: sql<number>`${m.rank}` })
    .from(experts)
    .where(m.where)
    .orderBy(sql`${m.rank} desc`, asc(experts.id))
    .limit(limit);
}

/** Experts by name (with unit and org path): for matching import rows on 姓名 + 工作单位. */
export async function findExpertsByNames(db: DbOrTx, names: string[]) {
  if (names.length === 0) return [];
  const unique = [...new Set(names)];
  const rows: TExpertRowWithOrg[] = [];
  const CHUNK = 5000;
  for (let i = 0; i < unique.length; i += CHUNK) {
    rows.push(
      ...((await db
        .select(withOrg)
        .from(experts)
        .innerJoin(orgs, eq(orgs.id, experts.orgId))
        .where(inArray(experts.name, unique.slice(i, i + CHUNK)))) as TExpertRowWithOrg[]),
    );
  }
  return rows;
}
