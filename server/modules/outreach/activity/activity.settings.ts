import { ACTIVITY_SUMMARY_DUE_DAYS_DEFAULT } from '../../../../shared/outreach-activity.js';

/**
 * Days after an activity's end date its summary is due (N). A deployment sets it with
 * KEXIE_ACTIVITY_SUMMARY_DAYS (1–90); anything else falls back to the default of 7.
 */
export function summaryDueDays(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.KEXIE_ACTIVITY_SUMMARY_DAYS);
  return Number.isInteger(n) && n >= 1 && n <= 90 ? n : ACTIVITY_SUMMARY_DUE_DAYS_DEFAULT;
}

/** YYYY-MM-DD plus some days (calendar arithmetic in UTC, no time zone drift). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
