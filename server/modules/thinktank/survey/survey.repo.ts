import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../../db/client.js';
import { scopeCondition, type TActor } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { ttSurveyAnswers as ans, ttSurveyCampaigns as c, ttSurveyCodeBatches as b, ttSurveyCodes as codes, ttSurveyQuestionnaires as qn, ttSurveyStations as st } from './survey.schema.js';

// The only SQL of the survey sub-domain.

export type TQuestionnaireRow = typeof qn.$inferSelect & { orgName: string; orgPath: string; answerCount: number; campaignCount: number };
export type TCampaignRow = typeof c.$inferSelect & { orgName: string; orgPath: string; questionnaireTitle: string };
export type TStationRow = typeof st.$inferSelect & { orgName: string; orgPath: string };

const qnCols = {
  id: qn.id,
  orgId: qn.orgId,
  title: qn.title,
  description: qn.description,
  version: qn.version,
  definition: qn.definition,
  createdBy: qn.createdBy,
  isDemo: qn.isDemo,
  createdAt: qn.createdAt,
  updatedAt: qn.updatedAt,
  orgName: orgs.name,
  orgPath: orgs.path,
  answerCount: sql<number>`(select count(*)::int from tt_survey_answers a join tt_survey_campaigns c2 on c2.id = a.campaign_id where c2.questionnaire_id = ${qn.id})`,
  campaignCount: sql<number>`(select count(*)::int from tt_survey_campaigns c3 where c3.questionnaire_id = ${qn.id})`,
};

export async function findQuestionnaire(db: DbOrTx, id: number): Promise<TQuestionnaireRow | undefined> {
  const [row] = await db.select(qnCols).from(qn).innerJoin(orgs, eq(orgs.id, qn.orgId)).where(eq(qn.id, id));
  return row ? { ...row, answerCount: Number(row.answerCount), campaignCount: Number(row.campaignCount) } : undefined;
}

