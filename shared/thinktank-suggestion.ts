// 科技工作者建议: what server and web share — states, labels, limits, recipients, instruction levels.

/** 已提交 → 单位汇总 (forwarded) → 专家评审 (reviewed) → 编入期刊 (in_issue) → 已报送 (sent) → 已批示 → 已采纳; 退回 from the first two. */
export const SUGGESTION_STATUSES = ['submitted', 'returned', 'forwarded', 'reviewed', 'in_issue', 'sent', 'instructed', 'adopted'] as const;
export type TSuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const SUGGESTION_STATUS_LABELS: Record<TSuggestionStatus, { zh: string; en: string }> = {
  submitted: { zh: '已提交', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  forwarded: { zh: '单位已汇总报送', en: 'Forwarded by the unit' },
  reviewed: { zh: '专家已评审', en: 'Reviewed' },
  in_issue: { zh: '已编入期刊', en: 'In an issue' },
  sent: { zh: '已报送', en: 'Sent' },
  instructed: { zh: '已批示', en: 'Instructed' },
  adopted: { zh: '已采纳', en: 'Adopted' },
};

/** Reviewer's recommendation 采用 / 备选 / 不采用. */
export const SUGGESTION_RECOMMENDATIONS = ['adopt', 'reserve', 'reject'] as const;
export type TSuggestionRecommendation = (typeof SUGGESTION_RECOMMENDATIONS)[number];
export const SUGGESTION_RECOMMENDATION_LABELS: Record<TSuggestionRecommendation, { zh: string; en: string }> = {
  adopt: { zh: '采用', en: 'Adopt' },
  reserve: { zh: '备选', en: 'Reserve' },
  reject: { zh: '不采用', en: 'Reject' },
};

/** Leaders' instruction 批示 levels. */
export const INSTRUCTION_LEVELS = ['national', 'provincial', 'city'] as const;
export type TInstructionLevel = (typeof INSTRUCTION_LEVELS)[number];
export const INSTRUCTION_LEVEL_LABELS: Record<TInstructionLevel, { zh: string; en: string }> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  city: { zh: '市级', en: 'City' },
};

/** Where an issue is sent (报送); free text is allowed too, these are offered. */
export const ISSUE_RECIPIENTS = ['市委', '市政府', '省科协', '中国科协', '市人大', '市政协'] as const;

/** 中国科协《科技界情况》: a suggestion it carries (刊发) is recorded on the suggestion. */
export const CARRIER_NAME = '中国科协《科技界情况》';

export const SUGGESTION_LIMITS = {
  /** 问题 + 原因 + 对策, in characters (whitespace not counted). */
  bodyMax: 3000,
  /** Above this many characters an abstract 摘要 is required. */
  abstractAbove: 1000,
  abstractMax: 300,
} as const;

/** Characters of the body as the rule counts them: code points, whitespace left out. */
export function suggestionCharCount(v: { problem?: string | null; cause?: string | null; countermeasure?: string | null }): number {
  return Array.from(`${v.problem ?? ''}${v.cause ?? ''}${v.countermeasure ?? ''}`.replace(/\s+/g, '')).length;
}

/** 2026年第3期 */
export const issueLabel = (year: number, number: number) => `${year}年第${number}期`;
export const issueLabelEn = (year: number, number: number) => `${year} No. ${number}`;
