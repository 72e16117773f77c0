import { and, eq, getTableColumns, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { PROJECT_APPROVED_STATUSES, PROJECT_OPEN_STATUSES, type TProjectStatus, type TResearchType } from '../../../../shared/thinktank-project.js';
import type { DbOrTx } from '../../../db/client.js';
import { scopeCondition, type TActor } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { queryTokens, textMatch } from '../../../platform/search/text.js';
import { experts } from '../../innovation/innovation.schema.js';
import { researchCalls as c, researchProjects as p, researchReports, researchReviews as rv } from './project.schema.js';
import type { TProjectQuery } from './project.types.js';

export type TProjectValues = typeof p.$inferInsert;
export type TCallRow = typeof c.$inferSelect;

const reviewAvg = sql<string | null>`(select avg(r.score)::float8 from research_reviews r where r.project_id = ${p.id} and r.submitted_at is not null)`;
const reviewCount = sql<number>`(select count(*)::int from research_reviews r where r.project_id = ${p.id})`;
const reviewDone = sql<number>`(select count(*)::int from research_reviews r where r.project_id = ${p.id} and r.submitted_at is not null)`;
const paid = sql<string | null>`(select sum(pm.amount)::float8 from research_payments pm where pm.project_id = ${p.id})`;

const cols = {
  ...getTableColumns(p),
  orgName: orgs.name,
  orgPath: orgs.path,
  type: c.type,
  year: c.year,
  round: c.round,
  callTitle: c.title,
  callStatus: c.status,
  deadline: c.deadline,
  maxTeamSize: c.maxTeamSize,
  budgetKey: c.budgetKey,
  budgetGeneral: c.budgetGeneral,
  reviewAvg,
  reviewCount,
  reviewDone,
  paid,
};
export type TProjectRow = Awaited<ReturnType<typeof findProjectById>> & {};

const base = (db: DbOrTx) => db.select(cols).from(p).innerJoin(orgs, eq(orgs.id, p.orgId)).innerJoin(c, eq(c.id, p.callId));

export async function findProjectById(db: DbOrTx, id: number) {
  const [row] = await base(db).where(eq(p.id, id));
  return row;
}

export async function findCallById(db: DbOrTx, id: number): Promise<TCallRow | undefined> {
  const [row] = await db.select().from(c).where(eq(c.id, id));
  return row;
}

export async function lockProjectStatus(db: DbOrTx, id: number): Promise<TProjectStatus | undefined> {
  const [row] = await db.select({ status: p.status }).from(p).where(eq(p.id, id)).for('update');
  return row?.status;
}

export async function updateProjectRow(db: DbOrTx, id: number, values: Partial<TProjectValues>) {
  await db
    .update(p)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(p.id, id));
}

const digits = (phone: string) => phone.replace(/\D/g, '');
/** The same lead: the same phone number, or the same name at the same unit. */
export function sameLead(lead: { leadName: string; leadUnit: string; leadPhone: string }): SQL {
  return or(
    sql`regexp_replace(${p.leadPhone}, '\\D', '', 'g') = ${digits(lead.leadPhone)}`,
    and(eq(p.leadName, lead.leadName.trim()), eq(p.leadUnit, lead.leadUnit.trim())),
  ) as SQL;
}

/** The lead's other applications / projects still open (submitted and not yet 结题, not rejected). */
export async function findOpenOfLead(db: DbOrTx, lead: { leadName: string; leadUnit: string; leadPhone: string }, exceptId?: number) {
  const [row] = await db
    .select({ id: p.id, title: p.title, status: p.status })
    .from(p)
    .where(and(sameLead(lead), inArray(p.status, [...PROJECT_OPEN_STATUSES]), exceptId ? ne(p.id, exceptId) : undefined))
    .limit(1);
  return row;
}

/** The lead's 立项 project of the previous round (same type, the year before) that is not concluded. */
export async function findUnfinishedLastRound(db: DbOrTx, lead: { leadName: string; leadUnit: string; leadPhone: string }, type: TResearchType, year: number) {
  const [row] = await db
    .select({ id: p.id, title: p.title, status: p.status, year: c.year })
    .from(p)
    .innerJoin(c, eq(c.id, p.callId))
    .where(and(sameLead(lead), eq(c.type, type), eq(c.year, year - 1), inArray(p.status, ['approved', 'rectifying', 'midterm', 'failed'])))
    .limit(1);
  return row;
}

