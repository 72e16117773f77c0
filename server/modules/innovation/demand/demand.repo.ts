import { type SQL, and, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { type TActor, scopeCondition } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { indexTokens, textMatch } from '../../../platform/search/text.js';
import { demands, enterprises } from '../innovation.schema.js';
import type { TDemandStatus } from './demand.workflow.js';
import type { TDemandQuery } from './demand.types.js';

export type TDemandRow = Omit<typeof demands.$inferSelect, 'searchTsv'>;
export type TDemandRowFull = TDemandRow & { enterpriseName: string; enterpriseCreditCode: string; orgName: string; orgPath: string };

/** The editable fields of a demand, every optional one resolved. */
export interface TDemandValues {
  title: string;
  description: string;
  category: TDemandRow['category'];
  cluster: string | null;
  industries: string[];
  keywords: string[];
  budgetMin: number | null;
  budgetMax: number | null;
  deadline: string | null;
  confidentiality: TDemandRow['confidentiality'];
}

export function demandRowValues(v: TDemandValues) {
  const industries = [...new Set(v.industries)];
  const keywords = [...new Set(v.keywords)];
  return {
    ...v,
    industries,
    keywords,
    searchText: indexTokens(v.title, v.description, v.cluster, v.category, ...industries, ...keywords),
  };
}

/**
 * Demands the actor may read: those of the enterprises the account acts for (drafts included); for
 * staff and leaders, the non-draft demands of their org subtree plus drafts they filed themselves.
 */
export function demandVisibility(actor: TActor, opts: { byScope: boolean; memberIds: number[] }): SQL {
  const parts: SQL[] = [];
  if (opts.memberIds.length) parts.push(inArray(demands.enterpriseId, opts.memberIds));
  if (opts.byScope)
    parts.push(sql`(${scopeCondition(actor, demands.orgId)} and (${demands.status} <> 'draft' or ${demands.createdBy} = ${actor.userId}))`);
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
}

const { searchTsv: _tsv, ...demandColumns } = getTableColumns(demands);
const full = { ...demandColumns, enterpriseName: enterprises.name, enterpriseCreditCode: enterprises.creditCode, orgName: orgs.name, orgPath: orgs.path };

export async function findDemandById(db: DbOrTx, id: number): Promise<TDemandRowFull | undefined> {
  const [row] = await db
    .select(full)
    .from(demands)
    .innerJoin(enterprises, eq(enterprises.id, demands.enterpriseId))
    .innerJoin(orgs, eq(orgs.id, demands.orgId))
    .where(eq(demands.id, id));
  return row;
}

/** Locks the demand row for the rest of the transaction and returns its current status. */
export async function lockDemandStatus(tx: DbOrTx, id: number): Promise<TDemandStatus | undefined> {
  const [row] = await tx.select({ status: demands.status }).from(demands).where(eq(demands.id, id)).for('update');
  return row?.status;
}

export async function insertDemand(
  db: DbOrTx,
  values: ReturnType<typeof demandRowValues> & { enterpriseId: number; orgId: number; createdBy: number },
) {
  const [row] = await db.insert(demands).values(values).returning({ id: demands.id });
  return row;
}

export async function updateDemandRow(db: DbOrTx, id: number, values: Partial<ReturnType<typeof demandRowValues>>) {
  await db
    .update(demands)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(demands.id, id));
}

/** Writes a demand's new state (the workflow records the move: platform/workflow). */
export async function setDemandStatus(tx: DbOrTx, id: number, t: { to: TDemandStatus; reason: string | null; at: Date }) {
  await tx
    .update(demands)
    .set({
      status: t.to,
      returnReason: t.to === 'returned' ? t.reason : null,
      ...(t.to === 'published' ? { publishedAt: t.at } : {}),
      ...(t.to === 'closed' ? { closedAt: t.at } : {}),
      updatedAt: t.at,
    })
    .where(eq(demands.id, id));
}

