import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { inScope, scopeCondition, type TActor } from '../../../platform/auth/policy.js';

// Who sees what in this sub-domain. A competition or programme run by the city is taken part in by the
// districts: it is visible to the organizer's subtree AND to the orgs below the organizer (so 如皋 sees
// the city's 青少年科技创新大赛 and the city's 培育高素质农民 programme, not 海安's own ones). The records
// under it (entries, trainings) belong to the org that filed them: visible to that org's subtree, and
// to whoever may edit the parent record.

/** The org path is the actor's own subtree, or one of the actor's ancestors. */
export function visibleFromBelow(actor: TActor, orgPath: string): boolean {
  return inScope(actor, orgPath) || actor.orgPath.startsWith(orgPath);
}

/** SQL: `orgColumn` lies in the actor's subtree or on the actor's path up to the root. */
export function visibleFromBelowCondition(actor: TActor, orgColumn: AnyPgColumn | SQL): SQL {
  if (actor.orgPath.split('/').filter(Boolean).length <= 1) return sql`true`;
  return sql`${orgColumn} in (select o.id from orgs o where o.path like ${`${actor.orgPath}%`} or ${actor.orgPath} like o.path || '%')`;
}

/** SQL: a child record (entry, training) the actor may see: its own org in scope, or its parent's org in scope. */
export function childCondition(actor: TActor, childOrg: AnyPgColumn | SQL, parentOrg: AnyPgColumn | SQL): SQL {
  if (actor.orgPath.split('/').filter(Boolean).length <= 1) return sql`true`;
  return sql`(${scopeCondition(actor, childOrg)} or ${scopeCondition(actor, parentOrg)})`;
}

/** Postgres LIKE pattern for a substring. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** ORDER BY for `field` / `-field` over a whitelist of columns; nulls last either way. */
export function orderBy(sort: string | undefined, columns: Record<string, AnyPgColumn | SQL>, fallback: SQL): SQL {
  if (!sort) return fallback;
  const desc = sort.startsWith('-');
  const col = columns[sort.replace(/^-/, '')];
  if (!col) return fallback;
  return desc ? sql`${col} desc nulls last` : sql`${col} asc nulls last`;
}
