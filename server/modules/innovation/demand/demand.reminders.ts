import type { DbOrTx } from '../../../db/client.js';
import { notify } from '../../../platform/notifications/notification.service.js';
import { type TReminderHandlers, cancelReminder, scheduleReminder } from '../../../platform/notifications/reminder.service.js';
import { findDemandById } from './demand.repo.js';
import { DEMAND_OPEN } from './demand.workflow.js';

// A demand's 截止日期: its reviewing staff hear about it a few days before, while it is still open.

export const DEMAND_DEADLINE_REMINDER = 'demand.deadline';
/** Days before the deadline the reminder fires. */
export const DEMAND_DEADLINE_NOTICE_DAYS = 3;

const keyOf = (demandId: number) => `${DEMAND_DEADLINE_REMINDER}:${demandId}`;

/**
 * Schedules, moves or cancels the deadline reminder of a demand (inside the caller's transaction):
 * 09:00 China time, DEMAND_DEADLINE_NOTICE_DAYS days before the deadline; none without a deadline or
 * when the deadline has passed.
 */
export async function scheduleDemandDeadline(tx: DbOrTx, demandId: number, deadline: string | null, now = new Date()) {
  const end = deadline ? new Date(`${deadline}T23:59:59+08:00`) : null;
  if (!end || Number.isNaN(end.getTime()) || end <= now) return cancelReminder(tx, keyOf(demandId));
  const dueAt = new Date(`${deadline}T09:00:00+08:00`);
  dueAt.setUTCDate(dueAt.getUTCDate() - DEMAND_DEADLINE_NOTICE_DAYS);
  await scheduleReminder(tx, { kind: DEMAND_DEADLINE_REMINDER, dueAt, payload: { demandId }, dedupeKey: keyOf(demandId) });
}

export const DEMAND_REMINDERS: TReminderHandlers = {
  [DEMAND_DEADLINE_REMINDER]: async (db, r) => {
    const { demandId } = r.payload as { demandId: number };
    const d = await findDemandById(db, demandId);
    if (!d || !DEMAND_OPEN.has(d.status) || !d.deadline) return; // closed meanwhile: nothing to remind
    await notify(db, {
      reviewersOf: { orgId: d.orgId, roles: ['district_staff', 'city_staff'] },
      kind: DEMAND_DEADLINE_REMINDER,
      title: `需求即将截止：${d.title}`,
      titleEn: `Demand deadline approaching: ${d.title}`,
      body: `「${d.enterpriseName}」的技术需求将于 ${d.deadline} 截止，当前状态：${d.status === 'docking' ? '对接中' : '已发布'}`,
      link: `/admin/demands/${d.id}`,
      entity: 'demand',
      entityId: d.id,
    });
  },
};
