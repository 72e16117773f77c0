import type { DbOrTx } from '../../../db/client.js';
import { notify } from '../../../platform/notifications/notification.service.js';
import { cancelReminder, scheduleReminder, type TReminderHandlers } from '../../../platform/notifications/reminder.service.js';
import { findBaseById } from './base.repo.js';
import { BASE_REVIEW_DUE_MONTHS } from './base.types.js';
import { addMonths, BASE_REVIEWABLE } from './base.workflow.js';

// A recognized base's five-year validity: when it falls within BASE_REVIEW_DUE_MONTHS of its end, the
// city staff (and the owning district's staff) hear that its 复核 is due.

export const BASE_REVIEW_REMINDER = 'outreach.base.review_due';

const keyOf = (baseId: number) => `${BASE_REVIEW_REMINDER}:${baseId}`;

/** When the review of a base valid until `validUntil` falls due: 09:00 China time, N months before. */
export function reviewDueAt(validUntil: string): Date {
  return new Date(`${addMonths(validUntil, -BASE_REVIEW_DUE_MONTHS)}T09:00:00+08:00`);
}

/**
 * Schedules or moves the review reminder of a base (inside the caller's transaction); cancels it when
 * the base has no running validity (not recognized, cancelled, no valid-until).
 */
export async function scheduleBaseReview(tx: DbOrTx, baseId: number, validUntil: string | null, active: boolean) {
  if (!validUntil || !active) return cancelReminder(tx, keyOf(baseId));
  await scheduleReminder(tx, { kind: BASE_REVIEW_REMINDER, dueAt: reviewDueAt(validUntil), payload: { baseId, validUntil }, dedupeKey: keyOf(baseId) });
}

export const BASE_REMINDERS: TReminderHandlers = {
  [BASE_REVIEW_REMINDER]: async (db, r) => {
    const { baseId, validUntil } = r.payload as { baseId: number; validUntil: string };
    const b = await findBaseById(db, baseId);
    // Reviewed, retained or cancelled meanwhile (its validity moved): nothing to remind.
    if (!b || !BASE_REVIEWABLE.has(b.status) || b.validUntil !== validUntil) return;
    const notice = {
      kind: BASE_REVIEW_REMINDER,
      title: `科普阵地复核到期：${b.name}`,
      titleEn: `Base due for review: ${b.name}`,
      body: `「${b.name}」（${b.orgName}）的认定有效期至 ${b.validUntil}，请安排复核`,
      link: `/admin/outreach/bases?view=${b.id}`,
      entity: 'outreach_base',
      entityId: b.id,
    };
    await notify(db, { ...notice, reviewersOf: { orgId: b.orgId, roles: ['city_staff'] } });
    if (b.districtId != null) await notify(db, { ...notice, reviewersOf: { orgId: b.districtId, roles: ['district_staff'] } });
  },
};
