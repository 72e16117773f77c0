import { z } from 'zod';
import { STATION_TYPES, SURVEY_LIMITS, ZDefinition } from '../../../../shared/thinktank-survey.js';
import { zDate, zId, zOptText, zPage, zPageSize, zQueryText, zReqText } from '../../../platform/http/common.types.js';

export const ZQuestionnaireInput = z.object({
  title: zReqText(200, '问卷名称'),
  description: zOptText(2000, '说明（填答页顶部显示）'),
  definition: ZDefinition.describe('题目、题型、选项编码、必答、跳题'),
});
export type TQuestionnaireInput = z.infer<typeof ZQuestionnaireInput>;

export const ZListQuery = z.object({
  q: zQueryText().optional(),
  page: zPage,
  pageSize: zPageSize,
});
export type TListQuery = z.infer<typeof ZListQuery>;

export const ZStationInput = z.object({
  name: zReqText(100, '站点名称'),
  type: z.enum(STATION_TYPES).describe('站点类型'),
  orgId: zId.describe('所属组织（决定谁可以管理）'),
  quota: z.number().int().min(0).max(1_000_000).describe('样本配额'),
});
export type TStationInput = z.infer<typeof ZStationInput>;
export const ZStationPatch = ZStationInput.partial().refine((v) => Object.values(v).some((x) => x !== undefined), { message: '没有要修改的内容' });
export type TStationPatch = z.infer<typeof ZStationPatch>;

export const ZCampaignInput = z.object({
  title: zReqText(200, '调查名称'),
  description: zOptText(2000, '说明'),
  questionnaireId: zId,
  orgId: zId.optional().describe('组织单位 (default: your org)'),
  opensOn: zDate,
  closesOn: zDate,
  stations: z.array(ZStationInput).max(500).optional(),
});
export type TCampaignInput = z.infer<typeof ZCampaignInput>;
export const ZCampaignPatch = z
  .object({ title: zReqText(200, '调查名称'), description: zOptText(2000, '说明'), opensOn: zDate, closesOn: zDate })
  .partial()
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: '没有要修改的内容' });
export type TCampaignPatch = z.infer<typeof ZCampaignPatch>;

export const ZGenerateCodes = z.object({ count: z.number().int().min(1).max(SURVEY_LIMITS.codesPerRequest).describe('生成数量') });
export const ZAllocateCodes = z.object({
  count: z.number().int().min(1).max(SURVEY_LIMITS.codesPerRequest).describe('分发数量'),
  recipient: zReqText(100, '领取人 / 批次'),
  note: zOptText(500, '备注'),
});
export type TAllocateCodes = z.infer<typeof ZAllocateCodes>;

export const ZCrossTabQuery = z.object({ question: z.string().max(40).default('').describe('题号') });
export const ZAnswerExportQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const ZPublicCode = z.object({ code: z.string().max(40).describe('填答码') });
export const ZPublicSubmit = z.object({
  code: z.string().max(40).describe('填答码'),
  answers: z.record(z.string().max(40), z.unknown()).describe('题号 → 答案'),
});
