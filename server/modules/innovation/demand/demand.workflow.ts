import type { DEMAND_STATUSES, MATCH_STATUSES } from '../innovation.schema.js';

// The two workflows of DESIGN.md §4 as data: who may move a demand / a match from which state to which.

export type TDemandStatus = (typeof DEMAND_STATUSES)[number];
export type TMatchStatus = (typeof MATCH_STATUSES)[number];

export const DEMAND_STATUS_LABELS: Record<TDemandStatus, string> = {
  draft: '草稿',
  pending: '待审核',
  returned: '退回',
  published: '已发布',
  docking: '对接中',
  signed: '已签约',
  solved: '已解决',
  closed: '已关闭',
};

export const MATCH_STATUS_LABELS: Record<TMatchStatus, string> = {
  recommended: '推荐',
  contacted: '已联系',
  accepted: '专家接受',
  declined: '专家婉拒',
  docking: '对接中',
  signed: '已签约',
};

/**
 * Who takes a demand transition: `owner` — the enterprise (an account acting for the demand's
 * enterprise, or the staff member who filed it on the enterprise's behalf); `reviewer` — staff of the
 * demand's org subtree who do not act for the enterprise (an enterprise never approves its own demand).
 */
export type TDemandParty = 'owner' | 'reviewer';

/** 草稿 → 待审核 → 已发布 → 对接中 → 已签约 / 已解决 → 已关闭; 退回 (with reason) from 待审核, then back to 待审核. */
export const DEMAND_TRANSITIONS: Record<TDemandStatus, Partial<Record<TDemandStatus, readonly TDemandParty[]>>> = {
  draft: { pending: ['owner'], closed: ['owner'] },
  returned: { pending: ['owner'], closed: ['owner'] },
  pending: { published: ['reviewer'], returned: ['reviewer'], closed: ['owner'] },
  published: { docking: ['reviewer'], closed: ['owner', 'reviewer'] },
  docking: { signed: ['reviewer'], solved: ['reviewer'], closed: ['owner', 'reviewer'] },
  signed: { closed: ['owner', 'reviewer'] },
  solved: { closed: ['owner', 'reviewer'] },
  closed: {},
};

/** Transitions that need a reason (退回 tells the enterprise what to fix). */
export const DEMAND_REASON_REQUIRED: ReadonlySet<TDemandStatus> = new Set(['returned']);

/** States in which the enterprise edits its demand; staff correct anything short of closed. */
export const DEMAND_OWNER_EDITABLE: ReadonlySet<TDemandStatus> = new Set(['draft', 'returned']);
export const DEMAND_REVIEWER_EDITABLE: ReadonlySet<TDemandStatus> = new Set(['pending', 'published', 'docking', 'signed', 'solved']);

/** States in which experts can be invited and dockings requested. */
export const DEMAND_OPEN: ReadonlySet<TDemandStatus> = new Set(['published', 'docking']);

/** States from which the enterprise sees recommended experts ("once it is published"). */
export const DEMAND_PUBLISHED_OR_LATER: ReadonlySet<TDemandStatus> = new Set(['published', 'docking', 'signed', 'solved', 'closed']);

export function demandTransitionParties(from: TDemandStatus, to: TDemandStatus): readonly TDemandParty[] | undefined {
  return DEMAND_TRANSITIONS[from]?.[to];
}

/** The states the actor may move the demand to now. */
export function allowedDemandTransitions(from: TDemandStatus, parties: { isOwner: boolean; isReviewer: boolean }): TDemandStatus[] {
  return (Object.entries(DEMAND_TRANSITIONS[from]) as Array<[TDemandStatus, readonly TDemandParty[]]>)
    .filter(([, who]) => (parties.isOwner && who.includes('owner')) || (parties.isReviewer && who.includes('reviewer')))
    .map(([to]) => to);
}

/**
 * 推荐 → 已联系 → 专家接受 / 专家婉拒 → 对接中 → 已签约. `staff` invite and run the docking; `expert`
 * answers an invitation.
 */
export const MATCH_TRANSITIONS: Record<TMatchStatus, Partial<Record<TMatchStatus, 'staff' | 'expert'>>> = {
  recommended: { contacted: 'staff' },
  contacted: { accepted: 'expert', declined: 'expert' },
  accepted: { docking: 'staff' },
  declined: {},
  docking: { signed: 'staff' },
  signed: {},
};

export function matchTransitionParty(from: TMatchStatus, to: TMatchStatus): 'staff' | 'expert' | undefined {
  return MATCH_TRANSITIONS[from]?.[to];
}
