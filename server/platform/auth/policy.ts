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

/** Staff who manage records (admin, city and district staff). */
export function isRecordStaff(actor: TActor): boolean {
  return actor.roles.some((r) => r === 'admin' || r === 'city_staff' || r === 'district_staff');
}

/** Roles that may reveal a full phone / ID number when the city configuration names none (`privacy.piiRevealRoles`). */
export const DEFAULT_PII_REVEAL_ROLES: readonly TRole[] = ['admin', 'city_staff', 'district_staff'];
let piiRevealRoles: readonly TRole[] = DEFAULT_PII_REVEAL_ROLES;

/** Set once at app start from the city configuration. */
export function configurePiiRevealRoles(roles: readonly TRole[] | undefined) {
  piiRevealRoles = roles ?? DEFAULT_PII_REVEAL_ROLES;
}

/**
 * PIPL least privilege: lists, details and exports mask phones and ID numbers for every role; a role
 * named in the configuration may reveal one record's values through the audited reveal action.
 */
export function canRevealPii(actor: TActor): boolean {
  return actor.roles.some((r) => piiRevealRoles.includes(r));
}

/** Roles an actor may grant when creating or editing accounts. */
export function grantableRoles(actor: TActor): TRole[] {
  return grantableRolesOf(actor.roles);
}
