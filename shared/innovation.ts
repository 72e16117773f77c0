// 科创服务 (innovation): what server and web share — the module's permission fragment.
import type { TRole } from './limits.js';

/** Actions of the innovation module and the roles that may take them (merged into shared/permissions.ts). */
export const INNOVATION_PERMISSIONS = {
  // docking events, expert service teams (experts may log their own team's visits), platforms, funded projects
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
  // Experts are a city-wide resource for reading; writes stay in the org subtree.
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
