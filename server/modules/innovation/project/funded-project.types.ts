import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { hasSomeField, nonEmptyPatch, zId, zMoney, zOptText, zPage, zPageSize, zQueryId, zQueryText, zReqText, zSort, zYear } from '../../../platform/http/common.types.js';
import { ZEnterpriseRef } from '../docking/linked-records.types.js';
import { PLATFORM_LEVELS } from '../innovation.schema.js';

export const PROJECT_STATUSES = ['applied', 'approved', 'ongoing', 'completed', 'rejected'] as const;
/** The programme the seed article names; the default in forms. */
export const KECHUANG_JIANGSU = '科创江苏专项行动计划';

/** 立项项目 — a funded project (科创江苏 …). */
export const ZFundedProjectInput = z.strictObject({
  name: zReqText(LIMITS.textMax, '项目名称 name'),
  programme: zReqText(100, `计划/专项 programme, e.g. ${KECHUANG_JIANGSU}`),
  level: z.enum(PLATFORM_LEVELS).describe('级别 national / provincial / municipal'),
  year: zYear.describe('立项年度 year'),
  orgId: zId.optional().describe("推荐/归口组织 owning org (decides who may see it); default: the actor's org"),
  leadUnit: zOptText(LIMITS.textMax, '承担单位 lead unit'),
  enterpriseId: zId.nullish().describe('承担企业 enterprise (in your subtree)'),
  status: z.enum(PROJECT_STATUSES).optional().describe('applied 已申报 / approved 已立项 (default) / ongoing 实施中 / completed 已结题 / rejected 未立项'),
  amount: zMoney.nullish().describe('资助金额（万元） amount in 10k CNY'),
});
export type TFundedProjectInput = z.infer<typeof ZFundedProjectInput>;

export const ZFundedProjectPatch = ZFundedProjectInput.partial().refine(hasSomeField, nonEmptyPatch);
export type TFundedProjectPatch = z.infer<typeof ZFundedProjectPatch>;

export const PROJECT_SORTS = ['year', 'name', 'amount', 'createdAt'] as const;

export const ZFundedProjectQuery = z.object({
  q: zQueryText().optional().describe('项目名称或承担单位中的文字'),
  programme: zQueryText().optional(),
  level: z.enum(PLATFORM_LEVELS).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  orgId: zQueryId.optional().describe('org subtree filter'),
  enterpriseId: zQueryId.optional(),
  isDemo: z.enum(['true', 'false']).optional(),
  sort: zSort(PROJECT_SORTS, 'field, or -field for descending; default -year'),
  page: zPage,
  pageSize: zPageSize,
});
export type TFundedProjectQuery = z.infer<typeof ZFundedProjectQuery>;

export const ZFundedProjectOut = z.object({
  id: z.number(),
  name: z.string(),
  programme: z.string(),
  level: z.enum(PLATFORM_LEVELS),
  year: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  leadUnit: z.string().nullable(),
  enterpriseId: z.number().nullable(),
  enterprise: ZEnterpriseRef.nullable(),
  status: z.enum(PROJECT_STATUSES),
  amount: z.number().nullable().describe('万元'),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TFundedProjectOut = z.infer<typeof ZFundedProjectOut>;

export const ZFundedProjectList = z.object({
  items: z.array(ZFundedProjectOut),
  total: z.number(),
  totals: z.object({ projects: z.number(), amount: z.number().describe('万元') }).describe('over every project matching the filters'),
});
