import { describe, expect, it } from 'vitest';
import { DEMAND_STATUSES, MATCH_STATUSES } from '../innovation.schema.js';
import { DEMAND_TRANSITIONS, MATCH_TRANSITIONS, allowedDemandTransitions, demandTransitionParties, matchTransitionParty } from './demand.workflow.js';

describe('demand workflow (DESIGN.md §4)', () => {
  it('follows 草稿 → 待审核 → 已发布 → 对接中 → 已签约/已解决 → 已关闭, with 退回 from 待审核', () => {
    expect(demandTransitionParties('draft', 'pending')).toEqual(['owner']);
    expect(demandTransitionParties('pending', 'published')).toEqual(['reviewer']);
    expect(demandTransitionParties('pending', 'returned')).toEqual(['reviewer']);
    expect(demandTransitionParties('returned', 'pending')).toEqual(['owner']);
    expect(demandTransitionParties('published', 'docking')).toEqual(['reviewer']);
    expect(demandTransitionParties('docking', 'signed')).toEqual(['reviewer']);
    expect(demandTransitionParties('docking', 'solved')).toEqual(['reviewer']);
    expect(demandTransitionParties('signed', 'closed')).toContain('reviewer');
  });

  it('has no shortcut: draft → signed, draft → published, returned → published, closed → anything', () => {
    expect(demandTransitionParties('draft', 'signed')).toBeUndefined();
    expect(demandTransitionParties('draft', 'published')).toBeUndefined();
    expect(demandTransitionParties('returned', 'published')).toBeUndefined();
    for (const to of DEMAND_STATUSES) expect(demandTransitionParties('closed', to)).toBeUndefined();
  });

  it('never lets the owner (the enterprise) approve, return, dock or sign', () => {
    for (const from of DEMAND_STATUSES) {
      for (const [to, who] of Object.entries(DEMAND_TRANSITIONS[from])) {
        if (['published', 'returned', 'docking', 'signed', 'solved'].includes(to)) expect(who, `${from} → ${to}`).not.toContain('owner');
      }
    }
    expect(allowedDemandTransitions('pending', { isOwner: true, isReviewer: false })).toEqual(['closed']);
    expect(allowedDemandTransitions('pending', { isOwner: false, isReviewer: true }).sort()).toEqual(['published', 'returned']);
  });

  it('lets every state but closed reach closed (an enterprise may withdraw; staff close finished work)', () => {
    for (const from of DEMAND_STATUSES.filter((s) => s !== 'closed')) expect(demandTransitionParties(from, 'closed'), from).toBeDefined();
  });

  it('runs matches 推荐 → 已联系 → 接受/婉拒 → 对接中 → 已签约, the expert answering', () => {
    expect(matchTransitionParty('recommended', 'contacted')).toBe('staff');
    expect(matchTransitionParty('contacted', 'accepted')).toBe('expert');
    expect(matchTransitionParty('contacted', 'declined')).toBe('expert');
    expect(matchTransitionParty('accepted', 'docking')).toBe('staff');
    expect(matchTransitionParty('docking', 'signed')).toBe('staff');
    expect(matchTransitionParty('declined', 'docking')).toBeUndefined();
    expect(matchTransitionParty('contacted', 'signed')).toBeUndefined();
    for (const to of MATCH_STATUSES) expect(matchTransitionParty('signed', to)).toBeUndefined();
    expect(Object.keys(MATCH_TRANSITIONS).sort()).toEqual([...MATCH_STATUSES].sort());
  });
});
