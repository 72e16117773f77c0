import type { Db } from '../../../db/client.js';
import { can, type TActor } from '../../../platform/auth/policy.js';
import type { TTodoItem } from '../../../platform/module/module.types.js';
import { countAwaitingResults } from './competition.repo.js';
import { RESULTS_GRACE_DAYS } from './competition.types.js';

/** Staff who run competitions: editions that ended over two weeks ago with entries but no result recorded. */
export async function competitionTodos(db: Db, actor: TActor): Promise<TTodoItem[]> {
  if (!can(actor, 'competitions:write')) return [];
  const n = await countAwaitingResults(db, actor);
  if (n === 0) return [];
  return [
    {
      key: 'outreach.competitions.awaiting_results',
      label: `赛事结束超过 ${RESULTS_GRACE_DAYS} 天尚未录入获奖结果`,
      labelEn: `Competitions ended over ${RESULTS_GRACE_DAYS} days ago without results`,
      count: n,
      link: '/admin/outreach/competitions?awaitingResults=true',
      overdue: true,
    },
  ];
}
