import { type SQL, and, asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { users } from '../../../platform/auth/auth.schema.js';
import { type TActor, scopeCondition } from '../../../platform/auth/policy.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { indexTokens, pinyinKeys, textMatch } from '../../../platform/search/text.js';
import { enterpriseUsers, enterprises } from '../innovation.schema.js';
import type { TEnterpriseInput, TEnterpriseQuery } from './enterprise.types.js';

export type TEnterpriseRow = Omit<typeof enterprises.$inferSelect, 'searchTsv'>;
export type TEnterpriseRowWithOrg = TEnterpriseRow & { orgName: string; orgPath: string; demandCount: number };

export interface TEnterpriseValues {
  name: string;
  creditCode: string;
  orgId: number;
  industry: string | null;
  clusters: string[];
  scale: TEnterpriseRow['scale'];
  isHighTech: boolean;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  intro: string | null;
}

export function enterpriseValuesOf(input: TEnterpriseInput, orgId: number): TEnterpriseValues {
  return {
    name: input.name,
    creditCode: input.creditCode,
    orgId,
    industry: input.industry ?? null,
    clusters: input.clusters ?? [],
    scale: input.scale ?? null,
    isHighTech: input.isHighTech ?? false,
    address: input.address ?? null,
    contactName: input.contactName ?? null,
    contactPhone: input.contactPhone ?? null,
    intro: input.intro ?? null,
  };
}

/** Row values with the search columns (jieba tokens, pinyin of the name). */
export function enterpriseRowValues(v: TEnterpriseValues) {
  const keys = pinyinKeys(v.name);
  const clusters = [...new Set(v.clusters)];
  return {
    ...v,
    clusters,
    namePinyin: keys.full,
    nameInitials: keys.initials,
    searchText: indexTokens(v.name, v.industry, ...clusters, v.address),
  };
}

/**
 * Which enterprises the actor may read: staff, liaisons and leaders by org subtree; an enterprise
 * account only the enterprises it acts for.
 */
export function enterpriseVisibility(actor: TActor, byScope: boolean): SQL {
  if (byScope) return scopeCondition(actor, enterprises.orgId);
  return sql`${enterprises.id} in (select eu.enterprise_id from enterprise_users eu where eu.user_id = ${actor.userId})`;
}

const { searchTsv: _tsv, ...enterpriseColumns } = getTableColumns(enterprises);
const demandCount = sql<number>`(select count(*)::int from demands d where d.enterprise_id = ${enterprises.id})`;
const withOrg = { ...enterpriseColumns, orgName: orgs.name, orgPath: orgs.path, demandCount };

export async function findEnterpriseById(db: DbOrTx, id: number): Promise<TEnterpriseRowWithOrg | undefined> {
  const [row] = await db.select(withOrg).from(enterprises).innerJoin(orgs, eq(orgs.id, enterprises.orgId)).where(eq(enterprises.id, id));
  return row;
}

export async function findEnterpriseIdByCreditCode(db: DbOrTx, creditCode: string): Promise<number | undefined> {
  const [row] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.creditCode, creditCode));
  return row?.id;
}

export async function insertEnterprise(db: DbOrTx, values: ReturnType<typeof enterpriseRowValues>) {
  const [row] = await db.insert(enterprises).values(values).returning({ id: enterprises.id });
  return row;
}

export async function updateEnterpriseRow(db: DbOrTx, id: number, values: ReturnType<typeof enterpriseRowValues>) {
  await db
    .update(enterprises)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(enterprises.id, id));
}

export async function deleteEnterpriseRow(db: DbOrTx, id: number) {
  await db.delete(enterprises).where(eq(enterprises.id, id));
}

/** Accounts acting for each enterprise. */
export async function usersOfEnterprises(db: DbOrTx, ids: number[]) {
  const map = new Map<number, Array<{ userId: number; username: string; displayName: string }>>();
  if (ids.length === 0) return map;
  const rows = await db
    .select({ enterpriseId: enterpriseUsers.enterpriseId, userId: users.id, username: users.username, displayName: users.displayName })
    .from(enterpriseUsers)
    .innerJoin(users, eq(users.id, enterpriseUsers.userId))
    .where(inArray(enterpriseUsers.enterpriseId, ids))
    .orderBy(asc(users.id));
  for (const r of rows) {
    const list = map.get(r.enterpriseId) ?? [];
    list.push({ userId: r.userId, username: r.username, displayName: r.displayName });
    map.set(r.enterpriseId, list);
  }
  return map;
}

export async function linkEnterpriseUser(db: DbOrTx, enterpriseId: number, userId: number) {
  await db.insert(enterpriseUsers).values({ enterpriseId, userId }).onConflictDoNothing();
}

export async function replaceEnterpriseUsers(db: DbOrTx, enterpriseId: number, userIds: number[]) {
  await db.delete(enterpriseUsers).where(eq(enterpriseUsers.enterpriseId, enterpriseId));
  const unique = [...new Set(userIds)];
  if (unique.length) await db.insert(enterpriseUsers).values(unique.map((userId) => ({ enterpriseId, userId })));
}

