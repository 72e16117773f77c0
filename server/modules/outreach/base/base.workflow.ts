import { defineWorkflow } from '../../../platform/workflow/workflow.js';
import { BASE_STATUSES } from './base.schema.js';

// The review cycle of a 科普阵地 (DESIGN.md §4) as data.

export type TBaseStatus = (typeof BASE_STATUSES)[number];

/**
 * Who takes a move: `owner` — staff and liaisons of the base's org subtree ('bases:write'), who
 * recommend and apply; `city` — the city association ('bases:review'), which reviews, recognizes and
 * runs the five-yearly 复核.
 */
export type TBaseParty = 'owner' | 'city';

/** Years a recognition (认定) or a retention (保留) is valid. */
export const BASE_VALID_YEARS = 5;

/** States in which a base counts as recognized: on the map, in the figures, due for 复核 when its validity ends. */
export const BASE_RECOGNIZED: ReadonlySet<TBaseStatus> = new Set(['recognized', 'in_review', 'retained']);
/** States from which a 复核 is started (recognized or retained, validity running out). */
export const BASE_REVIEWABLE: ReadonlySet<TBaseStatus> = new Set(['recognized', 'retained']);
/** States in which the owner still edits the record (before the city takes it up). */
export const BASE_OWNER_EDITABLE: ReadonlySet<TBaseStatus> = new Set(['recommended', 'applied']);

/** 推荐 → 申报 → 审核 → 认定 → 复核 → 保留 / 取消; 审核 returns to 申报 with a reason. */
export const BASE_WORKFLOW = defineWorkflow<TBaseStatus, TBaseParty>({
  entity: 'outreach_base',
  code: 'BASE',
  noun: { zh: '科普阵地', en: 'A base' },
  states: BASE_STATUSES,
  labels: {
    recommended: { zh: '推荐', en: 'Recommended' },
    applied: { zh: '申报', en: 'Applied' },
    under_review: { zh: '审核', en: 'Under review' },
    recognized: { zh: '认定', en: 'Recognized' },
    in_review: { zh: '复核', en: 'In review' },
    retained: { zh: '保留', en: 'Retained' },
    cancelled: { zh: '取消', en: 'Cancelled' },
  },
  transitions: {
    recommended: { applied: { who: ['owner', 'city'] }, cancelled: { who: ['owner', 'city'] } },
    applied: { under_review: { who: ['city'] }, cancelled: { who: ['owner', 'city'] } },
    under_review: { recognized: { who: ['city'] }, applied: { who: ['city'], requires: ['reason'] }, cancelled: { who: ['city'], requires: ['reason'] } },
    recognized: { in_review: { who: ['city'] }, cancelled: { who: ['city'], requires: ['reason'] } },
    in_review: { retained: { who: ['city'] }, cancelled: { who: ['city'], requires: ['reason'] } },
    retained: { in_review: { who: ['city'] }, cancelled: { who: ['city'], requires: ['reason'] } },
    cancelled: {},
  },
});

/** YYYY-MM-DD plus whole years (29 February → 28 February in a common year). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** YYYY-MM-DD plus whole months (the day clamped to the month's last). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * The dates a move sets: 认定 → recognized today, valid five years; 保留 → valid five more years from
 * the end of the running period (or from today, when that has already passed).
 */
export function datesOnMove(
  to: TBaseStatus,
  current: { recognizedOn: string | null; validUntil: string | null },
  today: string,
): { recognizedOn?: string; validUntil?: string; lastReviewedOn?: string } {
  if (to === 'recognized') return { recognizedOn: today, validUntil: addYears(today, BASE_VALID_YEARS) };
  if (to === 'retained') {
    const from = current.validUntil && current.validUntil > today ? current.validUntil : today;
    return { validUntil: addYears(from, BASE_VALID_YEARS), lastReviewedOn: today };
  }
  return {};
}
