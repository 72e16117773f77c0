import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { INSTRUCTION_LEVELS, SUGGESTION_LIMITS, SUGGESTION_RECOMMENDATIONS, SUGGESTION_STATUSES } from '../../../../shared/thinktank-suggestion.js';
import { hasSomeField, nonEmptyPatch, zDate, zId, zIdList, zOptText, zPage, zPageSize, zQueryId, zQueryText, zReqText, zSort, zYear } from '../../../platform/http/common.types.js';
import { ZTransitionOut } from '../../../platform/workflow/workflow.types.js';

const zPhone = z
  .string()
  .trim()
  .max(30)
  .regex(/^[\d\-+() ]*$/, '联系电话格式不正确');
/** Each section may be long; the 3000-character rule over the three is checked by the service (named error). */
const zSection = (what: string) => zReqText(LIMITS.longTextMax, what);

const fields = {
  title: zReqText(LIMITS.textMax, '标题 title'),
  problem: zSection('问题 problem'),
  cause: zSection('原因 cause'),
  countermeasure: zSection('对策 countermeasure'),
  abstract: zOptText(SUGGESTION_LIMITS.abstractMax, '摘要 abstract (required above 1000 characters)'),
  authorName: zOptText(LIMITS.nameMax, '建议人 author (staff on behalf: required; a worker: their own name by default)'),
  authorUnit: zOptText(LIMITS.textMax, '工作单位 unit (default: the org name)'),
  authorTitle: zOptText(LIMITS.nameMax, '职务/职称 title or post'),
  authorPhone: zPhone.nullish().describe('联系电话 phone (masked for roles that may not see it)'),
  orgId: zId.optional().describe("所属组织 the author's unit org (your subtree); default: your org"),
};

export const ZSuggestionInput = z.strictObject(fields);
export type TSuggestionInput = z.infer<typeof ZSuggestionInput>;
export const ZSuggestionPatch = z.strictObject(fields).partial().refine(hasSomeField, nonEmptyPatch);
export type TSuggestionPatch = z.infer<typeof ZSuggestionPatch>;

export const SUGGESTION_SORTS = ['submittedAt', 'title', 'charCount', 'updatedAt'] as const;
const listFilters = {
  q: zQueryText().optional().describe('标题、建议人或单位中的文字'),
  status: z.enum(SUGGESTION_STATUSES).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional().describe('提交年度'),
  orgId: zQueryId.optional().describe('author org subtree'),
  issueId: zQueryId.optional(),
  recommendation: z.enum(SUGGESTION_RECOMMENDATIONS).optional(),
  available: z.enum(['true']).optional().describe('true: reviewed 采用/备选 and in no issue (to put into an issue)'),
};
export const ZSuggestionQuery = z.object({ ...listFilters, sort: zSort(SUGGESTION_SORTS, 'default -submittedAt'), page: zPage, pageSize: zPageSize });
export type TSuggestionQuery = z.infer<typeof ZSuggestionQuery>;
export const ZSuggestionExportQuery = ZSuggestionQuery.omit({ page: true, pageSize: true });

export const ZSuggestionTransitionInput = z.strictObject({
  to: z.enum(SUGGESTION_STATUSES).describe('forwarded (单位汇总报送), returned (退回, reason), submitted (重新提交)'),
  reason: zOptText(1000, '原因 reason (required for 退回)'),
});
export type TSuggestionTransitionInput = z.infer<typeof ZSuggestionTransitionInput>;

export const ZSuggestionReviewInput = z.strictObject({
  opinion: zReqText(LIMITS.longTextMax, '评审意见 opinion'),
  recommendation: z.enum(SUGGESTION_RECOMMENDATIONS).describe('采用 adopt / 备选 reserve / 不采用 reject'),
});
export type TSuggestionReviewInput = z.infer<typeof ZSuggestionReviewInput>;

export const ZSuggestionAssignInput = z.strictObject({ reviewerUserId: zId.nullable().describe('the expert account to review it; null clears') });

export const ZSuggestionCarriedInput = z.strictObject({
  carriedOn: zDate.nullable().describe('中国科协《科技界情况》刊发日期; null clears'),
  carriedNote: zOptText(LIMITS.textMax, '期次等说明'),
});
export type TSuggestionCarriedInput = z.infer<typeof ZSuggestionCarriedInput>;

const instructionFields = {
  leaderName: zReqText(LIMITS.nameMax, '批示领导 leader'),
  leaderPost: zReqText(LIMITS.textMax, '职务 post'),
  level: z.enum(INSTRUCTION_LEVELS).describe('国家 / 省 / 市'),
  instructedOn: zDate.describe('批示日期'),
  summary: zReqText(LIMITS.longTextMax, '批示内容摘要 summary'),
  followUp: zOptText(LIMITS.longTextMax, '落实情况 follow-up'),
  adoptedBy: zOptText(LIMITS.textMax, '采纳部门 adopted by'),
  adoptedOn: zDate.nullish().describe('采纳日期'),
};
export const ZInstructionInput = z.strictObject(instructionFields);
export type TInstructionInput = z.infer<typeof ZInstructionInput>;
export const ZInstructionPatch = z.strictObject(instructionFields).partial().refine(hasSomeField, nonEmptyPatch);
export type TInstructionPatch = z.infer<typeof ZInstructionPatch>;

