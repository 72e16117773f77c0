// 科普惠民 (outreach): the module's UI strings in Simplified Chinese, one file per sub-domain.
import { activitiesZh } from './activities/i18n.zh';
import { basesZh } from './bases/i18n.zh';
import { competitionsZh } from './competitions/i18n.zh';
import { contentZh } from './content/i18n.zh';

const commonZh = {
  'nav.group.outreach': '科普惠民',
} as const;

export const outreachZh = { ...commonZh, ...activitiesZh, ...basesZh, ...contentZh, ...competitionsZh };
