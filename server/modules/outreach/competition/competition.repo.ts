import { and, asc, desc, eq, getTableColumns, ilike, inArray, isNotNull, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.js';
import { scopeCondition, type TActor } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { competitionEntries, competitions } from './competition.schema.js';
import { RESULTS_GRACE_DAYS, type TCompetitionQuery, type TEntryQuery } from './competition.types.js';
import { childCondition, likePattern, orderBy, visibleFromBelowCondition } from './scope.js';

export type TCompetitionRow = typeof competitions.$inferSelect & { orgName: string; orgPath: string };
export type TCompetitionValues = typeof competitions.$inferInsert;
export type TEntryRow = typeof competitionEntries.$inferSelect & {
  orgName: string;
  orgPath: string;
  competitionTitle: string;
  competitionOrgPath: string;
};
export type TEntryValues = typeof competitionEntries.$inferInsert;

const withOrg = { ...getTableColumns(competitions), orgName: orgs.name, orgPath: orgs.path };
const corg = alias(orgs, 'corg');
const entryCols = {
  ...getTableColumns(competitionEntries),
  orgName: orgs.name,
  orgPath: orgs.path,
  competitionTitle: competitions.title,
  competitionOrgPath: corg.path,
};

export async function findCompetitionById(db: DbOrTx, id: number): Promise<TCompetitionRow | undefined> {
  const [row] = await db.select(withOrg).from(competitions).innerJoin(orgs, eq(orgs.id, competitions.orgId)).where(eq(competitions.id, id));
  return row;
}

export async function findCompetitionByTitle(db: DbOrTx, orgId: number, title: string, exceptId?: number) {
  const [row] = await db
    .select({ id: competitions.id })
    .from(competitions)
    .where(and(eq(competitions.orgId, orgId), eq(competitions.title, title), exceptId ? ne(competitions.id, exceptId) : undefined));
  return row;
}

export async function insertCompetitions(db: DbOrTx, rows: TCompetitionValues[]) {
  if (rows.length === 0) return [];
  return db.insert(competitions).values(rows).returning({ id: competitions.id });
}

export async function updateCompetitionRow(db: DbOrTx, id: number, values: Partial<TCompetitionValues>) {
  await db
    .update(competitions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(competitions.id, id));
}

export async function deleteCompetitionRow(db: DbOrTx, id: number) {
  await db.delete(competitions).where(eq(competitions.id, id));
}

/** Run in the actor's subtree, ended over RESULTS_GRACE_DAYS ago, with entries and no award recorded. */
function awaitingResults(actor: TActor): SQL {
  return sql`${scopeCondition(actor, competitions.orgId)} and ${competitions.endsOn} < (now() at time zone 'Asia/Shanghai')::date - ${RESULTS_GRACE_DAYS}::int
    and exists (select 1 from competition_entries e where e.competition_id = ${competitions.id})
    and not exists (select 1 from competition_entries e where e.competition_id = ${competitions.id} and e.award_grade is not null)`;
}

/** How many competitions wait for their results (the to-do list). */
export async function countAwaitingResults(db: DbOrTx, actor: TActor): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(competitions).where(awaitingResults(actor));
  return Number(n);
}

const entryVisible = (actor: TActor) => childCondition(actor, competitionEntries.orgId, competitions.orgId);

