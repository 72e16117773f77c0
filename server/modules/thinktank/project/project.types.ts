import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { CALL_STATUSES, PROJECT_GRADES, PROJECT_STATUSES, RESEARCH_TYPES } from '../../../../shared/thinktank-project.js';
import { hasSomeField, nonEmptyPatch, zDate, zId, zOptText, zPage, zPageSize, zQueryId, zQueryText, zReqText, zSort } from '../../../platform/http/common.types.js';

const zYuan = (what: string) => z.number().min(0, `${what}不能为负数`).max(100_000_000, `${what}过大`);
const zPhone = z
  .string()
  .trim()
  .min(1, '请填写负责人电话')
  .max(30)
  .regex(/^[\d\-+() ]*$/, '电话格式不正确');
const zFileId = z.uuid('附件编号不正确');

// ---- 指南 calls
const callFields = {
  type: z.enum(RESEARCH_TYPES).describe('项目类型 thinktank | soft_science'),
  year: z.number().int().min(2000, '年度不合理').max(2100, '年度不合理').describe('年度 year'),
  round: z.number().int().min(1).max(12).optional().describe('批次 round (default 1)'),
  title: zReqText(LIMITS.textMax, '指南标题 title'),
  topics: z.array(zReqText(LIMITS.textMax, '选题方向 topic')).max(100).optional().describe('选题方向 topics'),
  description: zOptText(LIMITS.longTextMax, '说明 description'),
  deadline: zDate.describe('申报截止日期 application deadline'),
  budgetKey: zYuan('重点项目资助额').describe('重点项目资助额（元） budget of a key project, yuan'),
  budgetGeneral: zYuan('一般项目资助额').describe('一般项目资助额（元） budget of a general project, yuan'),
  maxTeamSize: z.number().int().min(1, '成员上限至少为 1').max(50, '成员上限过大').optional().describe('项目组成员上限 max team members (default 6)'),
  status: z.enum(CALL_STATUSES).optional().describe('草稿 draft / 已发布 published / 已截止 closed'),
};
export const ZCallInput = z.strictObject(callFields);
export type TCallInput = z.infer<typeof ZCallInput>;
export const ZCallPatch = z.strictObject(callFields).partial().refine(hasSomeField, nonEmptyPatch);
export type TCallPatch = z.infer<typeof ZCallPatch>;
export const ZCallQuery = z.object({
  type: z.enum(RESEARCH_TYPES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(CALL_STATUSES).optional(),
  open: z.enum(['true', 'false']).optional().describe('true: published calls whose deadline has not passed'),
  page: zPage,
  pageSize: zPageSize,
});
export type TCallQuery = z.infer<typeof ZCallQuery>;

// ---- 申报 applications / projects
const zMember = z.strictObject({
  name: zReqText(LIMITS.nameMax, '成员姓名 name'),
  unit: zOptText(LIMITS.textMax, '单位 unit'),
  title: zOptText(LIMITS.nameMax, '职称 title'),
});
const projectFields = {
  callId: zId.describe('指南 call'),
  orgId: zId.optional().describe("归口单位 the applying org (your subtree); default: the actor's org"),
  title: zReqText(LIMITS.textMax, '项目名称 title'),
  topic: zOptText(LIMITS.textMax, '选题方向 topic'),
  leadName: zReqText(LIMITS.nameMax, '负责人 lead name'),
  leadUnit: zReqText(LIMITS.textMax, '负责人单位 lead unit'),
  leadTitle: zOptText(LIMITS.nameMax, '负责人职称 lead title'),
  leadPhone: zPhone.describe('负责人电话 lead phone'),
  team: z.array(zMember).max(50, '项目组成员过多').optional().describe('项目组成员 team members (≤ the call’s limit, default 6)'),
  abstract: zOptText(LIMITS.longTextMax, '摘要 abstract'),
  budgetRequested: zYuan('申请经费').nullish().describe('申请经费（元） budget requested'),
  attachmentId: zFileId.nullish().describe('申报书 application form: an uploaded file (POST /api/v1/files)'),
  submit: z.boolean().optional().describe('true: save and submit (草稿 → 已提交)'),
};
export const ZProjectInput = z.strictObject(projectFields);
export type TProjectInput = z.infer<typeof ZProjectInput>;
const { callId: _c, ...patchFields } = projectFields;
export const ZProjectPatch = z.strictObject(patchFields).partial().refine(hasSomeField, nonEmptyPatch);
export type TProjectPatch = z.infer<typeof ZProjectPatch>;

export const PROJECT_SORTS = ['year', 'title', 'submittedAt', 'approvedAt', 'createdAt', 'updatedAt', 'reviewAvg'] as const;
const projectFilters = {
  q: zQueryText().optional().describe('项目名称、摘要、负责人或成果中的文字'),
  type: z.enum(RESEARCH_TYPES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  callId: zQueryId.optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  stage: z.enum(['applications', 'projects']).optional().describe('applications: not yet 立项; projects: 立项 and after'),
  grade: z.enum(PROJECT_GRADES).optional(),
  orgId: zQueryId.optional().describe('归口 org subtree'),
  isDemo: z.enum(['true', 'false']).optional(),
};
export const ZProjectQuery = z.object({ ...projectFilters, sort: zSort(PROJECT_SORTS, 'field, or -field; default -updatedAt'), page: zPage, pageSize: zPageSize });
export type TProjectQuery = z.infer<typeof ZProjectQuery>;
export const ZProjectExportQuery = ZProjectQuery.omit({ page: true, pageSize: true });

export const ZProjectTransitionInput = z.strictObject({
  to: z.enum(PROJECT_STATUSES).describe('submitted (提交/重新提交), reviewing (初审通过), returned (退回, reason)'),
  reason: zOptText(1000, '原因 reason (required for 退回)'),
});
export type TProjectTransitionInput = z.infer<typeof ZProjectTransitionInput>;

export const ZAssignInput = z.strictObject({ expertIds: z.array(zId).min(1, '请选择评审专家').max(20, '评审专家过多') });
export const ZReviewInput = z.strictObject({
  score: z.number().min(0, '分数应在 0–100 之间').max(100, '分数应在 0–100 之间'),
  comment: zOptText(LIMITS.longTextMax, '评审意见 comment'),
});
export type TReviewInput = z.infer<typeof ZReviewInput>;
export const ZGradeInput = z.strictObject({
  grade: z.enum(PROJECT_GRADES).describe('重点 key / 一般 general / 不立项 none'),
  budget: zYuan('资助额').nullish().describe('资助额（元）; default: the call’s budget for the grade'),
  reason: zOptText(1000, '说明 note'),
});
export type TGradeInput = z.infer<typeof ZGradeInput>;
const reportFields = {
  title: zReqText(LIMITS.textMax, '报告标题 title'),
  body: zOptText(200_000, '报告正文 full text'),
  fileId: zFileId.nullish().describe('报告文件 an uploaded file'),
  comments: zOptText(LIMITS.longTextMax, '检查/评审意见 comments'),
};
export const ZMidtermInput = z.strictObject({ ...reportFields, result: z.enum(['passed', 'rectify']).describe('通过 passed / 整改 rectify (comments required)') });
export type TMidtermInput = z.infer<typeof ZMidtermInput>;
export const ZFinalInput = z.strictObject({
  ...reportFields,
  score: z.number().min(0, '分数应在 0–100 之间').max(100, '分数应在 0–100 之间'),
  result: z.enum(['passed', 'failed']).describe('通过 passed / 不通过 failed (comments required)'),
});
export type TFinalInput = z.infer<typeof ZFinalInput>;
export const ZDeliverableInput = z.strictObject({
  title: zReqText(LIMITS.textMax, '成果标题 title'),
  body: zOptText(200_000, '成果摘要或全文 summary / full text'),
  fileId: zFileId.nullish().describe('成果文件 an uploaded file'),
});
export type TDeliverableInput = z.infer<typeof ZDeliverableInput>;
export const ZPaymentInput = z.strictObject({
  amount: zYuan('资助金额').refine((v) => v > 0, '资助金额应大于 0'),
  paidOn: zDate.describe('拨付日期 date paid'),
  note: zOptText(1000, '备注 note'),
});
export type TPaymentInput = z.infer<typeof ZPaymentInput>;

export const ZCandidateQuery = z.object({ projectId: zQueryId, q: zQueryText().optional() });
export const ZStatsQuery = z.object({ orgId: zQueryId.optional(), from: zDate.optional(), to: zDate.optional() });
