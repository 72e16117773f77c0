import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { TARGET_GROUPS } from '../../../../shared/outreach.js';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from '../../../../shared/outreach-activity.js';
import { hasSomeField, nonEmptyPatch, zDate, zId, zOptText, zPage, zPageSize, zQueryId, zQueryText, zReqText, zSort } from '../../../platform/http/common.types.js';
import { zText } from '../../../platform/text-schema.js';
import { ZTransitionOut } from '../../../platform/workflow/workflow.types.js';

const zCount = (what: string) => z.number().int().min(0, `${what}不能为负数`).max(100_000_000, `${what}过大`);
const zPhone = z
  .string()
  .trim()
  .max(30)
  .regex(/^[\d\-+() ]*$/, '联系电话格式不正确');

const fields = {
  type: z.enum(ACTIVITY_TYPES).describe('活动类型 type'),
  title: zReqText(LIMITS.textMax, '活动名称 title'),
  orgId: zId.optional().describe("主办单位 organizer org (your subtree); default: the actor's org"),
  districtOrgId: zId.nullish().describe("县区 district (a county-level org); default: the organizer's county-level ancestor"),
  coOrganizers: z.array(zReqText(LIMITS.textMax, '协办单位 co-organizer')).max(20).optional().describe('协办单位 co-organizers'),
  startDate: zDate.describe('开始日期 start date'),
  endDate: zDate.optional().describe('结束日期 end date (default: the start date)'),
  venue: zOptText(LIMITS.textMax, '活动地点 venue'),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length).optional().describe('面向人群 target groups'),
  plannedParticipants: zCount('计划参与人数').nullish().describe('计划参与人数 planned participants'),
  onlineReach: zCount('线上覆盖人次').nullish().describe('线上覆盖人次 online reach'),
  budget: z.number().min(0, '预算不能为负数').max(1_000_000_000, '预算过大').nullish().describe('预算（元） budget in yuan'),
  description: zOptText(LIMITS.longTextMax, '活动简介 description'),
  contactName: zOptText(LIMITS.nameMax, '联系人 contact (internal)'),
  contactPhone: zPhone.nullish().describe('联系电话 contact phone (internal)'),
  internalNote: zOptText(LIMITS.longTextMax, '内部备注 internal note'),
  isPublic: z.boolean().optional().describe('在门户活动日历公开 show on the public calendar (default true)'),
};

export const ZActivityInput = z.strictObject(fields);
export type TActivityInput = z.infer<typeof ZActivityInput>;

export const ZActivityPatch = z.strictObject(fields).partial().refine(hasSomeField, nonEmptyPatch);
export type TActivityPatch = z.infer<typeof ZActivityPatch>;

export const ACTIVITY_SORTS = ['startDate', 'title', 'plannedParticipants', 'createdAt', 'updatedAt'] as const;

const listFilters = {
  q: zQueryText().optional().describe('活动名称、地点或主办单位中的文字'),
  status: z.enum(ACTIVITY_STATUSES).optional(),
  type: z.enum(ACTIVITY_TYPES).optional(),
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  districtId: zQueryId.optional().describe('县区 district org id'),
  orgId: zQueryId.optional().describe('organizer org subtree'),
  from: zDate.optional().describe('start date ≥ this'),
  to: zDate.optional().describe('start date ≤ this'),
  overdue: z.enum(['true', 'false']).optional().describe('true: summary overdue (逾期) only'),
  isDemo: z.enum(['true', 'false']).optional(),
};

export const ZActivityQuery = z.object({
  ...listFilters,
  sort: zSort(ACTIVITY_SORTS, 'field, or -field for descending; default -startDate'),
  page: zPage,
  pageSize: zPageSize,
});
export type TActivityQuery = z.infer<typeof ZActivityQuery>;
export const ZActivityExportQuery = ZActivityQuery.omit({ page: true, pageSize: true });
export type TActivityExportQuery = z.infer<typeof ZActivityExportQuery>;

export const ZActivityTotalsQuery = z.object(listFilters);
export type TActivityTotalsQuery = z.infer<typeof ZActivityTotalsQuery>;

export const ZActivityTransitionInput = z.strictObject({
  to: z.enum(ACTIVITY_STATUSES).describe('target state'),
  reason: zOptText(1000, '原因 reason (required for 退回)'),
});
export type TActivityTransitionInput = z.infer<typeof ZActivityTransitionInput>;

