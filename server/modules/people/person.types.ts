import { z } from 'zod';
import { LIMITS } from '../../../shared/limits.js';
import { PHONE_RE, isValidIdNumber } from '../../../shared/validators.js';
import { zText } from '../../platform/text-schema.js';
import { GENDERS } from './person.schema.js';

const thisYear = new Date().getFullYear();
const optText = (max: number, what: string) => zText(max).nullish().describe(what);

export const ZPersonInput = z.strictObject({
  name: zText(LIMITS.nameMax).pipe(z.string().min(1, '姓名不能为空')).describe('姓名 name'),
  gender: z.enum(GENDERS).nullish().describe('性别 男/女'),
  birthYear: z
    .number()
    .int()
    .min(1900)
    .max(thisYear - 14, '出生年份不合理')
    .nullish()
    .describe('出生年份 birth year'),
  unit: optText(LIMITS.textMax, '工作单位 employer'),
  title: optText(50, '职称 professional title'),
  education: optText(50, '学历 education'),
  disciplines: z.array(zText(50).pipe(z.string().min(1))).max(10).optional().describe('学科 disciplines (GB/T 13745)'),
  phone: z
    .string()
    .trim()
    .regex(PHONE_RE, '手机号或电话格式不正确')
    .nullish()
    .describe('手机/电话 phone'),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isValidIdNumber, '身份证号不正确（18 位，校验位不符）')
    .nullish()
    .describe('身份证号 resident ID number'),
  email: z.email('邮箱格式不正确').max(LIMITS.textMax).nullish().describe('邮箱 e-mail'),
  orgId: z.number().int().positive().max(2_147_483_647).describe('所属组织 owning org (decides who may see the record)'),
  memberships: z
    .array(z.object({ orgId: z.number().int().positive().max(2_147_483_647), role: zText(30).pipe(z.string().min(1)).optional() }))
    .max(20)
    .optional()
    .describe('会员/任职 memberships in orgs'),
});
export type TPersonInput = z.infer<typeof ZPersonInput>;

export const ZPersonPatch = ZPersonInput.partial().refine((v) => Object.values(v).some((x) => x !== undefined), {
  message: '没有要修改的字段 / nothing to change',
});
export type TPersonPatch = z.infer<typeof ZPersonPatch>;

export const PERSON_SORTS = ['name', 'birthYear', 'createdAt', 'updatedAt'] as const;

export const ZPersonQuery = z.object({
  q: z.string().trim().max(100).optional().describe('中文词、姓名、拼音或首字母 (zsf)'),
  orgId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('org subtree filter'),
  gender: z.enum(GENDERS).optional(),
  title: z.string().max(50).optional(),
  education: z.string().max(50).optional(),
  discipline: z.string().max(50).optional(),
  birthYearFrom: z.coerce.number().int().min(1900).max(2100).optional(),
  birthYearTo: z.coerce.number().int().min(1900).max(2100).optional(),
  isDemo: z.enum(['true', 'false']).optional(),
  sort: z
    .enum([...PERSON_SORTS, ...PERSON_SORTS.map((s) => `-${s}` as const)] as [string, ...string[]])
    .optional()
    .describe('field, or -field for descending; default: relevance when q is given, else -updatedAt'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
});
export type TPersonQuery = z.infer<typeof ZPersonQuery>;

export const ZPersonOut = z.object({
  id: z.number(),
  name: z.string(),
  gender: z.enum(GENDERS).nullable(),
  birthYear: z.number().nullable(),
  unit: z.string().nullable(),
  title: z.string().nullable(),
  education: z.string().nullable(),
  disciplines: z.array(z.string()),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  email: z.string().nullable(),
  orgId: z.number(),
  orgName: z.string(),
  memberships: z.array(z.object({ orgId: z.number(), orgName: z.string(), role: z.string() })),
  isDemo: z.boolean(),
  piiMasked: z.boolean().describe('true when phone and ID number are masked (lists, details and exports always are)'),
  piiRevealable: z.boolean().describe('whether this actor may reveal the full phone / ID number (GET /api/v1/people/{id}/pii, audited)'),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TPersonOut = z.infer<typeof ZPersonOut>;

export const ZPersonPii = z.object({
  id: z.number(),
  phone: z.string().nullable().describe('full phone number'),
  idNumber: z.string().nullable().describe('full ID number (身份证号)'),
});
export type TPersonPii = z.infer<typeof ZPersonPii>;
