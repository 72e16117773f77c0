// 科普惠民 (outreach): the module's UI strings in English, typed against the Chinese files.
import { activitiesEn } from './activities/i18n.en';
import { basesEn } from './bases/i18n.en';
import { competitionsEn } from './competitions/i18n.en';
import { contentEn } from './content/i18n.en';
import type { outreachZh } from './i18n.zh';

export const outreachEn: Record<keyof typeof outreachZh, string> = {
  'nav.group.outreach': 'Science outreach',
  ...activitiesEn,
  ...basesEn,
  ...contentEn,
  ...competitionsEn,
};
