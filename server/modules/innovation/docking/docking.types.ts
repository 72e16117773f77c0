import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { hasSomeField, nonEmptyPatch, zDate, zId, zIdList, zMoney, zOptText, zPage, zPageSize, zQueryId, zQueryText, zReqText, zSort } from '../../../platform/http/common.types.js';
import { ZDemandRef, ZEnterpriseRef, ZExpertRef } from './linked-records.types.js';

/** 产学研对接活动 — a docking event between enterprises (and their demands) and experts. */
export const ZDockingEventInput = z.strictObject({
  title: zReqText(LIMITS.textMax, '活动名称 title'),
  date: zDate.describe('活动日期 date (YYYY-MM-DD)'),
  place: zOptText(LIMITS.textMax, '地点 place'),
  organizer: zOptText(LIMITS.textMax, '主办单位 organizer, as printed on the programme'),
  orgId: zId.optional().describe("组织单位 organizing org (decides who may see the event); default: the actor's org"),
  demandIds: zIdList(100).optional().describe('对接的技术需求 linked demands (in your subtree)'),
  expertIds: zIdList(200).optional().describe('参加的专家 experts who took part'),
  enterpriseIds: zIdList(200).optional().describe('参加的企业 enterprises that took part (in your subtree)'),
  agreementsSigned: z.number().int().min(0).max(10_000).optional().describe('签约项目数 agreements signed'),
  contractValue: zMoney.nullish().describe('合同金额（万元） contract value in 10k CNY'),
  summary: zOptText(LIMITS.longTextMax, '活动成效 outcome summary'),
});
export type TDockingEventInput = z.infer<typeof ZDockingEventInput>;

export const ZDockingEventPatch = ZDockingEventInput.partial().refine(hasSomeField, nonEmptyPatch);
export type TDockingEventPatch = z.infer<typeof ZDockingEventPatch>;

export const DOCKING_SORTS = ['date', 'title', 'agreementsSigned', 'contractValue', 'createdAt'] as const;

export const ZDockingEventQuery = z.object({
  q: zQueryText().optional().describe('活动名称、地点或主办单位中的文字'),
  orgId: zQueryId.optional().describe('org subtree filter'),
  from: zDate.optional().describe('date ≥ from'),
  to: zDate.optional().describe('date ≤ to'),
  demandId: zQueryId.optional().describe('events that handled this demand'),
  expertId: zQueryId.optional().describe('events this expert took part in'),
  enterpriseId: zQueryId.optional().describe('events this enterprise took part in'),
  isDemo: z.enum(['true', 'false']).optional(),
  sort: zSort(DOCKING_SORTS, 'field, or -field for descending; default -date'),
  page: zPage,
  pageSize: zPageSize,
});
export type TDockingEventQuery = z.infer<typeof ZDockingEventQuery>;

export const ZDockingEventOut = z.object({
  id: z.number(),
  title: z.string(),
  date: z.string(),
  place: z.string().nullable(),
  organizer: z.string().nullable(),
  orgId: z.number(),
  orgName: z.string(),
  demandIds: z.array(z.number()),
  expertIds: z.array(z.number()),
  enterpriseIds: z.array(z.number()),
  demands: z.array(ZDemandRef),
  experts: z.array(ZExpertRef),
  enterprises: z.array(ZEnterpriseRef),
  agreementsSigned: z.number(),
  contractValue: z.number().nullable().describe('万元'),
  summary: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TDockingEventOut = z.infer<typeof ZDockingEventOut>;

export const ZDockingTotals = z
  .object({
    events: z.number(),
    agreements: z.number(),
    contractValue: z.number().describe('万元'),
  })
  .describe('totals over every event matching the filters (not only this page)');

export const ZDockingEventList = z.object({ items: z.array(ZDockingEventOut), total: z.number(), totals: ZDockingTotals });
