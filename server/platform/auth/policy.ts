import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TRole } from '../../../shared/limits.js';
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

/** Actions and the roles that may take them. Scope (the org subtree) is checked separately. */
const PERMISSIONS = {
  'orgs:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'],
  'users:read': ['admin', 'city_staff', 'district_staff'],
  'users:write': ['admin', 'city_staff', 'district_staff'],
  'people:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader'],
  'people:write': ['admin', 'city_staff', 'district_staff', 'liaison'],
  'audit:read': ['admin', 'city_staff', 'district_staff'],
  'files:write': ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise'],
  'search:use': ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'],
  // 科创服务: docking events, expert service teams (experts may log their own team's visits), platforms, funded projects
  'docking:read': ['admin', 'city_staff', 'district_staff', 'leader'],
  'docking:write': ['admin', 'city_staff', 'district_staff'],
  'teams:read': ['admin', 'city_staff', 'district_staff', 'leader', 'expert'],
  'teams:write': ['admin', 'city_staff', 'district_staff'],
  'teams:visit': ['admin', 'city_staff', 'district_staff', 'expert'],
  'platforms:read': ['admin', 'city_staff', 'district_staff', 'leader'],
  'platforms:write': ['admin', 'city_staff', 'district_staff'],
  'platforms:assess': ['admin', 'city_staff'],
  'projects:read': ['admin', 'city_staff', 'district_staff', 'leader'],
  'projects:write': ['admin', 'city_staff', 'district_staff'],
  // 科创服务 (innovation). Experts are a city-wide resource for reading; writes stay in the org subtree.
  'experts:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader'],
  'experts:write': ['admin', 'city_staff', 'district_staff', 'liaison'],
  'experts:self': ['expert'], // own profile, invitations, recommended demands
  'enterprises:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader', 'enterprise'], // enterprise users: their own
  'enterprises:write': ['admin', 'city_staff', 'district_staff'],
  'demands:read': ['admin', 'city_staff', 'district_staff', 'leader', 'enterprise'], // enterprise users: their own
  'demands:write': ['admin', 'city_staff', 'district_staff', 'enterprise'],
  'demands:review': ['admin', 'city_staff', 'district_staff'], // approve/return, docking, sign, invite experts
  'matching:use': ['admin', 'city_staff', 'district_staff'],
} as const satisfies Record<string, readonly TRole[]>;

export type TAction = keyof typeof PERMISSIONS;

export function can(actor: TActor, action: TAction): boolean {
  const allowed: readonly TRole[] = PERMISSIONS[action];
  return actor.roles.some((r) => allowed.includes(r));
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
  if (actor.roles.includes('admin'))
    return ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'];
  if (actor.roles.includes('city_staff'))
    return ['city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'];
  if (actor.roles.includes('district_staff')) return ['district_staff', 'liaison', 'expert', 'enterprise'];
  return [];
}
