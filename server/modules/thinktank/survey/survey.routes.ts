import { z } from 'zod';
import { contentDisposition } from '../../../platform/files/content-disposition.js';
import { ZIdParam } from '../../../platform/http/common.types.js';
import { requireActor, type TAppDeps, type TZodApp } from '../../../platform/http/context.js';
import { startAnswer, submitAnswer } from './survey.answer.js';
import { campaignCrossTab, campaignProgress, campaignResults, exportAnswers } from './survey.results.js';
import {
  addStation,
  allocateCodes,
  closeCampaign,
  copyQuestionnaire,
  createCampaign,
  createQuestionnaire,
  exportBatch,
  generateCodes,
  getCampaign,
  getQuestionnaire,
  listCampaigns,
  listQuestionnaires,
  updateCampaign,
  updateQuestionnaire,
  updateStation,
} from './survey.service.js';
import {
  ZAllocateCodes,
  ZAnswerExportQuery,
  ZCampaignInput,
  ZCampaignPatch,
  ZCrossTabQuery,
  ZGenerateCodes,
  ZListQuery,
  ZPublicCode,
  ZPublicSubmit,
  ZQuestionnaireInput,
  ZStationInput,
  ZStationPatch,
} from './survey.types.js';

export const SURVEY_TAG = 'thinktank: surveys';
const tags = [SURVEY_TAG];
/** Where printed codes send respondents (the public answer page). */
export const ANSWER_PATH = '/survey';