/** A report / deliverable of the project matches the query's jieba tokens (full text of deliverables). */
function reportMatch(q: string): SQL {
  const tokens = queryTokens(q.trim().slice(0, 100));
  if (tokens.length === 0) return sql`false`;
  return sql`exists (select 1 from ${researchReports} rr where rr.project_id = ${p.id} and rr.search_tsv @@ plainto_tsquery('simple', ${tokens.join(' ')}))`;
}

/** Descendant condition on the 归口 org. */
const inSubtree = (orgId: number) => sql`${p.orgId} in (select o.id from orgs o where o.path like (select x.path from orgs x where x.id = ${orgId}) || '%')`;

export function projectWhere(actor: TActor, q: Partial<TProjectQuery>): SQL | undefined {
  const conds: (SQL | undefined)[] = [scopeCondition(actor, p.orgId)];
  if (q.q) {
    const m = textMatch(q.q, { tsv: p.searchTsv, name: p.title });
    if (m) {
      const tokens = m.where;
      conds.push(
        or(
          tokens,
          reportMatch(q.q),
          sql`${p.leadName} = ${q.q}`,
        ),
      );
    }
  }
  if (q.type) conds.push(eq(c.type, q.type));
  if (q.year) conds.push(eq(c.year, q.year));
  if (q.callId) conds.push(eq(p.callId, q.callId));
  if (q.status) conds.push(eq(p.status, q.status));
  if (q.stage === 'projects') conds.push(inArray(p.status, [...PROJECT_APPROVED_STATUSES]));
  if (q.stage === 'applications') conds.push(sql`${p.status} not in ('approved', 'rectifying', 'midterm', 'concluded', 'failed', 'funded')`);
  if (q.grade) conds.push(eq(p.grade, q.grade));
  if (q.orgId) conds.push(inSubtree(q.orgId));
  if (q.isDemo) conds.push(eq(p.isDemo, q.isDemo === 'true'));
  return and(...conds);
}

const SORTS: Record<string, SQL> = {
  year: sql`${c.year}`,
  title: sql`${p.title}`,
  submittedAt: sql`${p.submittedAt}`,
  approvedAt: sql`${p.approvedAt}`,
  createdAt: sql`${p.createdAt}`,
  updatedAt: sql`${p.updatedAt}`,
  reviewAvg,
};

function orderOf(sort: string | undefined): SQL {
  const descending = !sort || sort.startsWith('-');
  const col = SORTS[sort ? sort.replace(/^-/, '') : 'updatedAt'] ?? SORTS.updatedAt;
  return descending ? sql`${col} desc nulls last` : sql`${col} asc nulls last`;
}

export async function selectProjects(db: DbOrTx, actor: TActor, q: Partial<TProjectQuery>, page: { limit: number; offset: number }) {
  const w = projectWhere(actor, q);
  const [items, [{ n }]] = await Promise.all([
    base(db).where(w).orderBy(orderOf(q.sort), sql`${p.id} desc`).limit(page.limit).offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(p).innerJoin(c, eq(c.id, p.callId)).where(w),
  ]);
  return { items, total: Number(n) };
}

export async function countProjects(db: DbOrTx, actor: TActor, where: SQL) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(p)
    .innerJoin(c, eq(c.id, p.callId))
    .where(and(scopeCondition(actor, p.orgId), where));
  return Number(row?.n ?? 0);
}

/** The expert record linked to this account (invitations link experts to users the same way). */
export async function expertOfUser(db: DbOrTx, userId: number) {
  const [row] = await db.select({ id: experts.id, name: experts.name }).from(experts).where(eq(experts.userId, userId)).limit(1);
  return row;
}

export async function reviewOf(db: DbOrTx, projectId: number, expertId: number) {
  const [row] = await db
    .select()
    .from(rv)
    .where(and(eq(rv.projectId, projectId), eq(rv.expertId, expertId)));
  return row;
}

export async function searchProjects(db: DbOrTx, actor: TActor, q: string, limit: number) {
  const m = textMatch(q, { tsv: p.searchTsv, name: p.title });
  if (!m) return [];
  const report = reportMatch(q);
  return db
    .select({ id: p.id, title: p.title, leadName: p.leadName, orgName: orgs.name, year: c.year, type: c.type, rank: sql<number>`${m.rank}` })
    .from(p)
    .innerJoin(orgs, eq(orgs.id, p.orgId))
    .innerJoin(c, eq(c.id, p.callId))
    .where(and(scopeCondition(actor, p.orgId), or(m.where, report)))
    .orderBy(sql`${m.rank} desc`, sql`${p.id} desc`)
    .limit(limit);
}