export const ZInstructionOut = z.object({
  id: z.number(),
  suggestionId: z.number(),
  leaderName: z.string(),
  leaderPost: z.string(),
  level: z.enum(INSTRUCTION_LEVELS),
  levelLabel: z.string(),
  instructedOn: z.string(),
  summary: z.string(),
  followUp: z.string().nullable(),
  adoptedBy: z.string().nullable(),
  adoptedOn: z.string().nullable(),
  isDemo: z.boolean(),
});
export type TInstructionOut = z.infer<typeof ZInstructionOut>;

export const ZSuggestionOut = z.object({
  id: z.number(),
  orgId: z.number(),
  orgName: z.string(),
  title: z.string(),
  authorName: z.string(),
  authorUnit: z.string(),
  authorTitle: z.string().nullable(),
  authorPhone: z.string().nullable().describe('masked (138****5678) unless your role may see it'),
  submittedVia: z.enum(['portal', 'staff']),
  abstract: z.string().nullable(),
  charCount: z.number(),
  status: z.enum(SUGGESTION_STATUSES),
  statusLabel: z.string(),
  returnReason: z.string().nullable(),
  submittedAt: z.date(),
  forwardedAt: z.date().nullable(),
  recommendation: z.enum(SUGGESTION_RECOMMENDATIONS).nullable(),
  reviewedAt: z.date().nullable(),
  issueId: z.number().nullable(),
  issueLabel: z.string().nullable(),
  carriedOn: z.string().nullable(),
  instructionCount: z.number(),
  isDemo: z.boolean(),
  updatedAt: z.date(),
});
export type TSuggestionOut = z.infer<typeof ZSuggestionOut>;
export const ZSuggestionList = z.object({ items: z.array(ZSuggestionOut), total: z.number() });

const ZTransition = ZTransitionOut.omit({ actorId: true, actorOrgId: true });

export const ZTimelineItem = z.object({
  kind: z.enum(['submitted', 'returned', 'forwarded', 'reviewed', 'in_issue', 'sent', 'carried', 'instructed', 'adopted']),
  on: z.string().describe('YYYY-MM-DD'),
  text: z.string().describe('what happened, in Chinese'),
  textEn: z.string(),
});

export const ZSuggestionDetail = ZSuggestionOut.extend({
  problem: z.string(),
  cause: z.string(),
  countermeasure: z.string(),
  reviewOpinion: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewerUserId: z.number().nullable(),
  carriedNote: z.string().nullable(),
  instructions: z.array(ZInstructionOut),
  recipients: z.array(z.object({ recipient: z.string(), sentOn: z.string() })),
  transitions: z.array(ZTransition),
  timeline: z.array(ZTimelineItem),
  allowedTransitions: z.array(z.enum(SUGGESTION_STATUSES)),
  canEdit: z.boolean(),
  canReview: z.boolean(),
  canAssign: z.boolean(),
  canRecord: z.boolean().describe('may record 批示 / 采纳 / 《科技界情况》'),
});
export type TSuggestionDetail = z.infer<typeof ZSuggestionDetail>;

export const ZMySuggestionList = z.object({ items: z.array(ZSuggestionDetail.omit({ transitions: true })), total: z.number() });

// ---- issues 期
export const ZIssueInput = z.strictObject({
  year: zYear.optional().describe('年度 (default: the year of the issue date); the number is assigned per year'),
  issueDate: zDate.describe('出刊日期'),
  editorNote: zOptText(LIMITS.longTextMax, '编者按 editor’s note'),
  suggestionIds: zIdList(50).optional().describe('the suggestions in order (reviewed 采用/备选, in no other issue)'),
});
export type TIssueInput = z.infer<typeof ZIssueInput>;
export const ZIssuePatch = z
  .strictObject({
    issueDate: zDate.optional(),
    editorNote: zOptText(LIMITS.longTextMax, '编者按'),
    suggestionIds: zIdList(50).optional().describe('the whole ordered list (replaces it)'),
  })
  .refine(hasSomeField, nonEmptyPatch);
export type TIssuePatch = z.infer<typeof ZIssuePatch>;

export const ZIssueSendInput = z.strictObject({
  recipients: z
    .array(z.strictObject({ recipient: zReqText(LIMITS.nameMax, '报送对象 recipient'), sentOn: zDate.describe('报送日期') }))
    .min(1, '请至少填写一个报送对象')
    .max(20),
});
export type TIssueSendInput = z.infer<typeof ZIssueSendInput>;

export const ISSUE_SORTS = ['issueDate', 'number'] as const;
export const ZIssueQuery = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  status: z.enum(['draft', 'sent']).optional(),
  sort: zSort(ISSUE_SORTS, 'default -issueDate'),
  page: zPage,
  pageSize: zPageSize,
});
export type TIssueQuery = z.infer<typeof ZIssueQuery>;

export const ZIssueOut = z.object({
  id: z.number(),
  year: z.number(),
  number: z.number(),
  label: z.string(),
  issueDate: z.string(),
  editorNote: z.string().nullable(),
  status: z.enum(['draft', 'sent']),
  sentAt: z.date().nullable(),
  suggestionCount: z.number(),
  recipients: z.array(z.object({ recipient: z.string(), sentOn: z.string() })),
  isDemo: z.boolean(),
});
export type TIssueOut = z.infer<typeof ZIssueOut>;
export const ZIssueList = z.object({ items: z.array(ZIssueOut), total: z.number() });
export const ZIssueDetail = ZIssueOut.extend({
  suggestions: z.array(ZSuggestionOut),
  canEdit: z.boolean(),
});
export type TIssueDetail = z.infer<typeof ZIssueDetail>;
