import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { hasSomeField, nonEmptyPatch, zDate, zId, zOptText, zPage, zPageSize, zQueryId, zQueryText, zReqText, zSort, zYear } from '../../../platform/http/common.types.js';
import { zText } from '../../../platform/text-schema.js';
import { AWARD_GRADES, COMPETITION_LEVELS, COMPETITION_SERIES } from './competition.schema.js';

/** Chinese names of the series, levels (for labels, exports and the import's drop-downs). */
export const SERIES_LABELS: Record<(typeof COMPETITION_SERIES)[number], { zh: string; en: string }> = {
  youth_innovation: { zh: '青少年科技创新大赛', en: 'Youth Science & Technology Innovation Contest' },
  mayor_award: { zh: '青少年科技创新市长奖', en: "Mayor's Award for Youth Innovation" },
  literacy_contest: { zh: '全民科学素质大赛', en: 'Science Literacy Contest' },
  robotics: { zh: '青少年机器人竞赛', en: 'Youth Robotics Competition' },
  explainer: { zh: '科普讲解大赛', en: 'Science Explainer Contest' },
  other: { zh: '其他', en: 'Other' },
};
export const LEVEL_LABELS: Record<(typeof COMPETITION_LEVELS)[number], { zh: string; en: string }> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  municipal: { zh: '市级', en: 'Municipal' },
  county: { zh: '县级', en: 'County' },
};
export type TCompetitionLevel = (typeof COMPETITION_LEVELS)[number];
/** 0 = national … 3 = county: an award may not be above its competition's level. */
export const levelRank = (l: TCompetitionLevel) => COMPETITION_LEVELS.indexOf(l);

/** Days after a competition ends before missing results count as a to-do. */
export const RESULTS_GRACE_DAYS = 14;

export const ZCompetitionInput = z.strictObject({
  series: z.enum(COMPETITION_SERIES).describe('赛事系列 series'),
  title: zReqText(LIMITS.textMax, '赛事名称 title, e.g. 2024年南通市青少年科技创新大赛'),
  year: zYear.describe('届次年度 edition year'),
  level: z.enum(COMPETITION_LEVELS).describe('赛事级别 national 国家 / provincial 省 / municipal 市 / county 县'),
  orgId: zId.optional().describe("主办/组织报送单位 organizer (in your subtree); default: the actor's org"),
  startsOn: zDate.nullish().describe('开始日期'),
  endsOn: zDate.nullish().describe('结束日期'),
  description: zOptText(LIMITS.longTextMax, '简介 description'),
});
export type TCompetitionInput = z.infer<typeof ZCompetitionInput>;
export const ZCompetitionPatch = ZCompetitionInput.partial().refine(hasSomeField, nonEmptyPatch);
export type TCompetitionPatch = z.infer<typeof ZCompetitionPatch>;

export const COMPETITION_SORTS = ['year', 'title', 'startsOn', 'createdAt'] as const;
export const ZCompetitionQuery = z.object({
  q: zQueryText().optional().describe('赛事名称中的文字'),
  series: z.enum(COMPETITION_SERIES).optional(),
  level: z.enum(COMPETITION_LEVELS).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  orgId: zQueryId.optional().describe('organizer subtree filter'),
  awaitingResults: z
    .enum(['true'])
    .optional()
    .describe(`true: competitions you run that ended over ${RESULTS_GRACE_DAYS} days ago with entries but no award recorded`),
  sort: zSort(COMPETITION_SORTS, 'field, or -field for descending; default -year'),
  page: zPage,
  pageSize: zPageSize,
});
export type TCompetitionQuery = z.infer<typeof ZCompetitionQuery>;

