import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { hasSomeField, nonEmptyPatch, zDate, zId, zIdList, zOptText, zPage, zPageSize, zQueryId, zQueryText, zReqText, zSort, zYear } from '../../../platform/http/common.types.js';
import { ZEnterpriseRef, ZExpertRef } from '../docking/linked-records.types.js';
import { PLATFORM_KINDS, PLATFORM_LEVELS } from '../innovation.schema.js';

export const PLATFORM_STATUSES = ['active', 'suspended', 'revoked'] as const;
export const ASSESSMENT_RATINGS = ['优秀', '良好', '合格', '不合格'] as const;

/** Chinese names of the platform kinds (院士工作站 …) and levels, for labels and exports. */
export const PLATFORM_KIND_LABELS: Record<(typeof PLATFORM_KINDS)[number], string> = {
  academician_workstation: '院士工作站',
  academician_center: '院士协同创新中心',
  haizhi_base: '海智工作基地',
  haizhi_offshore: '海智离岸基地',
  demo_station: '示范站',
};
export const PLATFORM_LEVEL_LABELS: Record<(typeof PLATFORM_LEVELS)[number], string> = {
  national: '国家级',
  provincial: '省级',
  municipal: '市级',
};

/** 创新平台 — 院士工作站 / 院士协同创新中心 / 海智基地 / 示范站. */
export const ZPlatformInput = z.strictObject({
  kind: z.enum(PLATFORM_KINDS).describe('类型 kind: 院士工作站 / 院士协同创新中心 / 海智工作基地 / 海智离岸基地 / 示范站'),
  name: zReqText(LIMITS.textMax, '平台名称 name'),
  level: z.enum(PLATFORM_LEVELS).describe('级别 national 国家级 / provincial 省级 / municipal 市级'),
  orgId: zId.optional().describe("所属组织 owning org (decides who may see it); default: the actor's org"),
  hostEnterpriseId: zId.nullish().describe('依托企业 host enterprise (in your subtree)'),
  hostName: zOptText(LIMITS.textMax, '依托单位 host name (when the host is not a registered enterprise)'),
  expertIds: zIdList(100).optional().describe('进站专家 linked experts'),
  academicians: z
    .array(zReqText(LIMITS.nameMax, '院士姓名 academician'))
    .max(50)
    .optional()
    .describe('进站院士 academicians (names, also those not in the expert registry)'),
  establishedOn: zDate.nullish().describe('认定/建站日期 established on'),
  validUntil: zDate.nullish().describe('有效期至 valid until (复核 due)'),
  status: z.enum(PLATFORM_STATUSES).optional().describe('状态 active 运行中 / suspended 暂停 / revoked 撤销'),
  description: zOptText(LIMITS.longTextMax, '简介 description'),
});
export type TPlatformInput = z.infer<typeof ZPlatformInput>;

export const ZPlatformPatch = ZPlatformInput.partial().refine(hasSomeField, nonEmptyPatch);
export type TPlatformPatch = z.infer<typeof ZPlatformPatch>;

export const PLATFORM_SORTS = ['name', 'establishedOn', 'validUntil', 'createdAt', 'updatedAt'] as const;

export const ZPlatformQuery = z.object({
  q: zQueryText().optional().describe('名称、依托单位或院士姓名中的文字'),
  kind: z.enum(PLATFORM_KINDS).optional(),
  level: z.enum(PLATFORM_LEVELS).optional(),
  status: z.enum(PLATFORM_STATUSES).optional(),
  orgId: zQueryId.optional().describe('org subtree filter'),
  expertId: zQueryId.optional(),
  validBefore: zDate.optional().describe('validUntil ≤ this date (复核 due)'),
  isDemo: z.enum(['true', 'false']).optional(),
  sort: zSort(PLATFORM_SORTS, 'field, or -field for descending; default -establishedOn'),
  page: zPage,
  pageSize: zPageSize,
});
export type TPlatformQuery = z.infer<typeof ZPlatformQuery>;

export const ZAssessmentInput = z.strictObject({
  year: zYear.describe('考核年度 year assessed (one assessment per year)'),
  rating: z.enum(ASSESSMENT_RATINGS).describe('考核结果 rating'),
  score: z.number().min(0).max(100).nullish().describe('得分 score 0–100'),
  note: zOptText(1000, '考核意见 note'),
});
export type TAssessmentInput = z.infer<typeof ZAssessmentInput>;

export const ZAssessmentOut = z.object({
  id: z.number(),
  platformId: z.number(),
  year: z.number(),
  rating: z.enum(ASSESSMENT_RATINGS),
  score: z.number().nullable(),
  note: z.string().nullable(),
  createdAt: z.date(),
});
export type TAssessmentOut = z.infer<typeof ZAssessmentOut>;

export const ZPlatformOut = z.object({
  id: z.number(),
  kind: z.enum(PLATFORM_KINDS),
  name: z.string(),
  level: z.enum(PLATFORM_LEVELS),
  orgId: z.number(),
  orgName: z.string(),
  hostEnterpriseId: z.number().nullable(),
  hostEnterprise: ZEnterpriseRef.nullable(),
  hostName: z.string().nullable().describe('host enterprise name, or the host name given'),
  expertIds: z.array(z.number()),
  experts: z.array(ZExpertRef),
  academicians: z.array(z.string()),
  establishedOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  isExpired: z.boolean().describe('validUntil has passed'),
  status: z.enum(PLATFORM_STATUSES),
  description: z.string().nullable(),
  assessments: z.array(ZAssessmentOut).describe('newest year first'),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TPlatformOut = z.infer<typeof ZPlatformOut>;

export const ZPlatformList = z.object({
  items: z.array(ZPlatformOut),
  total: z.number(),
  totals: z
    .object({ byKind: z.record(z.string(), z.number()), byLevel: z.record(z.string(), z.number()) })
    .describe('counts over every platform matching the filters'),
});
