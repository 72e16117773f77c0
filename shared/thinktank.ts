// 科智助力 (think tank): what server and web share — the module's permission fragment.
import type { TRole } from './limits.js';

/** Actions of the think-tank module and the roles that may take them (merged into shared/permissions.ts). */
export const THINKTANK_PERMISSIONS = {
  // 智库项目 / 软科学课题: staff publish calls (指南) and run review, 立项, 中期, 结题, 资助;
  // units (归口) apply through their liaison or staff; experts review what they are assigned.
  'research:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'leader'],
  'research:apply': ['admin', 'city_staff', 'district_staff', 'liaison', 'expert'],
  'research:manage': ['admin', 'city_staff'],
  'research:review': ['admin', 'city_staff', 'expert'], // score an assigned application or report
  // 科技工作者建议: workers submit in real name (portal or staff on their behalf), units collect and forward,
  // editors compose the periodical's issues, record 报送 and 批示.
  'suggestions:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader'],
  'suggestions:submit': ['admin', 'city_staff', 'district_staff', 'liaison', 'expert', 'enterprise'],
  'suggestions:forward': ['admin', 'city_staff', 'district_staff', 'liaison'],
  'suggestions:edit': ['admin', 'city_staff'], // review, compose issues 期, 报送, record 批示 / 采纳
  // 调查: questionnaires, campaigns with stations 站点 and one-time answer codes 填答码, results
  'surveys:read': ['admin', 'city_staff', 'district_staff', 'leader'],
  'surveys:manage': ['admin', 'city_staff'],
  'surveys:codes': ['admin', 'city_staff', 'district_staff'], // allocate a station's codes (logged)
  'thinktank:figures': ['admin', 'city_staff', 'district_staff', 'leader'], // counts and drill-downs
} as const satisfies Record<string, readonly TRole[]>;
