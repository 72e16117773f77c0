import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { hasSomeField, nonEmptyPatch, zDate, zId, zIdList, zOptText, zPage, zPageSize, zQueryId, zQueryText, zReqText, zSort } from '../../../platform/http/common.types.js';
import { ZEnterpriseRef, ZExpertRef } from '../docking/linked-records.types.js';

/** 专家服务团 — an expert service team serving the enterprises of an industrial cluster. */
export const ZServiceTeamInput = z.strictObject({
  name: zReqText(100, '服务团名称 name'),
  cluster: zOptText(50, '产业集群 industrial cluster (one of the city configuration clusters)'),
  orgId: zId.optional().describe("所属组织 owning org (decides who may see the team); default: the actor's org"),
  leadExpertId: zId.nullish().describe('团长 lead expert'),
  memberExpertIds: zIdList(200).optional().describe('成员专家 member experts (the lead is listed separately)'),
  enterpriseIds: zIdList(500).optional().describe('服务企业 assigned enterprises (in your subtree)'),
  description: zOptText(LIMITS.longTextMax, '简介 description'),
});
export type TServiceTeamInput = z.infer<typeof ZServiceTeamInput>;

export const ZServiceTeamPatch = ZServiceTeamInput.partial().refine(hasSomeField, nonEmptyPatch);
export type TServiceTeamPatch = z.infer<typeof ZServiceTeamPatch>;

export const TEAM_SORTS = ['name', 'createdAt', 'updatedAt'] as const;

export const ZServiceTeamQuery = z.object({
  q: zQueryText().optional().describe('服务团名称中的文字'),
  cluster: zQueryText(50).optional(),
  orgId: zQueryId.optional().describe('org subtree filter'),
  expertId: zQueryId.optional().describe('teams this expert leads or belongs to'),
  enterpriseId: zQueryId.optional().describe('teams serving this enterprise'),
  isDemo: z.enum(['true', 'false']).optional(),
  sort: zSort(TEAM_SORTS, 'field, or -field for descending; default -updatedAt'),
  page: zPage,
  pageSize: zPageSize,
});
export type TServiceTeamQuery = z.infer<typeof ZServiceTeamQuery>;

export const ZServiceTeamOut = z.object({
  id: z.number(),
  name: z.string(),
  cluster: z.string().nullable(),
  orgId: z.number(),
  orgName: z.string(),
  leadExpertId: z.number().nullable(),
  lead: ZExpertRef.nullable(),
  memberExpertIds: z.array(z.number()),
  members: z.array(ZExpertRef),
  enterpriseIds: z.array(z.number()),
  enterprises: z.array(ZEnterpriseRef),
  description: z.string().nullable(),
  visitCount: z.number(),
  problemsSolved: z.number().describe('sum over the visits'),
  lastVisitOn: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TServiceTeamOut = z.infer<typeof ZServiceTeamOut>;

export const ZServiceTeamList = z.object({ items: z.array(ZServiceTeamOut), total: z.number() });

/** 走访记录 — one visit of a team to an enterprise. */
export const ZServiceVisitInput = z.strictObject({
  date: zDate.describe('走访日期 date of the visit (not in the future)'),
  enterpriseId: zId.describe('走访企业 the enterprise visited (assigned to the team, or in your subtree)'),
  expertIds: zIdList(50)
    .optional()
    .describe('参加走访的专家 experts on the visit (lead or members); default for an expert account: the expert'),
  summary: zReqText(LIMITS.longTextMax, '走访纪要 what was discussed and done'),
  problemsSolved: z.number().int().min(0).max(1000).optional().describe('解决问题数 problems solved'),
});
export type TServiceVisitInput = z.infer<typeof ZServiceVisitInput>;

export const ZServiceVisitQuery = z.object({
  from: zDate.optional(),
  to: zDate.optional(),
  enterpriseId: zQueryId.optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type TServiceVisitQuery = z.infer<typeof ZServiceVisitQuery>;

export const ZServiceVisitOut = z.object({
  id: z.number(),
  teamId: z.number(),
  date: z.string(),
  enterpriseId: z.number().nullable(),
  enterprise: ZEnterpriseRef.nullable(),
  expertIds: z.array(z.number()),
  experts: z.array(ZExpertRef),
  summary: z.string(),
  problemsSolved: z.number(),
  isDemo: z.boolean(),
  createdAt: z.date(),
});
export type TServiceVisitOut = z.infer<typeof ZServiceVisitOut>;

export const ZServiceVisitList = z.object({
  items: z.array(ZServiceVisitOut),
  total: z.number(),
  totals: z.object({ visits: z.number(), problemsSolved: z.number() }).describe('over every visit matching the filters'),
});
