import { and, asc, desc, eq, getTableColumns, gte, ilike, inArray, lte, ne, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type DbOrTx, queryRows } from '../../../db/client.js';
import type { TActor } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { programmes, trainings } from './competition.schema.js';
import type { TProgrammeQuery, TTrainingQuery } from './programme.types.js';
import { childCondition, likePattern, orderBy, visibleFromBelowCondition } from './scope.js';

export type TProgrammeRow = typeof programmes.$inferSelect & { orgName: string; orgPath: string };
export type TProgrammeValues = typeof programmes.$inferInsert;
export type TTrainingRow = typeof trainings.$inferSelect & { orgName: string; orgPath: string; programmeName: string; programmeOrgPath: string };
export type TTrainingValues = typeof trainings.$inferInsert;

const withOrg = { ...getTableColumns(programmes), orgName: orgs.name, orgPath: orgs.path };
const porg = alias(orgs, 'porg');
const trainingCols = { ...getTableColumns(trainings), orgName: orgs.name, orgPath: orgs.path, programmeName: programmes.name, programmeOrgPath: porg.path };

export async function findProgrammeById(db: DbOrTx, id: number): Promise<TProgrammeRow | undefined> {
  const [row] = await db.select(withOrg).from(programmes).innerJoin(orgs, eq(orgs.id, programmes.orgId)).where(eq(programmes.id, id));
  return row;
}

export async function findProgrammeByName(db: DbOrTx, orgId: number, name: string, exceptId?: number) {
  const [row] = await db
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.orgId, orgId), eq(programmes.name, name), exceptId ? ne(programmes.id, exceptId) : undefined));
  return row;
}

export async function insertProgrammes(db: DbOrTx, rows: TProgrammeValues[]) {
  if (rows.length === 0) return [];
  return db.insert(programmes).values(rows).returning({ id: programmes.id });
}

export async function updateProgrammeRow(db: DbOrTx, id: number, values: Partial<TProgrammeValues>) {
  await db
    .update(programmes)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(programmes.id, id));
}

export async function deleteProgrammeRow(db: DbOrTx, id: number) {
  await db.delete(programmes).where(eq(programmes.id, id));
}