function filters(actor: TActor, visibility: SQL, q: TDemandQuery, memberIds: number[]): { where: SQL | undefined; rank?: SQL } {
  const conds: SQL[] = [visibility];
  let rank: SQL | undefined;
  if (q.q) {
    const m = textMatch(q.q, { tsv: demands.searchTsv, name: demands.title });
    if (m) {
      conds.push(m.where);
      rank = m.rank;
    }
  }
  if (q.status) conds.push(eq(demands.status, q.status));
  if (q.category) conds.push(eq(demands.category, q.category));
  if (q.cluster) conds.push(eq(demands.cluster, q.cluster));
  if (q.confidentiality) conds.push(eq(demands.confidentiality, q.confidentiality));
  if (q.enterpriseId) conds.push(eq(demands.enterpriseId, q.enterpriseId));
  if (q.orgId) conds.push(sql`${demands.orgId} in (select id from orgs where path like (select path from orgs where id = ${q.orgId}) || '%')`);
  if (q.isDemo) conds.push(eq(demands.isDemo, q.isDemo === 'true'));
  if (q.mine === 'true') {
    const own = [sql`${demands.createdBy} = ${actor.userId}`];
    if (memberIds.length) own.push(inArray(demands.enterpriseId, memberIds));
    conds.push(sql`(${sql.join(own, sql` or `)})`);
  }
  return { where: and(...conds), rank };
}

const SORT_COLUMNS = {
  createdAt: demands.createdAt,
  updatedAt: demands.updatedAt,
  publishedAt: demands.publishedAt,
  deadline: demands.deadline,
  title: demands.title,
};

export async function selectDemands(
  db: DbOrTx,
  actor: TActor,
  visibility: SQL,
  memberIds: number[],
  q: TDemandQuery,
  opts: { limit: number; offset: number },
) {
  const { where, rank } = filters(actor, visibility, q, memberIds);
  const order: SQL[] = [];
  if (q.sort) {
    const col = SORT_COLUMNS[q.sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS];
    order.push(q.sort.startsWith('-') ? sql`${col} desc nulls last` : sql`${col} asc nulls last`);
  } else if (rank) {
    order.push(sql`${rank} desc`);
  } else {
    order.push(desc(demands.updatedAt));
  }
  order.push(desc(demands.id));
  const [items, total] = await Promise.all([
    db
      .select(full)
      .from(demands)
      .innerJoin(enterprises, eq(enterprises.id, demands.enterpriseId))
      .innerJoin(orgs, eq(orgs.id, demands.orgId))
      .where(where)
      .orderBy(...order)
      .limit(opts.limit)
      .offset(opts.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(demands).where(where),
  ]);
  return { items: items as TDemandRowFull[], total: total[0]?.n ?? 0 };
}

export async function searchDemands(db: DbOrTx, visibility: SQL, q: string, limit: number) {
  const m = textMatch(q, { tsv: demands.searchTsv, name: demands.title });
  if (!m) return [];
  return db
    .select({ id: demands.id, title: demands.title, category: demands.category, enterpriseName: enterprises.name, rank: sql<number>`${m.rank}` })
    .from(demands)
    .innerJoin(enterprises, eq(enterprises.id, demands.enterpriseId))
    .where(and(visibility, m.where))
    .orderBy(sql`${m.rank} desc`, desc(demands.id))
    .limit(limit);
}

/** Display data of demands by id (for ranked lists), restricted by visibility. */
export async function demandCardsByIds(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return new Map<number, Pick<TDemandRowFull, 'id' | 'title' | 'category' | 'cluster' | 'deadline' | 'status' | 'confidentiality' | 'enterpriseName'>>();
  const rows = await db
    .select({
      id: demands.id,
      title: demands.title,
      category: demands.category,
      cluster: demands.cluster,
      deadline: demands.deadline,
      status: demands.status,
      confidentiality: demands.confidentiality,
      enterpriseName: enterprises.name,
    })
    .from(demands)
    .innerJoin(enterprises, eq(enterprises.id, demands.enterpriseId))
    .where(inArray(demands.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The demands of some enterprises (for matching import rows on enterprise + 需求名称). */
export async function demandsOfEnterprises(db: DbOrTx, enterpriseIds: number[]): Promise<TDemandRow[]> {
  if (enterpriseIds.length === 0) return [];
  const rows: TDemandRow[] = [];
  const unique = [...new Set(enterpriseIds)];
  const CHUNK = 5000;
  for (let i = 0; i < unique.length; i += CHUNK)
    rows.push(...(await db.select(demandColumns).from(demands).where(inArray(demands.enterpriseId, unique.slice(i, i + CHUNK)))));
  return rows;
}
