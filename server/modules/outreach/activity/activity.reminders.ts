import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client.js';
import { users } from '../../../platform/auth/auth.schema.js';
import { notify } from '../../../platform/notifications/notification.service.js';
import { cancelReminder, scheduleReminder, type TReminderHandlers } from '../../../platform/notifications/reminder.service.js';
import { findActivityById } from './activity.repo.js';
import { addDays, summaryDueDays } from './activity.settings.js';
import { ACTIVITY_SUMMARY_PENDING } from './activity.workflow.js';

// An activity's summary is due N days after its end date (activity.settings.ts). The morning after it
// falls due, the organizer org's users and its parent org's staff hear about it, while it is still
// unsummarized.

export const ACTIVITY_SUMMARY_REMINDER = 'activity.summary_due';
const keyOf = (id: number) => `${ACTIVITY_SUMMARY_REMINDER}:${id}`;

/** When the reminder of an activity ending on `endDate` fires: 09:00 China time the day after the due date. */
export function summaryReminderAt(endDate: string, days = summaryDueDays()): Date {
  return new Date(`${addDays(endDate, days + 1)}T09:00:00+08:00`);
}

/** Schedules or moves the summary reminder (inside the caller's transaction). */
export async function scheduleActivityReminder(tx: DbOrTx, id: number, endDate: string) {
  await scheduleReminder(tx, { kind: ACTIVITY_SUMMARY_REMINDER, dueAt: summaryReminderAt(endDate), payload: { activityId: id }, dedupeKey: keyOf(id) });
}

export async function cancelActivityReminder(tx: DbOrTx, id: number) {
  await cancelReminder(tx, keyOf(id));
}

export const ACTIVITY_REMINDERS: TReminderHandlers = {
  [ACTIVITY_SUMMARY_REMINDER]: async (db, r) => {
    const { activityId } = r.payload as { activityId: number };
    const a = await findActivityById(db, activityId);
    if (!a || !ACTIVITY_SUMMARY_PENDING.includes(a.status)) return; // summarized (or never approved): nothing to remind
    const own = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.orgId, a.orgId), eq(users.isDisabled, false)));
    const due = addDays(a.endDate, summaryDueDays());
    await notify(db, {
      userIds: own.map((u) => u.id),
      reviewersOf: a.orgParentId ? { orgId: a.orgParentId, roles: ['district_staff', 'city_staff'] } : undefined,
      kind: ACTIVITY_SUMMARY_REMINDER,
      title: `活动总结已逾期：${a.title}`,
      titleEn: `Activity summary overdue: ${a.title}`,
      body: `「${a.orgName}」于 ${a.startDate} 举办的科普活动应在 ${due} 前提交总结，目前尚未提交。`,
      link: `/admin/outreach/activities?view=${a.id}`,
      entity: 'activity',
      entityId: a.id,
    });
  },
};
