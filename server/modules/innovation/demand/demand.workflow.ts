import { allowedTransitions, defineWorkflow } from '../../../platform/workflow/workflow.js';
import { DEMAND_STATUSES, MATCH_STATUSES } from '../innovation.schema.js';

// The two workflows of DESIGN.md §4 as data: who may move a demand / a match from which state to which.

export type TDemandStatus = (typeof DEMAND_STATUSES)[number];
export type TMatchStatus = (typeof MATCH_STATUSES)[number];

/**
 * Who takes a demand transition: `owner` — the enterprise (an account acting for the demand's
 * enterprise, or the staff member who filed it on the enterprise's behalf); `reviewer` — staff of the
 * demand's org subtree who do not act for the enterprise (an enterprise never approves its own demand).
 */
export type TDemandParty = 'owner' | 'reviewer';

/** 草稿 → 待审核 → 已发布 → 对接中 → 已签约 / 已解决 → 已关闭; 退回 (with reason) from 待审核, then back to 待审核. */
export const DEMAND_WORKFLOW = defineWorkflow<TDemandStatus, TDemandParty>({
  entity: 'demand',
  code: 'DEMAND',
  noun: { zh: '需求', en: 'A demand' },
  states: DEMAND_STATUSES,
  labels: {
    draft: { zh: '草稿', en: 'Draft' },
    pending: { zh: '待审核', en: 'Pending review' },
    returned: { zh: '退回', en: 'Returned' },
    published: { zh: '已发布', en: 'Published' },
    docking: { zh: '对接中', en: 'Docking' },
    signed: { zh: '已签约', en: 'Signed' },
    solved: { zh: '已解决', en: 'Solved' },
    closed: { zh: '已关闭', en: 'Closed' },
  },
  transitions: {
    draft: { pending: { who: ['owner'] }, closed: { who: ['owner'] } },
    returned: { pending: { who: ['owner'] }, closed: { who: ['owner'] } },
    pending: { published: { who: ['reviewer'] }, returned: { who: ['reviewer'], requires: ['reason'] }, closed: { who: ['owner'] } },
    published: { docking: { who: ['reviewer'] }, closed: { who: ['owner', 'reviewer'] } },
    docking: { signed: { who: ['reviewer'] }, solved: { who: ['reviewer'] }, closed: { who: ['owner', 'reviewer'] } },
    signed: { closed: { who: ['owner', 'reviewer'] } },
    solved: { closed: { who: ['owner', 'reviewer'] } },
    closed: {},
  },
});

/** The demand's moves: from → to → parties (read from DEMAND_WORKFLOW). */
export const DEMAND_TRANSITIONS = Object.fromEntries(
  Object.entries(DEMAND_WORKFLOW.transitions).map(([from, tos]) => [from, Object.fromEntries(Object.entries(tos).map(([to, r]) => [to, r.who]))]),
) as Record<TDemandStatus, Partial<Record<TDemandStatus, readonly TDemandParty[]>>>;

const zhLabels = <S extends string>(labels: Record<S, { zh: string }>) =>
  Object.fromEntries(Object.entries<{ zh: string }>(labels).map(([k, v]) => [k, v.zh])) as Record<S, string>;
export const DEMAND_STATUS_LABELS: Record<TDemandStatus, string> = zhLabels(DEMAND_WORKFLOW.labels);

/** States in which the enterprise edits its demand; staff correct anything short of closed. */
export const DEMAND_OWNER_EDITABLE: ReadonlySet<TDemandStatus> = new Set(['draft', 'returned']);
export const DEMAND_REVIEWER_EDITABLE: ReadonlySet<TDemandStatus> = new Set(['pending', 'published', 'docking', 'signed', 'solved']);

/** States in which experts can be invited and dockings requested. */
export const DEMAND_OPEN: ReadonlySet<TDemandStatus> = new Set(['published', 'docking']);

/** States from which the enterprise sees recommended experts ("once it is published"). */
export const DEMAND_PUBLISHED_OR_LATER: ReadonlySet<TDemandStatus> = new Set(['published', 'docking', 'signed', 'solved', 'closed']);

export function demandTransitionParties(from: TDemandStatus, to: TDemandStatus): readonly TDemandParty[] | undefined {
  return DEMAND_WORKFLOW.rule(from, to)?.who;
}

/** The parties the actor is to a demand. */
export function demandParties(a: { isOwner: boolean; isReviewer: boolean }): TDemandParty[] {
  return [...(a.isOwner ? (['owner'] as const) : []), ...(a.isReviewer ? (['reviewer'] as const) : [])];
}

/** The states the actor may move the demand to now. */
export function allowedDemandTransitions(from: TDemandStatus, parties: { isOwner: boolean; isReviewer: boolean }): TDemandStatus[] {
  return allowedTransitions(DEMAND_WORKFLOW, from, demandParties(parties));
}

/** Who answers or runs an engagement: `staff` invite and run the docking; `expert` answers an invitation. */
export type TMatchParty = 'staff' | 'expert';

/** 推荐 → 已联系 → 专家接受 / 专家婉拒 → 对接中 → 已签约. */
export const MATCH_WORKFLOW = defineWorkflow<TMatchStatus, TMatchParty>({
  entity: 'match',
  code: 'MATCH',
  noun: { zh: '对接', en: 'An engagement' },
  states: MATCH_STATUSES,
  labels: {
    recommended: { zh: '推荐', en: 'Recommended' },
    contacted: { zh: '已联系', en: 'Contacted' },
    accepted: { zh: '专家接受', en: 'Accepted' },
    declined: { zh: '专家婉拒', en: 'Declined' },
    docking: { zh: '对接中', en: 'Docking' },
    signed: { zh: '已签约', en: 'Signed' },
  },
  transitions: {
    recommended: { contacted: { who: ['staff'] } },
    contacted: { accepted: { who: ['expert'] }, declined: { who: ['expert'] } },
    accepted: { docking: { who: ['staff'] } },
    declined: {},
    docking: { signed: { who: ['staff'] } },
    signed: {},
  },
});

/** The engagement's moves: from → to → the one party that takes it (read from MATCH_WORKFLOW). */
export const MATCH_TRANSITIONS = Object.fromEntries(
  Object.entries(MATCH_WORKFLOW.transitions).map(([from, tos]) => [from, Object.fromEntries(Object.entries(tos).map(([to, r]) => [to, r.who[0]]))]),
) as Record<TMatchStatus, Partial<Record<TMatchStatus, TMatchParty>>>;

export function matchTransitionParty(from: TMatchStatus, to: TMatchStatus): TMatchParty | undefined {
  return MATCH_WORKFLOW.rule(from, to)?.who[0];
}

export const MATCH_STATUS_LABELS: Record<TMatchStatus, string> = zhLabels(MATCH_WORKFLOW.labels);
