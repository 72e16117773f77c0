// 科普惠民 · 科普活动: the activity code lists server and web share (types, states).

/** 活动类型: the campaign weeks and days of the 科普 calendar, the five 进 campaigns, and the usual formats. */
export const ACTIVITY_TYPES = [
  'science_day',
  'sci_tech_week',
  'publicity_week',
  'school',
  'community',
  'village',
  'enterprise',
  'lecture',
  'exhibition',
  'contest',
  'online',
  'other',
] as const;
export type TActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_TYPE_LABELS: Record<TActivityType, { zh: string; en: string }> = {
  science_day: { zh: '全国科普日', en: 'National Science Popularization Day' },
  sci_tech_week: { zh: '科技活动周', en: 'Science and Technology Week' },
  publicity_week: { zh: '科普宣传周', en: 'Science Publicity Week' },
  school: { zh: '科普进校园', en: 'Science in schools' },
  community: { zh: '科普进社区', en: 'Science in communities' },
  village: { zh: '科普进乡村', en: 'Science in villages' },
  enterprise: { zh: '科普进企业', en: 'Science in enterprises' },
  lecture: { zh: '讲座', en: 'Lecture' },
  exhibition: { zh: '展览', en: 'Exhibition' },
  contest: { zh: '竞赛', en: 'Contest' },
  online: { zh: '线上活动', en: 'Online activity' },
  other: { zh: '其他', en: 'Other' },
};

/** 计划 → 已备案 → 已举办 → 已总结; 退回 (with a reason) from 计划, then 重新提交 back to 计划. */
export const ACTIVITY_STATUSES = ['planned', 'returned', 'filed', 'held', 'summarized'] as const;
export type TActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_STATUS_LABELS: Record<TActivityStatus, { zh: string; en: string }> = {
  planned: { zh: '计划', en: 'Planned' },
  returned: { zh: '退回', en: 'Returned' },
  filed: { zh: '已备案', en: 'Filed' },
  held: { zh: '已举办', en: 'Held' },
  summarized: { zh: '已总结', en: 'Summarized' },
};

/** States shown on the public calendar (approved ones). */
export const ACTIVITY_PUBLIC_STATUSES = ['filed', 'held', 'summarized'] as const satisfies readonly TActivityStatus[];

/** Days after the end date the summary is due, unless the deployment sets KEXIE_ACTIVITY_SUMMARY_DAYS. */
export const ACTIVITY_SUMMARY_DUE_DAYS_DEFAULT = 7;
