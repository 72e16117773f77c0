import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { zText } from '../../../platform/text-schema.js';
import { DEMAND_CATEGORIES, DEMAND_STATUSES } from '../innovation.schema.js';
import { ZTransitionOut } from '../../../platform/workflow/workflow.types.js';

// 技术需求 (technical demands): request and response schemas.

export const DEMAND_LIMITS = {
  titleMax: 100,
  descriptionMax: LIMITS.longTextMax,
  tagsMax: 20,
  reasonMax: 500,
  budgetMax: 9_999_999_999, // 万元: numeric(12, 2)
} as const;

const zId = z.number().int().positive().max(2_147_483_647);
const zTag = zText(50).pipe(z.string().min(1, '不能为空'));
const zBudget = (what: string) => z.number().min(0, '金额不能为负').max(DEMAND_LIMITS.budgetMax, '金额过大').nullish().describe(what);
const zDate = z.iso
  .date('日期格式应为 YYYY-MM-DD')
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', '日期超出范围');

const demandFields = {
  title: zText(DEMAND_LIMITS.titleMax).pipe(z.string().min(1, '需求名称不能为空')).describe('需求名称 title'),
  description: zText(DEMAND_LIMITS.descriptionMax).pipe(z.string().min(1, '需求描述不能为空')).describe('需求描述 description: the problem, current state, targets'),
  category: z.enum(DEMAND_CATEGORIES).describe('需求类别 技术攻关/卡脖子/成果转化/人才引进/技术咨询'),
  cluster: zText(50).nullish().describe('产业集群 industrial cluster (e.g. 船舶海工)'),
  industries: z.array(zTag).max(DEMAND_LIMITS.tagsMax).optional().describe('行业 industries'),
  keywords: z.array(zTag).max(DEMAND_LIMITS.tagsMax).optional().describe('关键词 keywords'),
  budgetMin: zBudget('预算下限 budget from (万元)'),
  budgetMax: zBudget('预算上限 budget to (万元)'),
  deadline: zDate.nullish().describe('期望解决时间 deadline (YYYY-MM-DD)'),
  confidentiality: z.enum(['public', 'staff']).optional().describe('public: shown in the demand hall once published; staff: staff only'),
};

export const ZDemandInput = z.strictObject({
  ...demandFields,
  enterpriseId: zId.optional().describe("需求企业 the enterprise (enterprise users: their own, default when they act for one)"),
});
export type TDemandInput = z.infer<typeof ZDemandInput>;

export const ZDemandPatch = z.strictObject(demandFields).partial().refine((v) => Object.values(v).some((x) => x !== undefined), {
  message: '没有要修改的字段 / nothing to change',
});
export type TDemandPatch = z.infer<typeof ZDemandPatch>;

export const ZDemandTransitionInput = z.strictObject({
  to: z.enum(DEMAND_STATUSES).describe('target state'),
  reason: zText(DEMAND_LIMITS.reasonMax).nullish().describe('原因 why (required when returning: 退回原因)'),
});
export type TDemandTransitionInput = z.infer<typeof ZDemandTransitionInput>;

export const DEMAND_SORTS = ['createdAt', 'updatedAt', 'publishedAt', 'deadline', 'title'] as const;

export const ZDemandQuery = z.object({
  q: z.string().trim().max(100).optional().describe('需求名称、描述、关键词'),
  status: z.enum(DEMAND_STATUSES).optional(),
  category: z.enum(DEMAND_CATEGORIES).optional(),
  cluster: z.string().max(50).optional(),
  confidentiality: z.enum(['public', 'staff']).optional(),
  orgId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('org subtree filter'),
  enterpriseId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  mine: z.enum(['true', 'false']).optional().describe("enterprise users: their enterprises' demands; staff: the ones they filed"),
  isDemo: z.enum(['true', 'false']).optional(),
  sort: z
    .enum([...DEMAND_SORTS, ...DEMAND_SORTS.map((s) => `-${s}` as const)] as [string, ...string[]])
    .optional()
    .describe('field, or -field for descending; default: relevance when q is given, else -updatedAt'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
});
export type TDemandQuery = z.infer<typeof ZDemandQuery>;

const ZStatus = z.enum(DEMAND_STATUSES);

export const ZDemandSummary = z.object({
  id: z.number(),
  title: z.string(),
  category: z.enum(DEMAND_CATEGORIES),
  cluster: z.string().nullable(),
  industries: z.array(z.string()),
  keywords: z.array(z.string()),
  budgetMin: z.number().nullable(),
  budgetMax: z.number().nullable(),
  deadline: z.string().nullable(),
  confidentiality: z.enum(['public', 'staff']),
  status: ZStatus,
  statusLabel: z.string().describe('状态 in Chinese'),
  returnReason: z.string().nullable().describe('退回原因 while returned'),
  enterpriseId: z.number(),
  enterpriseName: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  createdBy: z.number().nullable(),
  publishedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TDemandSummary = z.infer<typeof ZDemandSummary>;

export const ZDemandOut = ZDemandSummary.extend({
  description: z.string(),
  transitions: z.array(ZTransitionOut).describe('history: who moved it from which state to which, when and why'),
  allowedTransitions: z.array(ZStatus).describe('states the current user may move it to now'),
  canEdit: z.boolean(),
  canSeeMatches: z.boolean().describe('the current user may see recommended experts'),
  canInvite: z.boolean().describe('the current user may invite experts now'),
});
export type TDemandOut = z.infer<typeof ZDemandOut>;
