import { and, asc, desc, eq, getTableColumns, gte, inArray, lte, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { TARGET_GROUPS } from '../../../../shared/outreach.js';
import type { TActivityStatus } from '../../../../shared/outreach-activity.js';
import type { DbOrTx } from '../../../db/client.js';
import { scopeCondition, type TActor } from '../../../platform/auth/policy.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { textMatch } from '../../../platform/search/text.js';
import { outreachActivities as a } from './activity.schema.js';
import { summaryDueDays } from './activity.settings.js';
import type { TActivityQuery, TActivityTotalsQuery } from './activity.types.js';

export type TActivityValues = typeof a.$inferInsert;
const district = alias(orgs, 'district');
const cols = { ...getTableColumns(a), orgName: orgs.name, orgPath: orgs.path, orgParentId: orgs.parentId, districtName: district.name };
export type TActivityRow = typeof a.$inferSelect & { orgName: string; orgPath: string; orgParentId: number | null; districtName: string | null };

/** Summary not in and its due date (end date + N days) passed. */
export function overdueCondition(today = todayInChina(), days = summaryDueDays()): SQL {
  return sql`(${a.status} in ('filed', 'held') and ${a.endDate} + ${days}::int < ${today}::date)`;
}

const base = (db: DbOrTx) => db.select(cols).from(a).innerJoin(orgs, eq(orgs.id, a.orgId)).leftJoin(district, eq(district.id, a.districtOrgId));

export async function findActivityById(db: DbOrTx, id: number): Promise<TActivityRow | undefined> {
  const [row] = await base(db).where(eq(a.id, id));
  return row;
}

/** The same org, title and start date: the same activity filed twice. */
export async function findDuplicate(db: DbOrTx, orgId: number, title: string, startDate: string, exceptId?: number) {
  const [row] = await db
    .select({ id: a.id })
    .from(a)
    .where(and(eq(a.orgId, orgId), eq(a.title, title), eq(a.startDate, startDate), exceptId ? ne(a.id, exceptId) : undefined))
    .limit(1);
  return row;
}

export async function duplicatesAmong(db: DbOrTx, keys: Array<{ orgId: number; title: string; startDate: string }>) {
  if (keys.length === 0) return new Set<string>();
  const rows = await db
    .select({ orgId: a.orgId, title: a.title, startDate: a.startDate })
    .from(a)
    .where(inArray(a.orgId, [...new Set(keys.map((k) => k.orgId))]));
  return new Set(rows.map((r) => `${r.orgId}|${r.title}|${r.startDate}`));
}

export async function insertActivities(db: DbOrTx, rows: TActivityValues[]) {
  if (rows.length === 0) return [];
  return db.insert(a).values(rows).returning({ id: a.id });
}

export async function updateActivityRow(db: DbOrTx, id: number, values: Partial<TActivityValues>) {
  await db
    .update(a)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(a.id, id));
}

export async function deleteActivityRow(db: DbOrTx, id: number) {
  await db.delete(a).where(eq(a.id, id));
}

export async function lockActivityStatus(db: DbOrTx, id: number): Promise<TActivityStatus | undefined> {
  const [row] = await db.select({ status: a.status }).from(a).where(eq(a.id, id)).for('update');
  return row?.status;
}

/** Descendant condition on the organizer org. */
const inSubtree = (orgId: number) => sql`${a.orgId} in (select o.id from orgs o where o.path like (select p.path from orgs p where p.id = ${orgId}) || '%')`;

export function activityWhere(actor: TActor, q: Partial<TActivityTotalsQuery>): SQL | undefined {
  const conds: (SQL | undefined)[] = [scopeCondition(actor, a.orgId)];
  if (q.q) {
    const m = textMatch(q.q, { tsv: a.searchTsv, name: a.title });
    if (m) conds.push(m.where);
  }
  if (q.status) conds.push(eq(a.status, q.status));
  if (q.type) conds.push(eq(a.type, q.type));
  if (q.targetGroup) conds.push(sql`${q.targetGroup}::text = any(${a.targetGroups})`);
  if (q.districtId) conds.push(eq(a.districtOrgId, q.districtId));
  if (q.orgId) conds.push(inSubtree(q.orgId));
  if (q.from) conds.push(gte(a.startDate, q.from));
  if (q.to) conds.push(lte(a.startDate, q.to));
  if (q.overdue === 'true') conds.push(overdueCondition());
  if (q.overdue === 'false') conds.push(sql`not ${overdueCondition()}`);
  if (q.isDemo) conds.push(eq(a.isDemo, q.isDemo === 'true'));
  return and(...conds);
}

const SORTS = { startDate: a.startDate, title: a.title, plannedParticipants: a.plannedParticipants, createdAt: a.createdAt, updatedAt: a.updatedAt };

function orderOf(sort: string | undefined): SQL {
  if (!sort) return sql`${a.startDate} desc`;
  const descending = sort.startsWith('-');
  const col = SORTS[(descending ? sort.slice(1) : sort) as keyof typeof SORTS];
  if (!col) return sql`${a.startDate} desc`;
  return descending ? sql`${col} desc nulls last` : sql`${col} asc nulls last`;
}