export async function selectQuestionnaires(db: DbOrTx, actor: TActor, q: { q?: string; limit: number; offset: number }) {
  const w = and(scopeCondition(actor, qn.orgId), q.q ? sql`${qn.title} ilike ${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`}` : undefined);
  const [items, [{ n }]] = await Promise.all([
    db.select(qnCols).from(qn).innerJoin(orgs, eq(orgs.id, qn.orgId)).where(w).orderBy(desc(qn.updatedAt), desc(qn.id)).limit(q.limit).offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(qn).where(w),
  ]);
  return { items: items.map((r) => ({ ...r, answerCount: Number(r.answerCount), campaignCount: Number(r.campaignCount) })), total: Number(n) };
}

export async function insertQuestionnaire(db: DbOrTx, v: typeof qn.$inferInsert) {
  const [row] = await db.insert(qn).values(v).returning({ id: qn.id });
  return row.id;
}

export async function updateQuestionnaireRow(db: DbOrTx, id: number, v: Partial<typeof qn.$inferInsert>) {
  await db
    .update(qn)
    .set({ ...v, updatedAt: new Date() })
    .where(eq(qn.id, id));
}

/** Answers of every campaign using the questionnaire, counted under a lock on it (so a save and a submit do not race). */
export async function lockQuestionnaireAnswers(db: DbOrTx, id: number): Promise<number> {
  await db.select({ id: qn.id }).from(qn).where(eq(qn.id, id)).for('update');
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ans)
    .innerJoin(c, eq(c.id, ans.campaignId))
    .where(eq(c.questionnaireId, id));
  return Number(n);
}

const campCols = {
  id: c.id,
  orgId: c.orgId,
  questionnaireId: c.questionnaireId,
  title: c.title,
  description: c.description,
  opensOn: c.opensOn,
  closesOn: c.closesOn,
  closedAt: c.closedAt,
  createdBy: c.createdBy,
  isDemo: c.isDemo,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
  orgName: orgs.name,
  orgPath: orgs.path,
  questionnaireTitle: qn.title,
};
const campBase = (db: DbOrTx) => db.select(campCols).from(c).innerJoin(orgs, eq(orgs.id, c.orgId)).innerJoin(qn, eq(qn.id, c.questionnaireId));

export async function findCampaign(db: DbOrTx, id: number): Promise<TCampaignRow | undefined> {
  const [row] = await campBase(db).where(eq(c.id, id));
  return row;
}

/** Campaigns the actor sees: organized in the subtree, or with a station in it. */
export function campaignVisible(actor: TActor): SQL {
  return sql`(${scopeCondition(actor, c.orgId)} or exists (select 1 from tt_survey_stations s where s.campaign_id = ${c.id} and ${scopeCondition(actor, sql`s.org_id`)}))`;
}

export async function selectCampaigns(db: DbOrTx, actor: TActor, q: { q?: string; limit: number; offset: number }) {
  const w = and(campaignVisible(actor), q.q ? sql`${c.title} ilike ${`%${q.q.replace(/[%_\\]/g, '\\$&')}%`}` : undefined);
  const [items, [{ n }]] = await Promise.all([
    campBase(db).where(w).orderBy(desc(c.opensOn), desc(c.id)).limit(q.limit).offset(q.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(c).where(w),
  ]);
  return { items, total: Number(n) };
}

export async function insertCampaign(db: DbOrTx, v: typeof c.$inferInsert) {
  const [row] = await db.insert(c).values(v).returning({ id: c.id });
  return row.id;
}

export async function updateCampaignRow(db: DbOrTx, id: number, v: Partial<typeof c.$inferInsert>) {
  await db
    .update(c)
    .set({ ...v, updatedAt: new Date() })
    .where(eq(c.id, id));
}

const stCols = {
  id: st.id,
  campaignId: st.campaignId,
  orgId: st.orgId,
  name: st.name,
  type: st.type,
  quota: st.quota,
  quotaMet: st.quotaMet,
  isDemo: st.isDemo,
  createdAt: st.createdAt,
  updatedAt: st.updatedAt,
  orgName: orgs.name,
  orgPath: orgs.path,
};

export async function findStation(db: DbOrTx, id: number): Promise<TStationRow | undefined> {
  const [row] = await db.select(stCols).from(st).innerJoin(orgs, eq(orgs.id, st.orgId)).where(eq(st.id, id));
  return row;
}

export async function selectStations(db: DbOrTx, campaignId: number, actor: TActor | null): Promise<TStationRow[]> {
  return db
    .select(stCols)
    .from(st)
    .innerJoin(orgs, eq(orgs.id, st.orgId))
    .where(and(eq(st.campaignId, campaignId), actor ? scopeCondition(actor, st.orgId) : undefined))
    .orderBy(asc(st.id));
}

export async function stationNameTaken(db: DbOrTx, campaignId: number, name: string, exceptId?: number) {
  const [row] = await db
    .select({ id: st.id })
    .from(st)
    .where(and(eq(st.campaignId, campaignId), eq(st.name, name), exceptId ? sql`${st.id} <> ${exceptId}` : undefined));
  return !!row;
}

export async function insertStations(db: DbOrTx, rows: Array<typeof st.$inferInsert>) {
  if (rows.length === 0) return [];
  return db.insert(st).values(rows).returning({ id: st.id });
}

export async function updateStationRow(db: DbOrTx, id: number, v: Partial<typeof st.$inferInsert>) {
  await db
    .update(st)
    .set({ ...v, updatedAt: new Date() })
    .where(eq(st.id, id));
}

export async function setQuotaMet(db: DbOrTx, campaignId: number) {
  await db.execute(sql`update tt_survey_stations s set quota_met = (select count(*) from tt_survey_answers a where a.station_id = s.id) >= s.quota, updated_at = now()
    where s.campaign_id = ${campaignId}`);
}

/** Per station: answers, codes generated / allocated / used. */
export async function stationCounts(db: DbOrTx, stationIds: number[]) {
  if (stationIds.length === 0) return new Map<number, { answers: number; codes: number; allocated: number; used: number }>();
  const [a, k] = await Promise.all([
    db.select({ id: ans.stationId, n: sql<number>`count(*)::int` }).from(ans).where(inArray(ans.stationId, stationIds)).groupBy(ans.stationId),
    db
      .select({
        id: codes.stationId,
        n: sql<number>`count(*)::int`,
        allocated: sql<number>`count(${codes.batchId})::int`,
        used: sql<number>`count(*) filter (where ${codes.isUsed})::int`,
      })
      .from(codes)
      .where(inArray(codes.stationId, stationIds))
      .groupBy(codes.stationId),
  ]);
  const out = new Map(stationIds.map((id) => [id, { answers: 0, codes: 0, allocated: 0, used: 0 }]));
  for (const r of a) out.get(r.id)!.answers = Number(r.n);
  for (const r of k) Object.assign(out.get(r.id)!, { codes: Number(r.n), allocated: Number(r.allocated), used: Number(r.used) });
  return out;
}

export async function insertCodes(db: DbOrTx, rows: Array<typeof codes.$inferInsert>) {
  if (rows.length === 0) return [];
  return db.insert(codes).values(rows).onConflictDoNothing().returning({ id: codes.id });
}

/** Unallocated codes of a station, oldest first, locked for the allocation. */
export async function freeCodes(db: DbOrTx, stationId: number, n: number) {
  return db
    .select({ id: codes.id })
    .from(codes)
    .where(and(eq(codes.stationId, stationId), sql`${codes.batchId} is null`, eq(codes.isUsed, false)))
    .orderBy(asc(codes.id))
    .limit(n)
    .for('update');
}

export async function insertBatch(db: DbOrTx, v: typeof b.$inferInsert) {
  const [row] = await db.insert(b).values(v).returning({ id: b.id, allocatedAt: b.allocatedAt });
  return row;
}

export async function assignBatch(db: DbOrTx, batchId: number, ids: number[]) {
  await db.update(codes).set({ batchId }).where(inArray(codes.id, ids));
}

export async function selectBatches(db: DbOrTx, stationIds: number[]) {
  if (stationIds.length === 0) return [];
  return queryRows<{ id: number; stationId: number; recipient: string; note: string | null; count: number; allocatedAt: string; allocatedByName: string | null; used: number }>(
    db,
    sql`select b.id, b.station_id as "stationId", b.recipient, b.note, b.count, b.allocated_at as "allocatedAt", u.display_name as "allocatedByName",
          (select count(*)::int from tt_survey_codes k where k.batch_id = b.id and k.is_used) as used
        from tt_survey_code_batches b left join users u on u.id = b.allocated_by
        where b.station_id in (${sql.join(stationIds.map((i) => sql`${i}`), sql`, `)}) order by b.id desc`,
  );
}

export async function findBatch(db: DbOrTx, id: number) {
  const [row] = await db.select().from(b).where(eq(b.id, id));
  return row;
}

export async function batchCodes(db: DbOrTx, batchId: number) {
  return db.select({ code: codes.code, isUsed: codes.isUsed }).from(codes).where(eq(codes.batchId, batchId)).orderBy(asc(codes.id));
}

/** The code for a submission, locked. */
export async function lockCode(db: DbOrTx, code: string) {
  const [row] = await db.select({ id: codes.id, stationId: codes.stationId, isUsed: codes.isUsed }).from(codes).where(eq(codes.code, code)).for('update');
  return row;
}

export async function markCodeUsed(db: DbOrTx, id: number) {
  await db.update(codes).set({ isUsed: true }).where(eq(codes.id, id));
}

export async function insertAnswer(db: DbOrTx, v: typeof ans.$inferInsert) {
  await db.insert(ans).values(v);
}

export async function selectAnswers(db: DbOrTx, campaignId: number, stationIds: number[]) {
  if (stationIds.length === 0) return [];
  return db
    .select({ id: ans.id, stationId: ans.stationId, submittedOn: ans.submittedOn, answers: ans.answers })
    .from(ans)
    .where(and(eq(ans.campaignId, campaignId), inArray(ans.stationId, stationIds)))
    .orderBy(asc(ans.submittedOn), asc(ans.id));
}

/** Answers per station per day. */
export async function dailyAnswers(db: DbOrTx, campaignId: number, stationIds: number[]) {
  if (stationIds.length === 0) return [];
  return db
    .select({ stationId: ans.stationId, day: ans.submittedOn, n: sql<number>`count(*)::int` })
    .from(ans)
    .where(and(eq(ans.campaignId, campaignId), inArray(ans.stationId, stationIds)))
    .groupBy(ans.stationId, ans.submittedOn)
    .orderBy(asc(ans.submittedOn));
}
