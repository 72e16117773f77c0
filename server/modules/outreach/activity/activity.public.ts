import { TARGET_GROUP_LABELS } from '../../../../shared/outreach.js';
import { ACTIVITY_TYPE_LABELS } from '../../../../shared/outreach-activity.js';
import type { DbOrTx } from '../../../db/client.js';
import { notFound } from '../../../platform/errors.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { buildCalendar, type TIcsEvent } from './activity.ics.js';
import { findPublicActivity, selectPublicActivities, type TActivityRow } from './activity.repo.js';
import type { TPublicActivity, TPublicActivityFeedQuery, TPublicActivityQuery } from './activity.types.js';

// The public activity calendar (no login): approved (已备案 / 已举办 / 已总结) activities flagged public,
// with public fields only — no budget, contact, internal note or participant numbers.

export function presentPublicActivity(r: TActivityRow, today = todayInChina()): TPublicActivity {
  return {
    id: r.id,
    type: r.type,
    typeLabel: ACTIVITY_TYPE_LABELS[r.type].zh,
    title: r.title,
    organizer: r.orgName,
    coOrganizers: r.coOrganizers,
    districtId: r.districtOrgId,
    districtName: r.districtName,
    startDate: r.startDate,
    endDate: r.endDate,
    venue: r.venue,
    targetGroups: r.targetGroups,
    description: r.description,
    phase: r.startDate > today ? 'upcoming' : r.endDate < today ? 'past' : 'ongoing',
    isDemo: r.isDemo,
  };
}

export async function listPublicActivities(db: DbOrTx, q: TPublicActivityQuery) {
  const { items, total } = await selectPublicActivities(db, q, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  const today = todayInChina();
  return { items: items.map((r) => presentPublicActivity(r, today)), total };
}

/** @throws AppError NOT_FOUND (also for non-public or not yet approved activities) */
export async function getPublicActivity(db: DbOrTx, id: number): Promise<TPublicActivity> {
  const row = await findPublicActivity(db, id);
  if (!row) throw notFound('科普活动', 'Activity');
  return presentPublicActivity(row);
}

function icsEvent(r: TActivityRow, host: string): TIcsEvent {
  const groups = r.targetGroups.map((g) => TARGET_GROUP_LABELS[g].zh);
  const description = [
    r.description,
    `主办单位：${[r.orgName, ...r.coOrganizers].join('、')}`,
    groups.length ? `面向人群：${groups.join('、')}` : null,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    uid: `activity-${r.id}@${host}`,
    stamp: r.updatedAt,
    startDate: r.startDate,
    endDate: r.endDate,
    summary: r.title,
    location: r.venue,
    description,
    categories: [ACTIVITY_TYPE_LABELS[r.type].zh],
    organizer: r.orgName,
  };
}

/** One public activity as an .ics file. @throws AppError NOT_FOUND */
export async function publicActivityIcs(db: DbOrTx, id: number, host: string): Promise<string> {
  const row = await findPublicActivity(db, id);
  if (!row) throw notFound('科普活动', 'Activity');
  return buildCalendar(row.title, [icsEvent(row, host)]);
}

export const ICS_FEED_MAX = 500;

/** The filtered feed: public activities from `from` (default: 30 days ago) on, at most ICS_FEED_MAX. */
export async function publicActivityFeed(db: DbOrTx, q: TPublicActivityFeedQuery, host: string, calendarName: string): Promise<string> {
  const from = q.from ?? new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const { items } = await selectPublicActivities(db, { ...q, from }, { limit: ICS_FEED_MAX, offset: 0 });
  return buildCalendar(calendarName, items.map((r) => icsEvent(r, host)));
}