export const ZCompetitionOut = z.object({
  id: z.number(),
  series: z.enum(COMPETITION_SERIES),
  title: z.string(),
  year: z.number(),
  level: z.enum(COMPETITION_LEVELS),
  orgId: z.number(),
  orgName: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  description: z.string().nullable(),
  entryCount: z.number().describe('entries you may see'),
  awardCount: z.number().describe('entries with an award, of those you may see'),
  canEdit: z.boolean().describe('the organizer lies in your subtree (edit / delete the competition)'),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TCompetitionOut = z.infer<typeof ZCompetitionOut>;
export const ZCompetitionList = z.object({ items: z.array(ZCompetitionOut), total: z.number() });

const zParticipant = zText(LIMITS.nameMax).pipe(z.string().min(1, '姓名不能为空'));

export const ZEntryInput = z.strictObject({
  title: zReqText(LIMITS.textMax, '作品/项目名称 entry title'),
  participants: z.array(zParticipant).max(20, '最多 20 人').optional().describe('参赛者姓名 (minors: shown to staff only)'),
  school: zReqText(LIMITS.textMax, '学校/单位 school or unit'),
  instructor: zOptText(LIMITS.nameMax, '指导教师 instructor'),
  orgId: zId.optional().describe("所属县区/组织 the entrant's org (in your subtree); default: the actor's org"),
  category: zOptText(LIMITS.nameMax, '类别 category, e.g. 科技创新成果 / 科幻画 / 科技实践活动'),
  awardLevel: z.enum(COMPETITION_LEVELS).nullish().describe("获奖级别; default the competition's level when a grade is given"),
  awardGrade: z.enum(AWARD_GRADES).nullish().describe('获奖等次 (null: no award)'),
  announcedOn: zDate.nullish().describe('公布日期 results announced on'),
});
export type TEntryInput = z.infer<typeof ZEntryInput>;
export const ZEntryPatch = ZEntryInput.partial().refine(hasSomeField, nonEmptyPatch);
export type TEntryPatch = z.infer<typeof ZEntryPatch>;

export const ENTRY_SORTS = ['title', 'school', 'awardLevel', 'announcedOn', 'createdAt'] as const;
export const ZEntryQuery = z.object({
  q: zQueryText().optional().describe('作品名称、学校或指导教师中的文字'),
  orgId: zQueryId.optional(),
  awardLevel: z.enum(COMPETITION_LEVELS).optional(),
  awarded: z.enum(['true', 'false']).optional(),
  sort: zSort(ENTRY_SORTS, 'field, or -field for descending; default award level, then title'),
  page: zPage,
  pageSize: zPageSize,
});
export type TEntryQuery = z.infer<typeof ZEntryQuery>;

export const ZEntryOut = z.object({
  id: z.number(),
  competitionId: z.number(),
  competitionTitle: z.string(),
  title: z.string(),
  participants: z.array(z.string()).describe('names for staff; surname + * for other roles (minors)'),
  participantsMasked: z.boolean(),
  school: z.string(),
  instructor: z.string().nullable(),
  orgId: z.number(),
  orgName: z.string(),
  category: z.string().nullable(),
  awardLevel: z.enum(COMPETITION_LEVELS).nullable(),
  awardGrade: z.enum(AWARD_GRADES).nullable(),
  announcedOn: z.string().nullable(),
  isDemo: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TEntryOut = z.infer<typeof ZEntryOut>;
export const ZEntryList = z.object({
  items: z.array(ZEntryOut),
  total: z.number(),
  byAwardLevel: z.record(z.string(), z.number()).describe('awarded entries per award level over the filters'),
});

/** Public results (portal): school and award only, never the students' names. */
export const ZPublicResultsQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  series: z.enum(COMPETITION_SERIES).optional(),
  page: zPage,
  pageSize: zPageSize,
});
export const ZPublicResult = z.object({
  competitionTitle: z.string(),
  series: z.enum(COMPETITION_SERIES),
  year: z.number(),
  title: z.string(),
  school: z.string(),
  district: z.string(),
  awardLevel: z.enum(COMPETITION_LEVELS),
  awardGrade: z.enum(AWARD_GRADES),
  announcedOn: z.string().nullable(),
});
export const ZPublicResults = z.object({ items: z.array(ZPublicResult), total: z.number(), years: z.array(z.number()) });
