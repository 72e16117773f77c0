import type { z } from 'zod';
import { ZIdParam } from '../../../platform/http/common.types.js';
import { requireActor, type TAppDeps, type TZodApp } from '../../../platform/http/context.js';
import {
  addDeliverable,
  addPayment,
  assignReviewers,
  createCall,
  createProject,
  deleteProject,
  finalReview,
  getCall,
  getProject,
  gradeProject,
  listCalls,
  listProjects,
  midtermCheck,
  myReviews,
  researchStats,
  reviewerCandidates,
  submitReview,
  transitionProject,
  updateCall,
  updateProject,
} from './project.service.js';
import {
  ZAssignInput,
  ZCallInput,
  ZCallPatch,
  ZCallQuery,
  ZCandidateQuery,
  ZDeliverableInput,
  ZFinalInput,
  ZGradeInput,
  ZMidtermInput,
  ZPaymentInput,
  ZProjectInput,
  ZProjectPatch,
  ZProjectQuery,
  ZProjectTransitionInput,
  ZReviewInput,
  ZStatsQuery,
} from './project.types.js';

export const PROJECT_TAG = 'thinktank: research projects';
const tags = [PROJECT_TAG];
const B = '/api/v1/research';

/** 智库项目 / 软科学课题: calls, applications and their rules, review with conflicts of interest, 立项, checks, funding. */
export function registerProjectRoutes(app: TZodApp, deps: TAppDeps) {
  const { db } = deps;
  app.get(`${B}/calls`, { schema: { tags, summary: '申报指南列表 List calls', querystring: ZCallQuery } }, async (req) => listCalls(db, requireActor(req), req.query));
  app.post(`${B}/calls`, { schema: { tags, summary: '发布申报指南 Create a call (research:manage)', body: ZCallInput } }, async (req, reply) =>
    reply.status(201).send(await createCall(db, requireActor(req), req.body)),
  );
  app.get(`${B}/calls/:id`, { schema: { tags, summary: '申报指南详情 One call', params: ZIdParam } }, async (req) => getCall(db, requireActor(req), req.params.id));
  app.patch(`${B}/calls/:id`, { schema: { tags, summary: '修改/发布/截止指南 Edit, publish or close a call', params: ZIdParam, body: ZCallPatch } }, async (req) =>
    updateCall(db, requireActor(req), req.params.id, req.body),
  );
  app.get(`${B}/projects`, { schema: { tags, summary: '申报与项目列表 Applications and projects (subtree; filters, sort, paging)', querystring: ZProjectQuery } }, async (req) =>
    listProjects(db, requireActor(req), req.query),
  );
  app.post(
    `${B}/projects`,
    {
      schema: {
        tags,
        summary: '申报 Apply (草稿, or submit): rules RESEARCH_TEAM_TOO_LARGE, RESEARCH_LEAD_HAS_OPEN_PROJECT, RESEARCH_LEAD_LAST_ROUND_UNFINISHED, RESEARCH_DEADLINE_PASSED, RESEARCH_CALL_NOT_PUBLISHED',
        body: ZProjectInput,
      },
    },
    async (req, reply) => reply.status(201).send(await createProject(db, requireActor(req), req.body)),
  );
  app.get(`${B}/stats`, { schema: { tags, summary: '按类型和年度统计 Applications, 立项 and concluded by type and year', querystring: ZStatsQuery } }, async (req) =>
    researchStats(db, requireActor(req), req.query),
  );
  app.get(`${B}/reviewer-candidates`, { schema: { tags, summary: '评审专家候选 The expert pool with conflicts of interest and reasons', querystring: ZCandidateQuery } }, async (req) =>
    reviewerCandidates(db, requireActor(req), req.query.projectId, req.query.q),
  );
  app.get(`${B}/reviews/mine`, { schema: { tags, summary: '我的评审 Reviews assigned to me (expert)' } }, async (req) => myReviews(db, requireActor(req)));
  app.post(`${B}/reviews/:id`, { schema: { tags, summary: '提交评审 Score and comment an assigned review', params: ZIdParam, body: ZReviewInput } }, async (req) =>
    submitReview(db, requireActor(req), req.params.id, req.body),
  );
  app.get(`${B}/projects/:id`, { schema: { tags, summary: '项目详情 One project with its whole history', params: ZIdParam } }, async (req) => getProject(db, requireActor(req), req.params.id));
  app.patch(`${B}/projects/:id`, { schema: { tags, summary: '修改申报 Edit an application (草稿/已退回)', params: ZIdParam, body: ZProjectPatch } }, async (req) =>
    updateProject(db, requireActor(req), req.params.id, req.body),
  );
  app.delete(`${B}/projects/:id`, { schema: { tags, summary: '删除草稿 Delete a draft', params: ZIdParam } }, async (req, reply) => {
    await deleteProject(db, requireActor(req), req.params.id);
    return reply.status(204).send();
  });
  const post = <T extends z.ZodType>(path: string, summary: string, body: T, run: (actor: ReturnType<typeof requireActor>, id: number, b: z.infer<T>) => Promise<unknown>) =>
    app.post(`${B}/projects/:id/${path}`, { schema: { tags, summary, params: ZIdParam, body } }, async (req) => run(requireActor(req), req.params.id, req.body as z.infer<T>));
  post('transitions', '流转 提交 (submitted), 初审通过 (reviewing), 退回 (returned, reason)', ZProjectTransitionInput, (a, id, b) => transitionProject(db, a, id, b));
  post('reviews', '分配评审专家 Assign reviewers (conflicts refused with the reason)', ZAssignInput, (a, id, b) => assignReviewers(db, a, id, b.expertIds));
  post('grade', '分级/立项 Grade: 重点/一般 → 立项 with budget; 不立项', ZGradeInput, (a, id, b) => gradeProject(db, a, id, b));
  post('midterm', '中期检查 Mid-term check: report, comments, 通过/整改', ZMidtermInput, (a, id, b) => midtermCheck(db, a, id, b));
  post('final', '结题评审 Final review: report, score, 通过/不通过', ZFinalInput, (a, id, b) => finalReview(db, a, id, b));
  post('payments', '资助 Record a payment (amount, date)', ZPaymentInput, (a, id, b) => addPayment(db, a, id, b));
  post('deliverables', '研究成果 Add a deliverable (searchable in full text)', ZDeliverableInput, (a, id, b) => addDeliverable(db, a, id, b));
}
