import { z } from 'zod';
import { LIMITS } from '../../../shared/limits.js';
import { zText } from '../text-schema.js';

// Zod pieces every module's *.types.ts may use: ids, ISO dates, amounts in 万元, years, text fields,
// paging, sort, PATCH bodies; and today's date in China.

export const MAX_INT = 2_147_483_647;

/** A positive 32-bit id. */
export const zId = z.number().int().positive().max(MAX_INT);

/** `:id` path parameter. */
export const ZIdParam = z.object({ id: z.coerce.number().int().positive().max(MAX_INT) });

/** A list of ids (duplicates are dropped by the services). */
export const zIdList = (max: number) => z.array(zId).max(max, `最多 ${max} 项`);

/** A calendar date YYYY-MM-DD between 1900 and 2100. */
export const zDate = z.iso
  .date('日期格式应为 YYYY-MM-DD')
  .refine((d) => {
    const y = Number(d.slice(0, 4));
    return y >= 1900 && y <= 2100;
  }, '日期超出范围 (1900–2100)');

/** Money in 万元 (10k CNY), never negative. */
export const zMoney = z.number().min(0, '金额不能为负数').max(1_000_000_000, '金额过大');

/** A year of the programme calendar (立项年度, 考核年度). */
export const zYear = z.number().int().min(1990, '年份不合理').max(2100, '年份不合理');

/** Optional free text, `null` clears it. */
export const zOptText = (max: number, what: string) => zText(max).nullish().describe(what);

/** Required one-line text. */
export const zReqText = (max: number, what: string) =>
  zText(max)
    .pipe(z.string().min(1, `${what.split(' ')[0]}不能为空`))
    .describe(what);

export const zPage = z.coerce.number().int().min(1).max(100_000).default(1);
export const zPageSize = z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20);
export const zQueryId = z.coerce.number().int().positive().max(MAX_INT);
export const zQueryText = (max = 100) => z.string().trim().max(max);

/** `field` or `-field` (descending). */
export function zSort<const T extends readonly string[]>(fields: T, what: string) {
  return z
    .enum([...fields, ...fields.map((s) => `-${s}`)] as unknown as [string, ...string[]])
    .optional()
    .describe(what);
}

/** At least one field in a PATCH body. */
export const nonEmptyPatch = {
  message: '没有要修改的字段 / nothing to change',
} as const;
export const hasSomeField = (v: Record<string, unknown>) => Object.values(v).some((x) => x !== undefined);

/** Today's date in China (YYYY-MM-DD), whatever the server's time zone. */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
