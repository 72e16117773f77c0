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
