import { type SQL, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/client.js';
import { orgs } from '../../../platform/orgs/org.schema.js';
import { demands, enterprises, experts } from '../innovation.schema.js';

// The one place where docking events, service teams, platforms and funded projects read the experts,
// enterprises and demands tables (which the expert/enterprise/demand sub-modules own): existence,
// display names and the owning org's path, for linking and for presenting the links.

export interface TExpertLink {
  id: number;
  name: string;
  unit: string | null;
  title: string | null;
  isAcademician: boolean;
  isPublic: boolean;
  userId: number | null;
  orgPath: string;
}
export interface TEnterpriseLink {
  id: number;
  name: string;
  orgPath: string;
}
export interface TDemandLink {
  id: number;
  title: string;
  status: string;
  orgPath: string;
}

const uniq = (ids: Iterable<number>) => [...new Set(ids)];

export async function expertLinks(db: DbOrTx, ids: Iterable<number>): Promise<Map<number, TExpertLink>> {
  const list = uniq(ids);
  if (list.length === 0) return new Map();
  const rows = await db
    .select({
      id: experts.id,
      name: experts.name,
      unit: experts.unit,
      title: experts.title,
      isAcademician: experts.isAcademician,
      isPublic: experts.isPublic,
      userId: experts.userId,
      orgPath: orgs.path,
    })
    .from(experts)
    .innerJoin(orgs, eq(orgs.id, experts.orgId))
    .where(inArray(experts.id, list));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function enterpriseLinks(db: DbOrTx, ids: Iterable<number>): Promise<Map<number, TEnterpriseLink>> {
  const list = uniq(ids);
  if (list.length === 0) return new Map();
  const rows = await db
    .select({ id: enterprises.id, name: enterprises.name, orgPath: orgs.path })
    .from(enterprises)
    .innerJoin(orgs, eq(orgs.id, enterprises.orgId))
    .where(inArray(enterprises.id, list));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function demandLinks(db: DbOrTx, ids: Iterable<number>): Promise<Map<number, TDemandLink>> {
  const list = uniq(ids);
  if (list.length === 0) return new Map();
  const rows = await db
    .select({ id: demands.id, title: demands.title, status: demands.status, orgPath: orgs.path })
    .from(demands)
    .innerJoin(orgs, eq(orgs.id, demands.orgId))
    .where(inArray(demands.id, list));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The expert profiles an account acts as (experts.user_id). */
export async function expertIdsOfUser(db: DbOrTx, userId: number): Promise<number[]> {
  const rows = await db.select({ id: experts.id }).from(experts).where(eq(experts.userId, userId));
  return rows.map((r) => r.id);
}

// Small SQL helpers the sub-modules' list queries share.

/** Rows whose org lies in the subtree of `orgId` (a filter, on top of the actor's own scope). */
export function inOrgSubtree(orgIdColumn: AnyPgColumn | SQL, orgId: number): SQL {
  return sql`${orgIdColumn} in (select o.id from orgs o where o.path like (select p.path from orgs p where p.id = ${orgId}) || '%')`;
}

/** A case-insensitive substring pattern with LIKE's wildcards escaped. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** ORDER BY for `field` / `-field` over a whitelist of columns; nulls last either way. */
export function orderBy(sort: string | undefined, columns: Record<string, AnyPgColumn | SQL>, fallback: SQL): SQL {
  if (!sort) return fallback;
  const desc = sort.startsWith('-');
  const col = columns[sort.replace(/^-/, '')];
  if (!col) return fallback;
  return desc ? sql`${col} desc nulls last` : sql`${col} asc nulls last`;
}
