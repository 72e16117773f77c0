// 科技工作者 (people): what server and web share — the module's permission fragment.
import type { TRole } from './limits.js';

/** Actions of the people module and the roles that may take them (merged into shared/permissions.ts). */
export const PEOPLE_PERMISSIONS = {
  'people:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader'],
  'people:write': ['admin', 'city_staff', 'district_staff', 'liaison'],
} as const satisfies Record<string, readonly TRole[]>;