export async function selectCompetitions(db: DbOrTx, actor: TActor, q: TCompetitionQuery) {
  const conds: SQL[] = [visibleFromBelowCondition(actor, competitions.orgId)];
  if (q.q) conds.push(ilike(competitions.title, likePattern(q.q)));
  if (q.series) conds.push(eq(competitions.series, q.series));
  if (q.level) conds.push(eq(competitions.level, q.level));
  if (q.year) conds.push(eq(competitions.year, q.year));
  if (q.orgId) conds.push(sql`${competitions.orgId} in (select o.id from orgs o where o.path like (select p.path from orgs p where p.id = ${q.orgId}) || '%')`);
  if (q.awaitingResults) conds.push(awaitingResults(actor));
  const w = and(...conds);
  const SORTS = { year: competitions.year, title: competitions.title, startsOn: competitions.startsOn, createdAt: competitions.createdAt };
  const [items, [{ n }]] = await Promise.all([
    db
      .select(withOrg)
      .from(competitions)
      .innerJoin(orgs, eq(orgs.id, competitions.orgId))
      .where(w)
      .orderBy(orderBy(q.sort, SORTS, sql`${competitions.year} desc`), asc(competitions.series), desc(competitions.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(competitions).where(w),
  ]);
  return { items, total: Number(n) };
}

/** Entries and awards per competition, counting only the entries the actor may see. */
export async function entryCountsOf(db: DbOrTx, actor: TActor, ids: number[]) {
  const map = new Map<number, { entries: number; awards: number }>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({
      id: competitionEntries.competitionId,
      entries: sql<number>`count(*)::int`,
      awards: sql<number>`count(${competitionEntries.awardGrade})::int`,
    })
    .from(competitionEntries)
    .innerJoin(competitions, eq(competitions.id, competitionEntries.competitionId))
    .where(and(inArray(competitionEntries.competitionId, ids), entryVisible(actor)))
    .groupBy(competitionEntries.competitionId);
  for (const r of rows) map.set(r.id, { entries: Number(r.entries), awards: Number(r.awards) });
  return map;
}

function entriesFrom(db: DbOrTx) {
  return db
    .select(entryCols)
    .from(competitionEntries)
    .innerJoin(orgs, eq(orgs.id, competitionEntries.orgId))
    .innerJoin(competitions, eq(competitions.id, competitionEntries.competitionId))
    .innerJoin(corg, eq(corg.id, competitions.orgId));
}

export async function findEntryById(db: DbOrTx, id: number): Promise<TEntryRow | undefined> {
  const [row] = await entriesFrom(db).where(eq(competitionEntries.id, id));
  return row;
}

export async function findEntryByKey(db: DbOrTx, competitionId: number, title: string, school: string, exceptId?: number) {
  const [row] = await db
    .select({ id: competitionEntries.id })
    .from(competitionEntries)
    .where(
      and(
        eq(competitionEntries.competitionId, competitionId),
        eq(competitionEntries.title, title),
        eq(competitionEntries.school, school),
        exceptId ? ne(competitionEntries.id, exceptId) : undefined,
      ),
    );
  return row;
}

/** Ids of the existing entries of a competition by "title|school" (the import's natural key). */
export async function entryKeysOf(db: DbOrTx, competitionId: number): Promise<Map<string, TEntryRow>> {
  const rows = await entriesFrom(db).where(eq(competitionEntries.competitionId, competitionId));
  return new Map(rows.map((r) => [`${r.title}|${r.school}`, r]));
}

export async function insertEntries(db: DbOrTx, rows: TEntryValues[]) {
  if (rows.length === 0) return [];
  return db.insert(competitionEntries).values(rows).returning({ id: competitionEntries.id });
}

export async function updateEntryRow(db: DbOrTx, id: number, values: Partial<TEntryValues>) {
  await db
    .update(competitionEntries)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(competitionEntries.id, id));
}

export async function deleteEntryRow(db: DbOrTx, id: number) {
  await db.delete(competitionEntries).where(eq(competitionEntries.id, id));
}

export async function selectEntries(db: DbOrTx, actor: TActor, competitionId: number, q: TEntryQuery, page?: { limit: number; offset: number }) {
  const conds: SQL[] = [eq(competitionEntries.competitionId, competitionId), entryVisible(actor)];
  if (q.q) {
    const p = likePattern(q.q);
    conds.push(or(ilike(competitionEntries.title, p), ilike(competitionEntries.school, p), ilike(competitionEntries.instructor, p))!);
  }
  if (q.orgId) conds.push(sql`${competitionEntries.orgId} in (select o.id from orgs o where o.path like (select p.path from orgs p where p.id = ${q.orgId}) || '%')`);
  if (q.awardLevel) conds.push(eq(competitionEntries.awardLevel, q.awardLevel));
  if (q.awarded) conds.push(q.awarded === 'true' ? isNotNull(competitionEntries.awardGrade) : isNull(competitionEntries.awardGrade));
  const w = and(...conds);
  const levelOrder = sql`array_position(array['national','provincial','municipal','county']::text[], ${competitionEntries.awardLevel}) nulls last`;
  const gradeOrder = sql`array_position(array['金奖','一等奖','银奖','二等奖','铜奖','三等奖','优秀奖']::text[], ${competitionEntries.awardGrade}) nulls last`;
  const SORTS = {
    title: competitionEntries.title,
    school: competitionEntries.school,
    awardLevel: levelOrder,
    announcedOn: competitionEntries.announcedOn,
    createdAt: competitionEntries.createdAt,
  };
  const limit = page?.limit ?? q.pageSize;
  const offset = page?.offset ?? (q.page - 1) * q.pageSize;
  const [items, counts] = await Promise.all([
    entriesFrom(db)
      .where(w)
      .orderBy(orderBy(q.sort, SORTS, levelOrder), gradeOrder, asc(competitionEntries.title), asc(competitionEntries.id))
      .limit(limit)
      .offset(offset),
    db
      .select({ level: competitionEntries.awardLevel, n: sql<number>`count(*)::int` })
      .from(competitionEntries)
      .innerJoin(competitions, eq(competitions.id, competitionEntries.competitionId))
      .where(w)
      .groupBy(competitionEntries.awardLevel),
  ]);
  const byAwardLevel: Record<string, number> = {};
  let total = 0;
  for (const c of counts) {
    total += Number(c.n);
    if (c.level) byAwardLevel[c.level] = Number(c.n);
  }
  return { items, total, byAwardLevel };
}

/** Awarded entries for the portal: school, district and award (no names). */
export async function selectPublicResults(db: DbOrTx, q: { year?: number; series?: string; page: number; pageSize: number }) {
  const conds: SQL[] = [isNotNull(competitionEntries.awardGrade)];
  if (q.year) conds.push(eq(competitions.year, q.year));
  if (q.series) conds.push(sql`${competitions.series} = ${q.series}`);
  const w = and(...conds);
  const levelOrder = sql`array_position(array['national','provincial','municipal','county']::text[], ${competitionEntries.awardLevel})`;
  const [items, [{ n }], years] = await Promise.all([
    db
      .select({
        competitionTitle: competitions.title,
        series: competitions.series,
        year: competitions.year,
        title: competitionEntries.title,
        school: competitionEntries.school,
        // the county-level district the entrant's org lies in (a township's entry shows its district)
        district: sql<string>`coalesce((select coalesce(d.short_name, d.name) from orgs d where d.kind = 'district' and ${orgs.path} like d.path || '%' limit 1), ${orgs.shortName}, ${orgs.name})`,
        awardLevel: competitionEntries.awardLevel,
        awardGrade: competitionEntries.awardGrade,
        announcedOn: competitionEntries.announcedOn,
      })
      .from(competitionEntries)
      .innerJoin(competitions, eq(competitions.id, competitionEntries.competitionId))
      .innerJoin(orgs, eq(orgs.id, competitionEntries.orgId))
      .where(w)
      .orderBy(desc(competitions.year), levelOrder, asc(competitions.title), asc(competitionEntries.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(competitionEntries)
      .innerJoin(competitions, eq(competitions.id, competitionEntries.competitionId))
      .where(w),
    db
      .selectDistinct({ year: competitions.year })
      .from(competitions)
      .innerJoin(competitionEntries, eq(competitionEntries.competitionId, competitions.id))
      .where(isNotNull(competitionEntries.awardGrade))
      .orderBy(desc(competitions.year)),
  ]);
  return { items, total: Number(n), years: years.map((y) => y.year) };
}

/** Competitions whose title contains the text, visible like the list (global search). */
export async function searchCompetitionRows(db: DbOrTx, actor: TActor, q: string, limit: number) {
  return db
    .select({ id: competitions.id, title: competitions.title, year: competitions.year, orgName: orgs.name })
    .from(competitions)
    .innerJoin(orgs, eq(orgs.id, competitions.orgId))
    .where(and(visibleFromBelowCondition(actor, competitions.orgId), ilike(competitions.title, likePattern(q))))
    .orderBy(desc(competitions.year), asc(competitions.id))
    .limit(limit);
}
