import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { zText } from '../../../platform/text-schema.js';
import { ACHIEVEMENT_KINDS } from '../innovation.schema.js';

// 专家库 (experts): request and response schemas. The create body is an API contract (issue 3): keep it stable.

export const EXPERT_LIMITS = {
  batchMax: 1000,
  tagsMax: 30, // disciplines / industries
  keywordsMax: 50,
  tagMax: 50, // one discipline, industry or keyword
  achievementsMax: 200,
  achievementTitleMax: 300,
} as const;

const thisYear = new Date().getFullYear();
const zId = z.number().int().positive().max(2_147_483_647);
const zTag = zText(EXPERT_LIMITS.tagMax).pipe(z.string().min(1, '不能为空'));
const zTags = (max: number, what: string) => z.array(zTag).max(max, `最多 ${max} 项`).optional().describe(what);

export const ZAchievementInput = z.strictObject({
  kind: z.enum(ACHIEVEMENT_KINDS).describe('paper 论文 | patent 专利 | project 项目 | award 奖励 | other 其他'),
  title: zText(EXPERT_LIMITS.achievementTitleMax).pipe(z.string().min(1, '成果名称不能为空')).describe('成果名称 title'),
  abstract: zText(LIMITS.longTextMax).nullish().describe('摘要 abstract'),
  keywords: zTags(20, '关键词 keywords'),
  year: z.number().int().min(1900).max(thisYear + 1, '年份不合理').nullish().describe('年份 year'),
});
export type TAchievementInput = z.infer<typeof ZAchievementInput>;

const profileFields = {
  name: zText(LIMITS.nameMax).pipe(z.string().min(1, '姓名不能为空')).describe('姓名 name'),
  unit: zText(LIMITS.textMax).nullish().describe('工作单位 employer'),
  title: zText(50).nullish().describe('职称 professional title'),
  disciplines: zTags(EXPERT_LIMITS.tagsMax, '学科 disciplines (GB/T 13745)'),
  industries: zTags(EXPERT_LIMITS.tagsMax, '产业/行业 industries and clusters (GB/T 4754)'),
  keywords: zTags(EXPERT_LIMITS.keywordsMax, '研究方向关键词 keywords'),
  bio: zText(LIMITS.longTextMax).nullish().describe('简介 biography'),
  achievements: z
    .array(ZAchievementInput)
    .max(EXPERT_LIMITS.achievementsMax)
    .optional()
    .describe('成果: papers, patents, projects, awards (on edit: replaces the list when given)'),
  isPublic: z.boolean().optional().describe('在门户专家风采展示 shown in the public expert showcase (default true)'),
};

export const ZExpertInput = z.strictObject({
  ...profileFields,
  orgId: zId.optional().describe("所属组织 owning org (default: the actor's org); decides who may edit"),
  personId: zId.nullish().describe('关联科技工作者 linked person of the people registry (contacts live there)'),
  userId: zId.nullish().describe("专家本人账号 the expert's own account (role expert)"),
  isAcademician: z.boolean().optional().describe('院士 academician'),
});
export type TExpertInput = z.infer<typeof ZExpertInput>;

export const ZExpertBatch = z.strictObject({
  items: z.array(ZExpertInput).min(1, '至少一条').max(EXPERT_LIMITS.batchMax, `一次最多 ${EXPERT_LIMITS.batchMax} 条`),
});
export type TExpertBatch = z.infer<typeof ZExpertBatch>;

const nonEmpty = (v: object) => Object.values(v).some((x) => x !== undefined);

export const ZExpertPatch = ZExpertInput.partial().refine(nonEmpty, { message: '没有要修改的字段 / nothing to change' });
export type TExpertPatch = z.infer<typeof ZExpertPatch>;

/** What an expert may change on their own profile (not org, links or academician status). */
export const ZExpertSelfInput = z.strictObject(profileFields);
export type TExpertSelfInput = z.infer<typeof ZExpertSelfInput>;

export const EXPERT_SORTS = ['name', 'createdAt', 'updatedAt'] as const;

export const ZExpertQuery = z.object({
  q: z.string().trim().max(100).optional().describe('姓名、拼音、首字母、单位、学科或关键词'),
  orgId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('org subtree filter'),
  discipline: z.string().max(EXPERT_LIMITS.tagMax).optional(),
  industry: z.string().max(EXPERT_LIMITS.tagMax).optional(),
  keyword: z.string().max(EXPERT_LIMITS.tagMax).optional(),
  isAcademician: z.enum(['true', 'false']).optional(),
  isPublic: z.enum(['true', 'false']).optional(),
  isDemo: z.enum(['true', 'false']).optional(),
  sort: z
    .enum([...EXPERT_SORTS, ...EXPERT_SORTS.map((s) => `-${s}` as const)] as [string, ...string[]])
    .optional()
    .describe('field, or -field for descending; default: relevance when q is given, else -updatedAt'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
});
export type TExpertQuery = z.infer<typeof ZExpertQuery>;

export const ZAchievementOut = z.object({
  id: z.number(),
  kind: z.enum(ACHIEVEMENT_KINDS),
  title: z.string(),
  abstract: z.string().nullable(),
  keywords: z.array(z.string()),
  year: z.number().nullable(),
});

export const ZExpertSummary = z.object({
  id: z.number(),
  name: z.string(),
  unit: z.string().nullable(),
  title: z.string().nullable(),
  disciplines: z.array(z.string()),
  industries: z.array(z.string()),
  keywords: z.array(z.string()),
  isAcademician: z.boolean(),
  isPublic: z.boolean(),
  orgId: z.number(),
  orgName: z.string(),
  achievementCount: z.number(),
  hasAccount: z.boolean().describe('linked to an expert account (can answer invitations)'),
  canEdit: z.boolean().describe('the current user may edit this profile'),
  isDemo: z.boolean(),
  updatedAt: z.date(),
});
export type TExpertSummary = z.infer<typeof ZExpertSummary>;

export const ZExpertOut = ZExpertSummary.extend({
  bio: z.string().nullable(),
  personId: z.number().nullable(),
  userId: z.number().nullable(),
  achievements: z.array(ZAchievementOut),
  contact: z
    .object({
      phone: z.string().nullable(),
      email: z.string().nullable(),
      piiMasked: z.boolean(),
      piiRevealable: z.boolean().describe('the full phone: GET /api/v1/people/{personId}/pii (allowed roles, audited)'),
    })
    .nullable()
    .describe("from the linked person, masked by role; null when there is none or it lies outside the user's scope"),
  createdAt: z.date(),
});
export type TExpertOut = z.infer<typeof ZExpertOut>;
