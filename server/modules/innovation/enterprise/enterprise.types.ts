import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { PHONE_RE, isValidCreditCode } from '../../../../shared/validators.js';
import { zText } from '../../../platform/text-schema.js';
import { ENTERPRISE_SCALES } from '../innovation.schema.js';

// 企业库 (enterprises): request and response schemas.

export const ENTERPRISE_LIMITS = { nameMax: 100, clustersMax: 10, usersMax: 50 } as const;

const zId = z.number().int().positive().max(2_147_483_647);
const optText = (max: number, what: string) => zText(max).nullish().describe(what);

export const ZCreditCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidCreditCode, '统一社会信用代码不正确（18 位，校验位不符）')
  .describe('统一社会信用代码 unified social credit code (GB 32100-2015, check character verified)');

export const ZEnterpriseInput = z.strictObject({
  name: zText(ENTERPRISE_LIMITS.nameMax).pipe(z.string().min(1, '企业名称不能为空')).describe('企业名称 name'),
  creditCode: ZCreditCode,
  orgId: zId.optional().describe("所属组织 district/park org (default: the actor's org); decides who may see it"),
  industry: optText(50, '所属行业 industry (GB/T 4754)'),
  clusters: z
    .array(zText(50).pipe(z.string().min(1)))
    .max(ENTERPRISE_LIMITS.clustersMax)
    .optional()
    .describe('产业集群 industrial clusters'),
  scale: z.enum(ENTERPRISE_SCALES).nullish().describe('企业规模 大型/中型/小型/微型'),
  isHighTech: z.boolean().optional().describe('高新技术企业 high-tech enterprise'),
  address: optText(LIMITS.textMax, '地址 address'),
  contactName: optText(LIMITS.nameMax, '联系人 contact person'),
  contactPhone: z.string().trim().regex(PHONE_RE, '手机号或电话格式不正确').nullish().describe('联系电话 contact phone'),
  intro: optText(LIMITS.longTextMax, '企业简介 introduction'),
});
export type TEnterpriseInput = z.infer<typeof ZEnterpriseInput>;

export const ZEnterprisePatch = ZEnterpriseInput.partial().refine((v) => Object.values(v).some((x) => x !== undefined), {
  message: '没有要修改的字段 / nothing to change',
});
export type TEnterprisePatch = z.infer<typeof ZEnterprisePatch>;

export const ZEnterpriseUserLink = z.strictObject({ userId: zId.describe('账号 account with the enterprise role') });
export const ZEnterpriseUserSet = z.strictObject({
  userIds: z.array(zId).max(ENTERPRISE_LIMITS.usersMax).describe('the complete list of accounts acting for the enterprise'),
});

export const ENTERPRISE_SORTS = ['name', 'createdAt', 'updatedAt'] as const;

export const ZEnterpriseQuery = z.object({
  q: z.string().trim().max(100).optional().describe('企业名称、拼音首字母、信用代码、行业'),
  orgId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('org subtree filter'),
  industry: z.string().max(50).optional(),
  cluster: z.string().max(50).optional(),
  scale: z.enum(ENTERPRISE_SCALES).optional(),
  isHighTech: z.enum(['true', 'false']).optional(),
  isDemo: z.enum(['true', 'false']).optional(),
  sort: z
    .enum([...ENTERPRISE_SORTS, ...ENTERPRISE_SORTS.map((s) => `-${s}` as const)] as [string, ...string[]])
    .optional()
    .describe('field, or -field for descending; default: relevance when q is given, else -updatedAt'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
});
export type TEnterpriseQuery = z.infer<typeof ZEnterpriseQuery>;

export const ZEnterpriseOut = z.object({
  id: z.number(),
  name: z.string(),
  creditCode: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  industry: z.string().nullable(),
  clusters: z.array(z.string()),
  scale: z.enum(ENTERPRISE_SCALES).nullable(),
  isHighTech: z.boolean(),
  address: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  intro: z.string().nullable(),
  piiMasked: z.boolean().describe('true when the contact phone is masked for this user'),
  piiRevealable: z.boolean().describe('whether this user may reveal the full phone (GET /api/v1/enterprises/{id}/pii, audited)'),
  demandCount: z.number(),
  users: z.array(z.object({ userId: z.number(), username: z.string(), displayName: z.string() })).describe('accounts acting for the enterprise'),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TEnterpriseOut = z.infer<typeof ZEnterpriseOut>;