export async function selectActivities(db: DbOrTx, actor: TActor, q: TActivityQuery, page: { limit: number; offset: number }) {
  const w = activityWhere(actor, q);
  const [items, [{ n }]] = await Promise.all([
    base(db).where(w).orderBy(orderOf(q.sort), desc(a.id)).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(a).where(w),
  ]);
  return { items, total: Number(n) };
}

/** Counts and participants by district, type, month and target group, over the filtered rows. */
export async function selectTotals(db: DbOrTx, actor: TActor, q: TActivityTotalsQuery) {
  const w = activityWhere(actor, q);
  const people = sql<number>`coalesce(sum(coalesce(${a.actualParticipants}, ${a.plannedParticipants}, 0)), 0)::float8`;
  const n = sql<number>`count(*)::int`;
  const [byDistrict, byType, byMonth, byGroup] = await Promise.all([
    db.select({ key: a.districtOrgId, n, people }).from(a).where(w).groupBy(a.districtOrgId),
    db.select({ key: a.type, n, people }).from(a).where(w).groupBy(a.type),
    db
      .select({ key: sql<string>`to_char(${a.startDate}, 'YYYY-MM')`, n, people })
      .from(a)
      .where(w)
      .groupBy(sql`to_char(${a.startDate}, 'YYYY-MM')`),
    db
      .select(
        Object.fromEntries(
          TARGET_GROUPS.flatMap((g) => [
            [g, sql<number>`count(*) filter (where ${g}::text = any(${a.targetGroups}))::int`],
            [`${g}_people`, sql<number>`coalesce(sum(coalesce(${a.actualParticipants}, ${a.plannedParticipants}, 0)) filter (where ${g}::text = any(${a.targetGroups})), 0)::float8`],
          ]),
        ) as Record<string, SQL<number>>,
      )
      .from(a)
      .where(w),
  ]);
  const g = byGroup[0] as Record<string, number> | undefined;
  return { byDistrict, byType, byMonth, byGroup: TARGET_GROUPS.map((key) => ({ key, n: Number(g?.[key] ?? 0), people: Number(g?.[`${key}_people`] ?? 0) })) };
}

/** The county-level orgs (县区), in tree order. */
export async function districtOrgs(db: DbOrTx) {
  return db.select({ id: orgs.id, name: orgs.name, path: orgs.path }).from(orgs).where(eq(orgs.kind, 'district')).orderBy(asc(orgs.sortOrder), asc(orgs.id));
}

/** The org's county-level ancestor (itself when it is one). */
export async function districtOf(db: DbOrTx, orgId: number): Promise<number | null> {
  const [row] = await db
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(eq(orgs.kind, 'district'), sql`(select p.path from orgs p where p.id = ${orgId}) like ${orgs.path} || '%'`))
    .limit(1);
  return row?.id ?? null;
}

export async function searchActivities(db: DbOrTx, actor: TActor, q: string, limit: number) {
  const m = textMatch(q, { tsv: a.searchTsv, name: a.title });
  if (!m) return [];
  return db
    .select({ id: a.id, title: a.title, startDate: a.startDate, orgName: orgs.name, venue: a.venue, rank: sql<number>`${m.rank}` })
    .from(a)
    .innerJoin(orgs, eq(orgs.id, a.orgId))
    .where(and(scopeCondition(actor, a.orgId), m.where))
    .orderBy(sql`${m.rank} desc`, desc(a.startDate))
    .limit(limit);
}

// ---- public calendar: approved, public rows only
export const PUBLIC_CONDITION = sql`(${a.isPublic} and ${a.status} in ('filed', 'held', 'summarized'))`;

export async function selectPublicActivities(
  db: DbOrTx,
  q: { from?: string; to?: string; districtId?: number; type?: string; q?: string },
  page: { limit: number; offset: number },
) {
  const conds: (SQL | undefined)[] = [PUBLIC_CONDITION];
  conds.push(gte(a.endDate, q.from ?? todayInChina()));
  if (q.to) conds.push(lte(a.startDate, q.to));
  if (q.districtId) conds.push(eq(a.districtOrgId, q.districtId));
  if (q.type) conds.push(sql`${a.type} = ${q.type}`);
  if (q.q) {
    const m = textMatch(q.q, { tsv: a.searchTsv, name: a.title });
    if (m) conds.push(m.where);
  }
  const w = and(...conds);
  const [items, [{ n }]] = await Promise.all([
    base(db).where(w).orderBy(asc(a.startDate), asc(a.id)).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(a).where(w),
  ]);
  return { items, total: Number(n) };
}

export async function findPublicActivity(db: DbOrTx, id: number): Promise<TActivityRow | undefined> {
  const [row] = await base(db).where(and(eq(a.id, id), PUBLIC_CONDITION));
  return row;
}

// ---- to-dos
export async function countActivities(db: DbOrTx, actor: TActor, where: SQL) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(a)
    .where(and(scopeCondition(actor, a.orgId), where));
  return Number(row?.n ?? 0);
}
export const activityTable = a;
