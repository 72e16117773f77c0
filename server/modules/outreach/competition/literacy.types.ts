import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { hasSomeField, nonEmptyPatch, zId, zOptText, zQueryId, zReqText, zYear } from '../../../platform/http/common.types.js';

/** 公民具备科学素质比例 of one area (the city or a county-level district) in one year: one record per org and year. */
export const ZLiteracyInput = z.strictObject({
  orgId: zId.describe('地区 the city or a county-level district (org in your subtree)'),
  year: zYear.describe('年度 year surveyed'),
  rate: z.number().min(0, '比例应在 0–100 之间').max(100, '比例应在 0–100 之间').describe('比例 percent, 0–100 (14 = 14%)'),
  source: zReqText(LIMITS.textMax, '数据来源 source, e.g. 中国科协第十三次中国公民科学素质抽样调查'),
  method: zOptText(1000, '方法说明 method note (sample, weighting …)'),
});
export type TLiteracyInput = z.infer<typeof ZLiteracyInput>;
export const ZLiteracyPatch = ZLiteracyInput.omit({ orgId: true, year: true }).partial().refine(hasSomeField, nonEmptyPatch);
export type TLiteracyPatch = z.infer<typeof ZLiteracyPatch>;

export const ZLiteracyQuery = z.object({
  orgId: zQueryId.optional().describe('one area only'),
  fromYear: z.coerce.number().int().min(1990).max(2100).optional(),
  toYear: z.coerce.number().int().min(1990).max(2100).optional(),
});
export type TLiteracyQuery = z.infer<typeof ZLiteracyQuery>;

export const ZLiteracyOut = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  orgShortName: z.string().nullable(),
  orgKind: z.string(),
  year: z.number(),
  rate: z.number().describe('percent'),
  source: z.string(),
  method: z.string().nullable(),
  canEdit: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TLiteracyOut = z.infer<typeof ZLiteracyOut>;
export const ZLiteracyList = z.object({
  items: z.array(ZLiteracyOut).describe('by org (city first), then year'),
  years: z.array(z.number()),
  orgs: z.array(z.object({ id: z.number(), name: z.string(), shortName: z.string().nullable(), kind: z.string() })).describe('areas with a record, city first'),
});