/** 调查: questionnaires, campaigns with stations and one-time codes, progress, results, export; the public answer page. */
export function registerSurveyRoutes(app: TZodApp, deps: TAppDeps) {
  const { db } = deps;
  const base = '/api/v1/surveys';
  app.get(`${base}/questionnaires`, { schema: { tags, summary: '问卷列表 Questionnaires (org subtree)', querystring: ZListQuery } }, async (req) =>
    listQuestionnaires(db, requireActor(req), req.query),
  );
  app.post(`${base}/questionnaires`, { schema: { tags, summary: '新建问卷 Create a questionnaire (validated definition, version 1)', body: ZQuestionnaireInput } }, async (req, reply) =>
    reply.status(201).send(await createQuestionnaire(db, requireActor(req), req.body)),
  );
  app.get(`${base}/questionnaires/:id`, { schema: { tags, summary: '问卷详情 One questionnaire with its definition', params: ZIdParam } }, async (req) =>
    getQuestionnaire(db, requireActor(req), req.params.id),
  );
  app.put(
    `${base}/questionnaires/:id`,
    { schema: { tags, summary: '保存问卷 Save a new version; 409 SURVEY_QUESTIONNAIRE_LOCKED once answers exist', params: ZIdParam, body: ZQuestionnaireInput } },
    async (req) => updateQuestionnaire(db, requireActor(req), req.params.id, req.body),
  );
  app.post(`${base}/questionnaires/:id/copy`, { schema: { tags, summary: '复制问卷 Copy into a new editable questionnaire', params: ZIdParam } }, async (req, reply) =>
    reply.status(201).send(await copyQuestionnaire(db, requireActor(req), req.params.id)),
  );

  app.get(`${base}/campaigns`, { schema: { tags, summary: '调查列表 Campaigns organized in the subtree or with a station in it', querystring: ZListQuery } }, async (req) =>
    listCampaigns(db, requireActor(req), req.query),
  );
  app.post(`${base}/campaigns`, { schema: { tags, summary: '新建调查 Create a campaign (任务下达) with stations and quotas', body: ZCampaignInput } }, async (req, reply) =>
    reply.status(201).send(await createCampaign(db, requireActor(req), req.body)),
  );
  app.get(`${base}/campaigns/:id`, { schema: { tags, summary: '调查详情 A campaign with the stations you see, codes and allocations', params: ZIdParam } }, async (req) =>
    getCampaign(db, requireActor(req), req.params.id),
  );
  app.patch(`${base}/campaigns/:id`, { schema: { tags, summary: '修改调查 Edit title, dates', params: ZIdParam, body: ZCampaignPatch } }, async (req) =>
    updateCampaign(db, requireActor(req), req.params.id, req.body),
  );
  app.post(`${base}/campaigns/:id/close`, { schema: { tags, summary: '结束调查 Close: no more answers; stations flagged whether they met their quota (站点考核)', params: ZIdParam } }, async (req) =>
    closeCampaign(db, requireActor(req), req.params.id),
  );
  app.post(`${base}/campaigns/:id/stations`, { schema: { tags, summary: '添加站点 Add a station', params: ZIdParam, body: ZStationInput } }, async (req, reply) =>
    reply.status(201).send(await addStation(db, requireActor(req), req.params.id, req.body)),
  );
  app.get(`${base}/campaigns/:id/progress`, { schema: { tags, summary: '填答进度 Daily answers per station against quota', params: ZIdParam } }, async (req) =>
    campaignProgress(db, requireActor(req), req.params.id),
  );
  app.get(`${base}/campaigns/:id/results`, { schema: { tags, summary: '调查结果 Per-question counts, distributions, texts', params: ZIdParam } }, async (req) =>
    campaignResults(db, requireActor(req), req.params.id),
  );
  app.get(
    `${base}/campaigns/:id/crosstab`,
    { schema: { tags, summary: '交叉表 One question by station type', params: ZIdParam, querystring: ZCrossTabQuery } },
    async (req) => campaignCrossTab(db, requireActor(req), req.params.id, req.query.question),
  );
  for (const part of ['answers', 'codebook'] as const)
    app.get(
      `${base}/campaigns/:id/${part === 'answers' ? 'export' : 'codebook'}`,
      {
        schema: {
          tags,
          summary: part === 'answers' ? '导出答卷 Raw answers: .xlsx (答卷 + 编码表 sheets) or .csv' : '编码表 The codebook as .csv (also a sheet of the .xlsx export)',
          params: ZIdParam,
          querystring: ZAnswerExportQuery,
        },
      },
      async (req, reply) => {
        const f = await exportAnswers(db, requireActor(req), req.params.id, part === 'codebook' ? 'csv' : req.query.format, part);
        return reply.header('content-type', f.mime).header('content-disposition', contentDisposition(f.fileName)).send(f.buf);
      },
    );

  app.patch(`${base}/stations/:id`, { schema: { tags, summary: '修改站点 Edit a station (name, type, org, quota)', params: ZIdParam, body: ZStationPatch } }, async (req) =>
    updateStation(db, requireActor(req), req.params.id, req.body),
  );
  app.post(`${base}/stations/:id/codes`, { schema: { tags, summary: '生成填答码 Generate one-time codes for a station', params: ZIdParam, body: ZGenerateCodes } }, async (req, reply) =>
    reply.status(201).send(await generateCodes(db, requireActor(req), req.params.id, req.body.count)),
  );
  app.post(
    `${base}/stations/:id/allocations`,
    { schema: { tags, summary: '分发填答码 Hand free codes to a recipient / batch (logged)', params: ZIdParam, body: ZAllocateCodes } },
    async (req, reply) => reply.status(201).send(await allocateCodes(db, requireActor(req), req.params.id, req.body)),
  );
  app.get(`${base}/allocations/:id/export`, { schema: { tags, summary: '打印填答码 One allocation\'s codes as .xlsx for printing', params: ZIdParam } }, async (req, reply) => {
    const f = await exportBatch(db, requireActor(req), req.params.id, ANSWER_PATH);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', contentDisposition(f.fileName))
      .send(f.buf);
  });

  const pub = ['public'];
  app.post(
    '/api/v1/public/surveys/start',
    {
      schema: {
        tags: pub,
        summary: '输入填答码 Open the questionnaire of a valid, unused code (no login). Wrong codes: 400 SURVEY_CODE_INVALID, rate limited (429)',
        security: [],
        body: ZPublicCode,
        response: { 200: z.object({ campaignTitle: z.string(), description: z.string().nullable(), stationName: z.string(), closesOn: z.string(), questionnaire: z.object({ title: z.string(), version: z.number(), definition: z.any() }) }) },
      },
    },
    async (req) => startAnswer(db, req.body.code, req.ip),
  );
  app.post(
    '/api/v1/public/surveys/submit',
    {
      schema: {
        tags: pub,
        summary: '提交答卷 Submit answers with a code (works once; anonymous: nothing links the answer to the code)',
        security: [],
        body: ZPublicSubmit,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => submitAnswer(db, req.body.code, req.body.answers as Record<string, unknown>, req.ip),
  );
}
