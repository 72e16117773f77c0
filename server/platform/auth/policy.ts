import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TRole } from '../../../shared/limits.js';
import { type TAction, grantableRolesOf, rolesCan } from '../../../shared/permissions.js';
import { forbidden } from '../errors.js';

/** Who is acting: resolved once per request from the session cookie or the bearer token. */
export interface TActor {
  userId: number;
  username: string;
  displayName: string;
  roles: TRole[];
  orgId: number;
  /** Materialized path of the actor's org: the actor's scope is every org whose path starts with it. */
  orgPath: string;
  department: string | null;
  locale: 'zh-CN' | 'en-US';
  via: 'session' | 'token';
  ip?: string;
}

export type { TAction };

export function can(actor: TActor, action: TAction): boolean {
  return rolesCan(actor.roles, action);
}

/** @throws AppError FORBIDDEN */
export function assertCan(actor: TActor, action: TAction): void {
  if (!can(actor, action)) throw forbidden();
}

/** Whether an org (given by its path) lies in the actor's subtree. */
export function inScope(actor: TActor, orgPath: string): boolean {
  return orgPath.startsWith(actor.orgPath);
}

/** SQL condition restricting `orgIdColumn` to the actor's subtree (no condition for the root). */
export function scopeCondition(actor: TActor, orgIdColumn: AnyPgColumn | SQL): SQL {
  if (actor.orgPath.split('/').filter(Boolean).length <= 1) return sql`true`;
  return sql`${orgIdColumn} in (select o.id from orgs o where o.path like ${`${actor.orgPath}%`})`;
}

/** Phones and ID numbers in full: only staff who manage records (PIPL: least privilege). */
export function canSeePii(actor: TActor): boolean {
  return actor.roles.some((r) => r === 'admin' || r === 'city_staff' || r === 'district_staff');
}

/** Roles an actor may grant when creating or editing accounts. */
export function grantableRoles(actor: TActor): TRole[] {
  return grantableRolesOf(actor.roles);
}