export async function selectProgrammes(db: DbOrTx, actor: TActor, q: TProgrammeQuery) {
  const conds: SQL[] = [visibleFromBelowCondition(actor, programmes.orgId)];
  if (q.q) conds.push(ilike(programmes.name, likePattern(q.q)));
  if (q.targetGroup) conds.push(eq(programmes.targetGroup, q.targetGroup));
  if (q.isLivelihood) conds.push(eq(programmes.isLivelihood, q.isLivelihood === 'true'));
  if (q.year) conds.push(lte(programmes.startYear, q.year), gte(programmes.endYear, q.year));
  const w = and(...conds);
  const SORTS = { name: programmes.name, startYear: programmes.startYear, targetCount: programmes.targetCount, createdAt: programmes.createdAt };
  const [items, [{ n }]] = await Promise.all([
    db
      .select(withOrg)
      .from(programmes)
      .innerJoin(orgs, eq(orgs.id, programmes.orgId))
      .where(w)
      .orderBy(orderBy(q.sort, SORTS, sql`${programmes.startYear} desc`), desc(programmes.isLivelihood), asc(programmes.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(programmes).where(w),
  ]);
  return { items, total: Number(n) };
}

const trainingVisible = (actor: TActor) => childCondition(actor, trainings.orgId, programmes.orgId);

/** Trainees and trainings per programme, over the trainings the actor may see. */
export async function progressOf(db: DbOrTx, actor: TActor, ids: number[]) {
  const map = new Map<number, { trainees: number; trainings: number }>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({ id: trainings.programmeId, trainees: sql<number>`coalesce(sum(${trainings.traineeCount}), 0)::int`, n: sql<number>`count(*)::int` })
    .from(trainings)
    .innerJoin(programmes, eq(programmes.id, trainings.programmeId))
    .where(and(inArray(trainings.programmeId, ids), trainingVisible(actor)))
    .groupBy(trainings.programmeId);
  for (const r of rows) map.set(r.id, { trainees: Number(r.trainees), trainings: Number(r.n) });
  return map;
}

/**
 * One programme's visible trainings grouped by the county-level district their org lies in (null: the
 * city org itself or a city-level society — 市本级), with every visible district listed even at 0.
 */
export async function progressByDistrict(db: DbOrTx, actor: TActor, programmeId: number) {
  const districtOf = sql`(select d.id from orgs d where d.kind = 'district' and o.path like d.path || '%' order by d.depth desc limit 1)`;
  const visible = trainingVisible(actor);
  const grouped = await queryRows<{ district: number | null; trainees: number; n: number }>(
    db,
    sql`select ${districtOf} as district, coalesce(sum(trainings.trainee_count), 0)::int as trainees, count(*)::int as n
        from trainings join orgs o on o.id = trainings.org_id join programmes on programmes.id = trainings.programme_id
        where trainings.programme_id = ${programmeId} and ${visible}
        group by 1`,
  );
  const districts = await db
    .select({ id: orgs.id, name: orgs.name, shortName: orgs.shortName })
    .from(orgs)
    .where(and(eq(orgs.kind, 'district'), visibleFromBelowCondition(actor, orgs.id)))
    .orderBy(asc(orgs.sortOrder), asc(orgs.id));
  const byYear = await queryRows<{ year: number; trainees: number }>(
    db,
    sql`select extract(year from trainings.held_on)::int as year, coalesce(sum(trainings.trainee_count), 0)::int as trainees
        from trainings join programmes on programmes.id = trainings.programme_id
        where trainings.programme_id = ${programmeId} and ${visible}
        group by 1 order by 1`,
  );
  return { grouped, districts, byYear };
}

function trainingsFrom(db: DbOrTx) {
  return db
    .select(trainingCols)
    .from(trainings)
    .innerJoin(orgs, eq(orgs.id, trainings.orgId))
    .innerJoin(programmes, eq(programmes.id, trainings.programmeId))
    .innerJoin(porg, eq(porg.id, programmes.orgId));
}

export async function findTrainingById(db: DbOrTx, id: number): Promise<TTrainingRow | undefined> {
  const [row] = await trainingsFrom(db).where(eq(trainings.id, id));
  return row;
}

export async function findTrainingByKey(db: DbOrTx, v: { programmeId: number; orgId: number; title: string; heldOn: string }, exceptId?: number) {
  const [row] = await db
    .select({ id: trainings.id })
    .from(trainings)
    .where(
      and(
        eq(trainings.programmeId, v.programmeId),
        eq(trainings.orgId, v.orgId),
        eq(trainings.title, v.title),
        eq(trainings.heldOn, v.heldOn),
        exceptId ? ne(trainings.id, exceptId) : undefined,
      ),
    );
  return row;
}

export async function insertTrainings(db: DbOrTx, rows: TTrainingValues[]) {
  if (rows.length === 0) return [];
  return db.insert(trainings).values(rows).returning({ id: trainings.id });
}

export async function updateTrainingRow(db: DbOrTx, id: number, values: Partial<TTrainingValues>) {
  await db
    .update(trainings)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(trainings.id, id));
}

export async function deleteTrainingRow(db: DbOrTx, id: number) {
  await db.delete(trainings).where(eq(trainings.id, id));
}

export async function selectTrainings(db: DbOrTx, actor: TActor, programmeId: number, q: TTrainingQuery) {
  const conds: SQL[] = [eq(trainings.programmeId, programmeId), trainingVisible(actor)];
  if (q.q) conds.push(ilike(trainings.title, likePattern(q.q)));
  if (q.orgId) conds.push(sql`${trainings.orgId} in (select o.id from orgs o where o.path like (select p.path from orgs p where p.id = ${q.orgId}) || '%')`);
  if (q.year) conds.push(sql`extract(year from ${trainings.heldOn}) = ${q.year}`);
  const w = and(...conds);
  const SORTS = { heldOn: trainings.heldOn, traineeCount: trainings.traineeCount, title: trainings.title, createdAt: trainings.createdAt };
  const [items, [{ n, trainees }]] = await Promise.all([
    trainingsFrom(db)
      .where(w)
      .orderBy(orderBy(q.sort, SORTS, sql`${trainings.heldOn} desc`), desc(trainings.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: sql<number>`count(*)::int`, trainees: sql<number>`coalesce(sum(${trainings.traineeCount}), 0)::int` })
      .from(trainings)
      .innerJoin(programmes, eq(programmes.id, trainings.programmeId))
      .where(w),
  ]);
  return { items, total: Number(n), trainees: Number(trainees) };
}

/** Programmes whose name contains the text, visible like the list (global search). */
export async function searchProgrammeRows(db: DbOrTx, actor: TActor, q: string, limit: number) {
  return db
    .select({ id: programmes.id, name: programmes.name, startYear: programmes.startYear, endYear: programmes.endYear, orgName: orgs.name })
    .from(programmes)
    .innerJoin(orgs, eq(orgs.id, programmes.orgId))
    .where(and(visibleFromBelowCondition(actor, programmes.orgId), ilike(programmes.name, likePattern(q))))
    .orderBy(desc(programmes.startYear), asc(programmes.id))
    .limit(limit);
}
