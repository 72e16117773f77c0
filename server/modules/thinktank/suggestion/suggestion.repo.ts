import { and, asc, desc, eq, getTableColumns, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { scopeCondition, type TActor } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { ttInstructions, ttIssueRecipients, ttSuggestionIssues, ttSuggestions as s } from './suggestion.schema.js';
import type { TSuggestionQuery } from './suggestion.types.js';

export type TSuggestionValues = typeof s.$inferInsert;
export type TSuggestionRow = typeof s.$inferSelect & {
  orgName: string;
  orgPath: string;
  issueYear: number | null;
  issueNumber: number | null;
  issueDate: string | null;
  instructionCount: number;
};

const cols = {
  ...getTableColumns(s),
  orgName: orgs.name,
  orgPath: orgs.path,
  issueYear: ttSuggestionIssues.year,
  issueNumber: ttSuggestionIssues.number,
  issueDate: ttSuggestionIssues.issueDate,
  instructionCount: sql<number>`(select count(*)::int from tt_suggestion_instructions i where i.suggestion_id = ${s.id})`,
};
const base = (db: DbOrTx) => db.select(cols).from(s).innerJoin(orgs, eq(orgs.id, s.orgId)).leftJoin(ttSuggestionIssues, eq(ttSuggestionIssues.id, s.issueId));

export async function findSuggestion(db: DbOrTx, id: number): Promise<TSuggestionRow | undefined> {
  const [row] = await base(db).where(eq(s.id, id));
  return row;
}

export async function lockSuggestionStatus(db: DbOrTx, id: number) {
  const [row] = await db.select({ status: s.status }).from(s).where(eq(s.id, id)).for('update');
  return row?.status;
}

export async function updateSuggestionRow(db: DbOrTx, id: number, values: Partial<TSuggestionValues>) {
  await db
    .update(s)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(s.id, id));
}

const inSubtree = (orgId: number) => sql`${s.orgId} in (select o.id from orgs o where o.path like (select p.path from orgs p where p.id = ${orgId}) || '%')`;

export function suggestionWhere(actor: TActor, q: Partial<TSuggestionQuery>): SQL | undefined {
  const conds: (SQL | undefined)[] = [scopeCondition(actor, s.orgId)];
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conds.push(sql`(${s.title} ilike ${like} or ${s.authorName} ilike ${like} or ${s.authorUnit} ilike ${like})`);
  }
  if (q.status) conds.push(eq(s.status, q.status));
  if (q.year) conds.push(sql`extract(year from (${s.submittedAt} at time zone 'Asia/Shanghai')) = ${q.year}`);
  if (q.orgId) conds.push(inSubtree(q.orgId));
  if (q.issueId) conds.push(eq(s.issueId, q.issueId));
  if (q.recommendation) conds.push(eq(s.recommendation, q.recommendation));
  if (q.available === 'true') conds.push(and(eq(s.status, 'reviewed'), isNull(s.issueId), ne(s.recommendation, 'reject')));
  return and(...conds);
}

const SORTS = { submittedAt: s.submittedAt, title: s.title, charCount: s.charCount, updatedAt: s.updatedAt };
function orderOf(sort: string | undefined): SQL {
  const descending = !sort || sort.startsWith('-');
  const col = SORTS[((sort ?? '-submittedAt').replace(/^-/, '') as keyof typeof SORTS)] ?? s.submittedAt;
  return descending ? sql`${col} desc nulls last` : sql`${col} asc nulls last`;
}

export async function selectSuggestions(db: DbOrTx, actor: TActor, q: Partial<TSuggestionQuery>, page?: { limit: number; offset: number }) {
  const w = suggestionWhere(actor, q);
  const query = base(db).where(w).orderBy(orderOf(q.sort), desc(s.id));
  const [items, [{ n }]] = await Promise.all([
    page ? query.limit(page.limit).offset(page.offset) : query.limit(10_000),
    db.select({ n: sql<number>`count(*)::int` }).from(s).where(w),
  ]);
  return { items: items as TSuggestionRow[], total: Number(n) };
}

export async function selectMySuggestions(db: DbOrTx, userId: number) {
  return (await base(db).where(eq(s.authorUserId, userId)).orderBy(desc(s.submittedAt), desc(s.id))) as TSuggestionRow[];
}

export async function selectIssueSuggestions(db: DbOrTx, issueId: number) {
  return (await base(db).where(eq(s.issueId, issueId)).orderBy(asc(s.issuePosition), asc(s.id))) as TSuggestionRow[];
}

export async function instructionsOf(db: DbOrTx, suggestionIds: number[]) {
  if (suggestionIds.length === 0) return [];
  return db.select().from(ttInstructions).where(inArray(ttInstructions.suggestionId, suggestionIds)).orderBy(asc(ttInstructions.instructedOn), asc(ttInstructions.id));
}

export async function recipientsOf(db: DbOrTx, issueIds: number[]) {
  if (issueIds.length === 0) return [];
  return db
    .select({ issueId: ttIssueRecipients.issueId, recipient: ttIssueRecipients.recipient, sentOn: ttIssueRecipients.sentOn })
    .from(ttIssueRecipients)
    .where(inArray(ttIssueRecipients.issueId, issueIds))
    .orderBy(asc(ttIssueRecipients.sentOn), asc(ttIssueRecipients.id));
}

export async function countSuggestions(db: DbOrTx, actor: TActor, where: SQL) {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(s).where(and(scopeCondition(actor, s.orgId), where));
  return Number(n);
}
