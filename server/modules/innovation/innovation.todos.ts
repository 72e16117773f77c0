import type { Db } from '../../db/client.js';
import { type TActor, can } from '../../platform/auth/policy.js';
import type { TTodoItem } from '../../platform/module/module.types.js';
import {
  countDockingRequests,
  countExpiredOpenDemands,
  countMyInvitations,
  countPendingDemands,
  countReturnedDemands,
  countUnansweredInvitations,
} from './innovation-todos.repo.js';

// 科创服务's items on the home-page to-do list (issue 12 §11), per role: reviewers see demands waiting
// for review, enterprises' docking requests and overdue items of their subtree; experts their
// invitations; enterprises their returned demands.

/** Days after which a waiting item counts as overdue (shown in red). */
export const TODO_OVERDUE_DAYS = { review: 5, dockingRequest: 5, invitation: 7 } as const;

/** The innovation to-do provider (TServerModule.todos). */
export async function innovationTodos(db: Db, actor: TActor): Promise<TTodoItem[]> {
  const items: TTodoItem[] = [];
  if (can(actor, 'demands:review')) {
    const pending = await countPendingDemands(db, actor, TODO_OVERDUE_DAYS.review);
    items.push({
      key: 'innovation.demands.pending',
      label: '待我审核的技术需求',
      labelEn: 'Demands waiting for my review',
      count: pending.n,
      link: '/admin/demands?status=pending&sort=updatedAt',
      overdue: pending.late > 0,
    });
    const requests = await countDockingRequests(db, actor, TODO_OVERDUE_DAYS.dockingRequest);
    items.push({
      key: 'innovation.docking.requests',
      label: '企业申请对接待处理',
      labelEn: 'Docking requests from enterprises',
      count: requests.n,
      link: '/admin/demands?status=published',
      overdue: requests.late > 0,
    });
    const expired = await countExpiredOpenDemands(db, actor);
    items.push({
      key: 'innovation.demands.expired',
      label: '已过截止日期仍在征集的需求',
      labelEn: 'Open demands past their deadline',
      count: expired.n,
      link: '/admin/demands?status=published&sort=deadline',
      overdue: expired.n > 0,
    });
    const unanswered = await countUnansweredInvitations(db, actor, TODO_OVERDUE_DAYS.invitation);
    items.push({
      key: 'innovation.invitations.unanswered',
      label: `专家超过 ${TODO_OVERDUE_DAYS.invitation} 天未答复的邀请`,
      labelEn: `Invitations unanswered for over ${TODO_OVERDUE_DAYS.invitation} days`,
      count: unanswered.n,
      link: '/admin/demands?status=published',
      overdue: unanswered.n > 0,
    });
  }
  if (can(actor, 'experts:self')) {
    const mine = await countMyInvitations(db, actor.userId, TODO_OVERDUE_DAYS.invitation);
    items.push({
      key: 'innovation.invitations.mine',
      label: '待我答复的对接邀请',
      labelEn: 'Invitations waiting for my answer',
      count: mine.n,
      link: '/admin/me/expert?tab=invitations',
      overdue: mine.late > 0,
    });
  }
  if (actor.roles.includes('enterprise')) {
    const returned = await countReturnedDemands(db, actor.userId);
    items.push({
      key: 'innovation.demands.returned',
      label: '被退回待修改的需求',
      labelEn: 'Returned demands to fix',
      count: returned.n,
      link: '/admin/demands?status=returned&mine=true',
    });
  }
  return items;
}
