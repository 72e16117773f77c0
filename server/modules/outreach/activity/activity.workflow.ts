import { ACTIVITY_STATUS_LABELS, ACTIVITY_STATUSES, type TActivityStatus } from '../../../../shared/outreach-activity.js';
import { allowedTransitions, defineWorkflow } from '../../../platform/workflow/workflow.js';

/**
 * Who moves an activity: `owner` — anyone who may file activities for the organizer org (its subtree's
 * liaisons and staff); `reviewer` — staff with activities:review over the organizer org (备案 / 退回).
 */
export type TActivityParty = 'owner' | 'reviewer';

/** 计划 → 已备案 (or 退回 with a reason → 计划 again) → 已举办 (after the start date) → 已总结. */
export const ACTIVITY_WORKFLOW = defineWorkflow<TActivityStatus, TActivityParty>({
  entity: 'activity',
  code: 'ACTIVITY',
  noun: { zh: '科普活动', en: 'An activity' },
  states: ACTIVITY_STATUSES,
  labels: ACTIVITY_STATUS_LABELS,
  transitions: {
    planned: { filed: { who: ['reviewer'] }, returned: { who: ['reviewer'], requires: ['reason'] } },
    returned: { planned: { who: ['owner'] } },
    filed: { held: { who: ['owner', 'reviewer'] } },
    held: { summarized: { who: ['owner', 'reviewer'] } },
    summarized: {},
  },
});

/** States in which the organizer edits the activity; reviewers correct anything short of 已总结. */
export const ACTIVITY_OWNER_EDITABLE: ReadonlySet<TActivityStatus> = new Set(['planned', 'returned']);
export const ACTIVITY_REVIEWER_EDITABLE: ReadonlySet<TActivityStatus> = new Set(['planned', 'returned', 'filed', 'held']);
/** States whose summary may fall due (held or about to be). */
export const ACTIVITY_SUMMARY_PENDING: readonly TActivityStatus[] = ['filed', 'held'];

export function activityParties(a: { isOwner: boolean; isReviewer: boolean }): TActivityParty[] {
  return [...(a.isOwner ? (['owner'] as const) : []), ...(a.isReviewer ? (['reviewer'] as const) : [])];
}

/** The moves offered as buttons (the summary has its own form; 已举办 needs the start date to have come). */
export function allowedActivityTransitions(from: TActivityStatus, a: { isOwner: boolean; isReviewer: boolean }, started: boolean): TActivityStatus[] {
  return allowedTransitions(ACTIVITY_WORKFLOW, from, activityParties(a)).filter((to) => to !== 'held' || started);
}
