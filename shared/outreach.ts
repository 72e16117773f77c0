// 科普惠民 (outreach): what server and web share — the module's permission fragment.
import type { TRole } from './limits.js';

/** Actions of the outreach module and the roles that may take them (merged into shared/permissions.ts). */
export const OUTREACH_PERMISSIONS = {
  // 科普活动: any org files its own (liaisons for their society / enterprise / university association);
  // staff put filed activities on record (备案) or send them back.
  'activities:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader'],
  'activities:write': ['admin', 'city_staff', 'district_staff', 'liaison'],
  'activities:review': ['admin', 'city_staff', 'district_staff'],
  // 科普阵地: bases, schools, demonstration counties, big screens and galleries; districts recommend,
  // the city recognizes (认定) and reviews (复核).
  'bases:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader'],
  'bases:write': ['admin', 'city_staff', 'district_staff', 'liaison'],
  'bases:review': ['admin', 'city_staff'],
  // 科普内容: articles, videos, columns; publishing to the four channels; big-screen kiosks
  'content:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader'],
  'content:write': ['admin', 'city_staff', 'district_staff', 'liaison'],
  'content:review': ['admin', 'city_staff', 'district_staff'], // approve, publish per channel, take down
  'screens:write': ['admin', 'city_staff', 'district_staff'],
  // competitions and their entries / awards
  'competitions:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader'],
  'competitions:write': ['admin', 'city_staff', 'district_staff'],
  // 公民科学素质 figures per district and year; target-group programmes and their trainings
  'literacy:read': ['admin', 'city_staff', 'district_staff', 'leader'],
  'literacy:write': ['admin', 'city_staff'],
  'programmes:read': ['admin', 'city_staff', 'district_staff', 'liaison', 'leader'],
  'programmes:write': ['admin', 'city_staff', 'district_staff'],
  'programmes:train': ['admin', 'city_staff', 'district_staff', 'liaison'], // record a training against a programme
  'outreach:figures': ['admin', 'city_staff', 'district_staff', 'leader'], // counts and drill-downs (figures registry)
} as const satisfies Record<string, readonly TRole[]>;

/** The five key groups of the 全民科学素质 plan (seed article), in its order. */
export const TARGET_GROUPS = ['youth', 'farmers', 'workers', 'elderly', 'officials'] as const;
export type TTargetGroup = (typeof TARGET_GROUPS)[number];
export const TARGET_GROUP_LABELS: Record<TTargetGroup, { zh: string; en: string }> = {
  youth: { zh: '青少年', en: 'Young people' },
  farmers: { zh: '农民', en: 'Farmers' },
  workers: { zh: '产业工人', en: 'Industrial workers' },
  elderly: { zh: '老年人', en: 'Older people' },
  officials: { zh: '领导干部和公务员', en: 'Officials and civil servants' },
};
