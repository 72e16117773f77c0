import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { TARGET_GROUPS } from '../../../../shared/outreach.js';
import { hasSomeField, nonEmptyPatch, zDate, zId, zOptText, zPage, zPageSize, zQueryId, zQueryText, zReqText, zSort, zYear } from '../../../platform/http/common.types.js';
import { PROGRAMME_UNITS } from './competition.schema.js';

/** 重点人群科学素质提升项目: a target (e.g. 培育高素质农民 15000 名) over a period of years. */
const ZProgrammeBase = z.strictObject({
  name: zReqText(LIMITS.textMax, '项目名称 name, e.g. 培育高素质农民'),
  targetGroup: z.enum(TARGET_GROUPS).describe('重点人群 target group'),
  targetCount: z.number().int().min(1, '目标人数至少为 1').max(10_000_000, '目标人数过大').describe('目标人数 target count'),
  unit: z.enum(PROGRAMME_UNITS).optional().describe('单位 人 / 名 (default 名)'),
  startYear: zYear.describe('起始年度'),
  endYear: zYear.describe('截止年度'),
  isLivelihood: z.boolean().optional().describe('是否市政府民生实事项目'),
  orgId: zId.optional().describe("负责单位 owner org (in your subtree); default: the actor's org"),
  description: zOptText(LIMITS.longTextMax, '说明 description'),
});
const periodOk = (v: { startYear?: number; endYear?: number }) => v.startYear === undefined || v.endYear === undefined || v.endYear >= v.startYear;
const periodMsg = { message: '截止年度不能早于起始年度', path: ['endYear'] };
export const ZProgrammeInput = ZProgrammeBase.refine(periodOk, periodMsg);
export type TProgrammeInput = z.infer<typeof ZProgrammeInput>;
export const ZProgrammePatch = ZProgrammeBase.partial().refine(hasSomeField, nonEmptyPatch).refine(periodOk, periodMsg);
export type TProgrammePatch = z.infer<typeof ZProgrammePatch>;

export const PROGRAMME_SORTS = ['name', 'startYear', 'targetCount', 'createdAt'] as const;
export const ZProgrammeQuery = z.object({
  q: zQueryText().optional(),
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  isLivelihood: z.enum(['true', 'false']).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional().describe('programmes running in this year'),
  sort: zSort(PROGRAMME_SORTS, 'field, or -field for descending; default -startYear'),
  page: zPage,
  pageSize: zPageSize,
});
export type TProgrammeQuery = z.infer<typeof ZProgrammeQuery>;

export const ZDistrictProgress = z.object({
  orgId: z.number().nullable().describe('the county-level org; null = 市本级 (trainings of the city org itself)'),
  orgName: z.string(),
  trainees: z.number(),
  trainings: z.number(),
  percent: z.number().describe("this district's trainees / the programme's target × 100 (the districts' percents add up to the whole)"),
});

export const ZProgrammeOut = z.object({
  id: z.number(),
  name: z.string(),
  targetGroup: z.enum(TARGET_GROUPS),
  targetCount: z.number(),
  unit: z.enum(PROGRAMME_UNITS),
  startYear: z.number(),
  endYear: z.number(),
  isLivelihood: z.boolean(),
  orgId: z.number(),
  orgName: z.string(),
  description: z.string().nullable(),
  trainees: z.number().describe('sum of trainee counts of the trainings you may see'),
  trainings: z.number(),
  percent: z.number().describe('trainees / target × 100, one decimal (may exceed 100)'),
  canEdit: z.boolean().describe('the owner lies in your subtree'),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TProgrammeOut = z.infer<typeof ZProgrammeOut>;
export const ZProgrammeDetail = ZProgrammeOut.extend({
  byDistrict: z.array(ZDistrictProgress).describe('every county-level district you may see, then 市本级 if it trained anyone'),
  byYear: z.array(z.object({ year: z.number(), trainees: z.number() })),
});
export type TProgrammeDetail = z.infer<typeof ZProgrammeDetail>;
export const ZProgrammeList = z.object({ items: z.array(ZProgrammeOut), total: z.number() });

const zFileId = z.uuid('附件编号无效').describe('attachment id from POST /api/v1/files');

export const ZTrainingInput = z.strictObject({
  title: zReqText(LIMITS.textMax, '培训名称 title'),
  heldOn: zDate.describe('培训日期 (within the programme period)'),
  orgId: zId.optional().describe("举办单位 org (in your subtree); default: the actor's org"),
  traineeCount: z.number().int().min(0, '人数不能为负数').max(100_000, '人数过大').describe('培训人数 trainees'),
  hours: z.number().min(0, '学时不能为负数').max(2000, '学时过大').nullish().describe('学时 hours'),
  venue: zOptText(LIMITS.textMax, '地点 venue'),
  attachmentIds: z.array(zFileId).max(20, '最多 20 个附件').optional().describe('附件 sign-in sheets, photos'),
});
export type TTrainingInput = z.infer<typeof ZTrainingInput>;
export const ZTrainingPatch = ZTrainingInput.partial().refine(hasSomeField, nonEmptyPatch);
export type TTrainingPatch = z.infer<typeof ZTrainingPatch>;

export const TRAINING_SORTS = ['heldOn', 'traineeCount', 'title', 'createdAt'] as const;
export const ZTrainingQuery = z.object({
  q: zQueryText().optional(),
  orgId: zQueryId.optional().describe('org subtree filter'),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  sort: zSort(TRAINING_SORTS, 'field, or -field for descending; default -heldOn'),
  page: zPage,
  pageSize: zPageSize,
});
export type TTrainingQuery = z.infer<typeof ZTrainingQuery>;

export const ZTrainingOut = z.object({
  id: z.number(),
  programmeId: z.number(),
  programmeName: z.string(),
  title: z.string(),
  heldOn: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  traineeCount: z.number(),
  hours: z.number().nullable(),
  venue: z.string().nullable(),
  attachmentIds: z.array(z.string()),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TTrainingOut = z.infer<typeof ZTrainingOut>;
export const ZTrainingList = z.object({ items: z.array(ZTrainingOut), total: z.number(), trainees: z.number().describe('sum over the filters') });
