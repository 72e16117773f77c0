import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { can, type TActor } from '../../../platform/auth/policy.js';
import type { TTodoItem } from '../../../platform/module/module.types.js';
import { countActivities, overdueCondition } from './activity.repo.js';
import { outreachActivities as a } from './activity.schema.js';

/** Activities waiting for my review (备案) and my overdue summaries. */
export async function activityTodos(db: Db, actor: TActor): Promise<TTodoItem[]> {
  const items: TTodoItem[] = [];
  if (can(actor, 'activities:review')) {
    const n = await countActivities(db, actor, sql`${a.status} = 'planned'`);
    const late = await countActivities(db, actor, sql`${a.status} = 'planned' and ${a.startDate} <= (now() at time zone 'Asia/Shanghai')::date`);
    items.push({
      key: 'outreach.activities.review',
      label: '待我备案的科普活动',
      labelEn: 'Activities waiting for my review',
      count: n,
      link: '/admin/outreach/activities?status=planned&sort=startDate',
      overdue: late > 0,
    });
  }
  if (can(actor, 'activities:write')) {
    const n = await countActivities(db, actor, overdueCondition());
    items.push({
      key: 'outreach.activities.overdue',
      label: '逾期未提交的活动总结',
      labelEn: 'Overdue activity summaries',
      count: n,
      link: '/admin/outreach/activities?overdue=true',
      overdue: n > 0,
    });
  }
  return items;
}