/** Enterprises an account acts for. */
export async function enterpriseIdsOfUser(db: DbOrTx, userId: number): Promise<number[]> {
  const rows = await db
    .select({ id: enterpriseUsers.enterpriseId })
    .from(enterpriseUsers)
    .where(eq(enterpriseUsers.userId, userId))
    .orderBy(asc(enterpriseUsers.enterpriseId));
  return rows.map((r) => r.id);
}

function filters(visibility: SQL, q: TEnterpriseQuery): { where: SQL | undefined; rank?: SQL } {
  const conds: SQL[] = [visibility];
  let rank: SQL | undefined;
  if (q.q) {
    const m = textMatch(q.q, { tsv: enterprises.searchTsv, name: enterprises.name, pinyin: enterprises.namePinyin, initials: enterprises.nameInitials });
    const byCode = sql`${enterprises.creditCode} = ${q.q.toUpperCase()}`;
    conds.push(m ? sql`(${m.where} or ${byCode})` : byCode);
    rank = m ? sql`(${m.rank} + (${byCode})::int * 10)` : undefined;
  }
  if (q.orgId) conds.push(sql`${enterprises.orgId} in (select id from orgs where path like (select path from orgs where id = ${q.orgId}) || '%')`);
  if (q.industry) conds.push(eq(enterprises.industry, q.industry));
  if (q.cluster) conds.push(sql`${q.cluster} = any(${enterprises.clusters})`);
  if (q.scale) conds.push(eq(enterprises.scale, q.scale));
  if (q.isHighTech) conds.push(eq(enterprises.isHighTech, q.isHighTech === 'true'));
  if (q.isDemo) conds.push(eq(enterprises.isDemo, q.isDemo === 'true'));
  return { where: and(...conds), rank };
}

const SORT_COLUMNS = { name: enterprises.namePinyin, createdAt: enterprises.createdAt, updatedAt: enterprises.updatedAt };

export async function selectEnterprises(db: DbOrTx, visibility: SQL, q: TEnterpriseQuery, opts: { limit: number; offset: number }) {
  const { where, rank } = filters(visibility, q);
  const order: SQL[] = [];
  if (q.sort) {
    const col = SORT_COLUMNS[q.sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS];
    order.push(q.sort.startsWith('-') ? sql`${col} desc nulls last` : sql`${col} asc nulls last`);
  } else if (rank) {
    order.push(sql`${rank} desc`);
  } else {
    order.push(desc(enterprises.updatedAt));
  }
  order.push(asc(enterprises.id));
  const [items, total] = await Promise.all([
    db
      .select(withOrg)
      .from(enterprises)
      .innerJoin(orgs, eq(orgs.id, enterprises.orgId))
      .where(where)
      .orderBy(...order)
      .limit(opts.limit)
      .offset(opts.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(enterprises).where(where),
  ]);
  return { items: items as TEnterpriseRowWithOrg[], total: total[0]?.n ?? 0 };
}

export async function searchEnterprises(db: DbOrTx, visibility: SQL, q: string, limit: number) {
  const m = textMatch(q, { tsv: enterprises.searchTsv, name: enterprises.name, pinyin: enterprises.namePinyin, initials: enterprises.nameInitials });
  if (!m) return [];
  return db
    .select({ id: enterprises.id, name: enterprises.name, industry: enterprises.industry, orgName: orgs.name, rank: sql<number>`${m.rank}` })
    .from(enterprises)
    .innerJoin(orgs, eq(orgs.id, enterprises.orgId))
    .where(and(visibility, m.where))
    .orderBy(sql`${m.rank} desc`, asc(enterprises.id))
    .limit(limit);
}

/** Enterprises by 统一社会信用代码, with their org path: for idempotent import. */
export async function findEnterprisesByCreditCodes(db: DbOrTx, codes: string[]): Promise<TEnterpriseRowWithOrg[]> {
  if (codes.length === 0) return [];
  const rows: TEnterpriseRowWithOrg[] = [];
  const CHUNK = 5000;
  for (let i = 0; i < codes.length; i += CHUNK) {
    rows.push(
      ...(await db
        .select(withOrg)
        .from(enterprises)
        .innerJoin(orgs, eq(orgs.id, enterprises.orgId))
        .where(inArray(enterprises.creditCode, codes.slice(i, i + CHUNK)))),
    );
  }
  return rows;
}

export async function insertEnterprises(db: DbOrTx, rows: Array<ReturnType<typeof enterpriseRowValues>>) {
  if (rows.length === 0) return [];
  return db.insert(enterprises).values(rows).returning({ id: enterprises.id });
}

/** 统一社会信用代码 → enterprise, for every enterprise the condition admits (import lookups). */
export async function enterpriseKeys(db: DbOrTx, visibility: SQL) {
  return db
    .select({ id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode, orgId: enterprises.orgId })
    .from(enterprises)
    .where(visibility);
}
