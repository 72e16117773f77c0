import { z } from 'zod';
import { LIMITS } from '../../../shared/limits.js';

// Request and response schemas of the figures endpoints (they feed the OpenAPI document).

const zDay = z.string().max(10).describe('YYYY-MM-DD，含当天 inclusive; omitted = unbounded');
const zOrg = z.coerce.number().int().positive().max(2_147_483_647).describe('组织 id：统计该组织及其下级 (org subtree); default = your own org');

export const ZFiguresQuery = z.object({
  keys: z
    .string()
    .max(4000)
    .optional()
    .describe('逗号分隔的指标键 comma-separated figure keys, e.g. innovation.demands.published; omitted = every figure you may read'),
  org: zOrg.optional(),
  from: zDay.optional(),
  to: zDay.optional(),
});
export type TFiguresQuery = z.infer<typeof ZFiguresQuery>;

export const ZFigureRowsQuery = ZFiguresQuery.omit({ keys: true }).extend({
  page: z.coerce.number().int().min(1).max(100_000).default(1).describe('页码 page, from 1'),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20).describe('每页行数 rows per page'),
});
export type TFigureRowsQuery = z.infer<typeof ZFigureRowsQuery>;

export const ZFigureKeyParam = z.object({ key: z.string().max(200).describe('指标键 figure key') });

const ZSlice = z.object({
  orgId: z.number().describe('统计的组织 the org whose subtree is counted'),
  orgName: z.string(),
  from: z.string().nullable().describe('起始日期（含）inclusive start, null = unbounded'),
  to: z.string().nullable().describe('截止日期（含）inclusive end, null = unbounded'),
});

export const ZFigureOut = z.object({
  key: z.string().describe('指标键 stable key <module>.<name>'),
  value: z.number().describe('数值：与明细行的计数（或合计）一致 equals the count (or sum) over the drill-down rows'),
  label: z.string().describe('名称 e.g. 技术需求发布数'),
  labelEn: z.string(),
  unit: z.string().describe('单位 e.g. 项、家、万元'),
  unitEn: z.string(),
  description: z.string().describe('统计口径 what is counted, by which date'),
  descriptionEn: z.string(),
  rowsUrl: z.string().describe('明细 drill-down URL for the same slice'),
});
export type TFigureOut = z.infer<typeof ZFigureOut>;

export const ZFiguresOut = ZSlice.extend({ items: z.array(ZFigureOut) });
export type TFiguresOut = z.infer<typeof ZFiguresOut>;

export const ZFigureRowsOut = ZSlice.extend({
  figure: ZFigureOut,
  total: z.number().describe('明细总行数 rows in the drill-down'),
  page: z.number(),
  pageSize: z.number(),
  columns: z.array(z.object({ key: z.string(), label: z.string(), labelEn: z.string() })),
  items: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
});
export type TFigureRowsOut = z.infer<typeof ZFigureRowsOut>;
