import type { TRole } from '../../../shared/limits';

// Mirror of PERMISSIONS in server/platform/auth/policy.ts (that file imports drizzle, so the browser cannot).
// The server decides; the UI only hides what would be refused. Keep the two lists equal.
const PERMISSIONS = {
  'orgs:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'],
  'users:read': ['admin', 'city_staff', 'district_staff'],
  'users:write': ['admin', 'city_staff', 'district_staff'],
  'people:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader'],
  'people:write': ['admin', 'city_staff', 'district_staff', 'liaison'],
  'audit:read': ['admin', 'city_staff', 'district_staff'],
  'files:write': ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise'],
  'search:use': ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'],
  // 科创服务 (innovation)
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
  'experts:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader'],
  'experts:write': ['admin', 'city_staff', 'district_staff', 'liaison'],
  'experts:self': ['expert'],
  'enterprises:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader', 'enterprise'],
  'enterprises:write': ['admin', 'city_staff', 'district_staff'],
  'demands:read': ['admin', 'city_staff', 'district_staff', 'leader', 'enterprise'],
  'demands:write': ['admin', 'city_staff', 'district_staff', 'enterprise'],
  'demands:review': ['admin', 'city_staff', 'district_staff'],
  'matching:use': ['admin', 'city_staff', 'district_staff'],
} as const satisfies Record<string, readonly TRole[]>;

export type TAction = keyof typeof PERMISSIONS;

export function can(roles: readonly string[] | undefined, action: TAction): boolean {
  const allowed: readonly string[] = PERMISSIONS[action];
  return !!roles?.some((r) => allowed.includes(r));
}

/** Roles an account may grant (mirror of grantableRoles in policy.ts). */
export function grantableRoles(roles: readonly string[]): TRole[] {
  if (roles.includes('admin')) return ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'];
  if (roles.includes('city_staff')) return ['city_staff', 'district_staff', 'liaison', 'expert', 'enterprise', 'leader'];
  if (roles.includes('district_staff')) return ['district_staff', 'liaison', 'expert', 'enterprise'];
  return [];
}