export const ZActivitySummaryInput = z.strictObject({
  summary: zReqText(LIMITS.longTextMax, '活动总结 summary'),
  actualParticipants: zCount('实际参与人数').describe('实际参与人数 final participant count'),
  photoIds: z.array(z.uuid('照片编号不正确')).max(30).optional().describe('活动照片 photos: ids of uploaded files (POST /api/v1/files)'),
  links: z
    .array(zText(500).pipe(z.url('链接格式不正确')))
    .max(20)
    .optional()
    .describe('报道链接 links'),
});
export type TActivitySummaryInput = z.infer<typeof ZActivitySummaryInput>;

const ZTransition = ZTransitionOut.omit({ actorOrgId: true });

export const ZActivityOut = z.object({
  id: z.number(),
  type: z.enum(ACTIVITY_TYPES),
  typeLabel: z.string(),
  title: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  districtOrgId: z.number().nullable(),
  districtName: z.string().nullable(),
  coOrganizers: z.array(z.string()),
  startDate: z.string(),
  endDate: z.string(),
  venue: z.string().nullable(),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  plannedParticipants: z.number().nullable(),
  onlineReach: z.number().nullable(),
  budget: z.number().nullable(),
  description: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable().describe('masked (138****5678)'),
  internalNote: z.string().nullable(),
  isPublic: z.boolean(),
  status: z.enum(ACTIVITY_STATUSES),
  statusLabel: z.string(),
  returnReason: z.string().nullable(),
  summaryDueOn: z.string().describe('end date + the summary days (setting)'),
  isOverdue: z.boolean().describe('summary past due and not yet summarized (逾期)'),
  summary: z.string().nullable(),
  photos: z.array(z.object({ id: z.string(), name: z.string(), mime: z.string() })),
  links: z.array(z.string()),
  actualParticipants: z.number().nullable(),
  filedAt: z.date().nullable(),
  heldAt: z.date().nullable(),
  summarizedAt: z.date().nullable(),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TActivityOut = z.infer<typeof ZActivityOut>;

export const ZActivityDetail = ZActivityOut.extend({
  transitions: z.array(ZTransition),
  allowedTransitions: z.array(z.enum(ACTIVITY_STATUSES)),
  canEdit: z.boolean(),
  canSummarize: z.boolean(),
  canDelete: z.boolean(),
});
export type TActivityDetail = z.infer<typeof ZActivityDetail>;

export const ZActivityList = z.object({ items: z.array(ZActivityOut), total: z.number() });

const ZBucket = z.object({ key: z.string(), label: z.string(), labelEn: z.string(), count: z.number(), participants: z.number() });
export const ZActivityTotals = z.object({
  total: z.number(),
  participants: z.number().describe('实际参与人数, or the planned number where no summary yet'),
  byDistrict: z.array(ZBucket.extend({ districtId: z.number().nullable() })).describe('every district, and 市直 (no district); sums to total'),
  byType: z.array(ZBucket),
  byMonth: z.array(ZBucket).describe('YYYY-MM of the start date'),
  byTargetGroup: z.array(ZBucket).describe('an activity for several groups counts in each'),
});
export type TActivityTotals = z.infer<typeof ZActivityTotals>;

// ---- public calendar
export const ZPublicActivityQuery = z.object({
  from: zDate.optional().describe('activities ending on or after this date (default today)'),
  to: zDate.optional().describe('activities starting on or before this date'),
  districtId: zQueryId.optional(),
  type: z.enum(ACTIVITY_TYPES).optional(),
  q: zQueryText().optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type TPublicActivityQuery = z.infer<typeof ZPublicActivityQuery>;
export const ZPublicActivityFeedQuery = ZPublicActivityQuery.omit({ page: true, pageSize: true, q: true });
export type TPublicActivityFeedQuery = z.infer<typeof ZPublicActivityFeedQuery>;

export const ZPublicActivity = z.object({
  id: z.number(),
  type: z.enum(ACTIVITY_TYPES),
  typeLabel: z.string(),
  title: z.string(),
  organizer: z.string(),
  coOrganizers: z.array(z.string()),
  districtId: z.number().nullable(),
  districtName: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  venue: z.string().nullable(),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  description: z.string().nullable(),
  phase: z.enum(['upcoming', 'ongoing', 'past']),
  isDemo: z.boolean(),
});
export type TPublicActivity = z.infer<typeof ZPublicActivity>;
export const ZPublicActivityList = z.object({ items: z.array(ZPublicActivity), total: z.number() });
