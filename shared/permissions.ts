// Which roles may take which action: one table for the server (which decides) and the web (which
// only hides what the server would refuse). Scope (the org subtree) is checked separately on the server.
import type { TRole } from './limits.js';

/** Actions and the roles that may take them. Scope (the org subtree) is checked separately. */
export const PERMISSIONS = {
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
  'demands:figures': ['admin', 'city_staff', 'district_staff', 'leader'], // counts and drill-downs of demands and engagements (figures registry)
  'matching:use': ['admin', 'city_staff', 'district_staff'],
} as const satisfies Record<string, readonly TRole[]>;

export type TAction = keyof typeof PERMISSIONS;

/** Whether any of these roles may take the action. */
export function rolesCan(roles: readonly string[] | undefined, action: TAction): boolean {
  const allowed: readonly string[] = PERMISSIONS[action];
  return !!roles?.some((r) => allowed.includes(r));
}

/** Roles an account with these roles may grant when creating or editing accounts. */
export function grantableRolesOf(roles: readonly string[]): TRole[] {
  if (roles.includes('admin')) return ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'];
  if (roles.includes('city_staff')) return ['city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'];
  if (roles.includes('district_staff')) return ['district_staff', 'liaison', 'expert', 'enterprise'];
  return [];
}
