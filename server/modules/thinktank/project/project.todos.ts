import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { can, type TActor } from '../../../platform/auth/policy.js';
import type { TTodoItem } from '../../../platform/module/module.types.js';
import { countProjects, expertOfUser } from './project.repo.js';
import { researchProjects as p, researchReviews as rv } from './project.schema.js';

/** Days after submission when an application still waiting for 初审 shows as overdue. */
export const FIRST_REVIEW_DAYS = 7;
/** Days after assignment when an unscored review shows as overdue. */
export const REVIEW_DAYS = 14;

/** Staff: applications waiting for 初审 (已提交) in their subtree. Experts: the reviews assigned to them and not yet scored. */
export async function projectTodos(db: Db, actor: TActor): Promise<TTodoItem[]> {
  const items: TTodoItem[] = [];
  if (can(actor, 'research:manage')) {
    const n = await countProjects(db, actor, sql`${p.status} = 'submitted'`);
    const late = n === 0 ? 0 : await countProjects(db, actor, sql`${p.status} = 'submitted' and ${p.submittedAt} < now() - make_interval(days => ${FIRST_REVIEW_DAYS})`);
    items.push({
      key: 'thinktank.research.first_review',
      label: '待初审的研究项目申报',
      labelEn: 'Research applications waiting for the first review',
      count: n,
      link: '/admin/thinktank/projects?status=submitted&sort=submittedAt',
      overdue: late > 0,
    });
  }
  if (can(actor, 'research:review')) {
    const e = await expertOfUser(db, actor.userId);
    if (e) {
      const [row] = await db
        .select({
          n: sql<number>`count(*)::int`,
          late: sql<number>`count(*) filter (where ${rv.assignedAt} < now() - make_interval(days => ${REVIEW_DAYS}))::int`,
        })
        .from(rv)
        .innerJoin(p, eq(p.id, rv.projectId))
        .where(and(eq(rv.expertId, e.id), isNull(rv.submittedAt), eq(p.status, 'reviewing')));
      items.push({
        key: 'thinktank.research.my_reviews',
        label: '待我评审的研究项目',
        labelEn: 'Research applications waiting for my review',
        count: Number(row?.n ?? 0),
        link: '/admin/thinktank/my-reviews',
        overdue: Number(row?.late ?? 0) > 0,
      });
    }
  }
  return items;
}
