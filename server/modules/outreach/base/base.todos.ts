import type { Db } from '../../../db/client.js';
import { can, type TActor } from '../../../platform/auth/policy.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import type { TTodoItem } from '../../../platform/module/module.types.js';
import { countAwaitingCity, countReviewDue } from './base.repo.js';
import { reviewDueUntil } from './base.service.js';
import { BASE_REVIEW_DUE_MONTHS } from './base.types.js';

/** 科普阵地 on the city staff's to-do list: applications to review, recognitions due for 复核. */
export async function baseTodos(db: Db, actor: TActor): Promise<TTodoItem[]> {
  if (!can(actor, 'bases:review')) return [];
  const today = todayInChina();
  const due = await countReviewDue(db, actor, reviewDueUntil(BASE_REVIEW_DUE_MONTHS, today), today);
  const awaiting = await countAwaitingCity(db, actor);
  return [
    {
      key: 'outreach.bases.review_due',
      label: `${BASE_REVIEW_DUE_MONTHS} 个月内到期待复核的科普阵地`,
      labelEn: `Bases due for review within ${BASE_REVIEW_DUE_MONTHS} months`,
      count: due.n,
      link: '/admin/outreach/bases/review-due',
      overdue: due.late > 0,
    },
    {
      key: 'outreach.bases.applied',
      label: '待审核的科普阵地申报',
      labelEn: 'Base applications to review',
      count: awaiting,
      link: '/admin/outreach/bases?status=applied',
    },
  ];
}
