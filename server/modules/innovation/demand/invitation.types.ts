import { z } from 'zod';
import { LIMITS } from '../../../../shared/limits.js';
import { zText } from '../../../platform/text-schema.js';
import { DEMAND_CATEGORIES, DEMAND_STATUSES, MATCH_STATUSES } from '../innovation.schema.js';
import { MATCH_LIMIT_DEFAULT, MATCH_LIMIT_MAX } from '../matching/match.types.js';

// Matching from the demand side, and invitations (the `matches` rows): staff invite, experts answer.

const zId = z.number().int().positive().max(2_147_483_647);
const zNote = zText(500).nullish().describe('备注 note');
const zFilter = (what: string) => zText(50).pipe(z.string().min(1)).optional().describe(what);

export const ZMatchReason = z.object({
  kind: z.string(),
  detail: z.string().describe('a reason in Chinese'),
  terms: z.array(z.string()).optional().describe('the terms the reason names, each found in both the demand and the profile'),
});

/** POST /api/v1/match/experts — API contract (issue 3). */
export const ZMatchExpertsInput = z.strictObject({
  text: zText(LIMITS.longTextMax).pipe(z.string().min(1, '请输入需求描述')).describe('demand text, Chinese or English'),
  limit: z.number().int().min(1).max(MATCH_LIMIT_MAX).optional().describe(`default ${MATCH_LIMIT_DEFAULT}, at most ${MATCH_LIMIT_MAX}`),
  filters: z
    .strictObject({
      cluster: zFilter('产业集群: only experts in this cluster'),
      discipline: zFilter('学科: only experts with this discipline'),
      district: zFilter("县区: only experts of this org's subtree (org code such as rugao, or org id)"),
    })
    .optional(),
});
export type TMatchExpertsInput = z.infer<typeof ZMatchExpertsInput>;

export const ZExpertMatch = z.object({
  expertId: z.number(),
  name: z.string(),
  score: z.number().describe('absolute relevance in [0, 1], comparable across demands'),
  reasons: z.array(ZMatchReason),
});

export const ZMatchExpertsOut = z.object({ items: z.array(ZExpertMatch) });

export const ZDemandMatchesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MATCH_LIMIT_MAX).default(MATCH_LIMIT_DEFAULT),
});

export const ZDemandMatchItem = ZExpertMatch.extend({
  unit: z.string().nullable(),
  title: z.string().nullable(),
  invitation: z
    .object({ id: z.number(), status: z.enum(MATCH_STATUSES), statusLabel: z.string() })
    .nullable()
    .describe('the engagement with this expert on this demand, if any'),
});

export const ZInvitationInput = z.strictObject({
  expertId: zId.describe('专家 the expert to invite'),
  note: zNote,
});
export type TInvitationInput = z.infer<typeof ZInvitationInput>;

export const ZDockingRequestInput = z.strictObject({
  expertId: zId.describe('专家 the expert the enterprise would like to dock with'),
  note: zNote,
});
export type TDockingRequestInput = z.infer<typeof ZDockingRequestInput>;

export const ZRespondInput = z.strictObject({
  accept: z.boolean().describe('true: 接受 accept; false: 婉拒 decline'),
  note: zNote,
});
export type TRespondInput = z.infer<typeof ZRespondInput>;

export const ZMatchTransitionInput = z.strictObject({
  to: z.enum(MATCH_STATUSES).describe('docking 对接中 (from accepted) or signed 已签约 (from docking)'),
  note: zNote,
});
export type TMatchTransitionInput = z.infer<typeof ZMatchTransitionInput>;

export const ZInvitationOut = z.object({
  id: z.number(),
  demandId: z.number(),
  demandTitle: z.string(),
  expertId: z.number(),
  expertName: z.string(),
  expertUnit: z.string().nullable(),
  expertTitle: z.string().nullable(),
  status: z.enum(MATCH_STATUSES),
  statusLabel: z.string(),
  score: z
    .number()
    .nullable()
    .describe('匹配度: on a demand\'s engagement list the current score, from the same function as the 智能匹配 ranking (one score per pair); elsewhere the score when invited'),
  scoreAtInvite: z.number().nullable().describe('邀请时匹配度: the score recorded when the expert was invited (null if never invited)'),
  reasons: z.array(ZMatchReason).describe('matcher reasons (current on the engagement list, like the score)'),
  note: z.string().nullable().describe('notes of staff, expert and enterprise, one per line'),
  invitedAt: z.date().nullable(),
  respondedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type TInvitationOut = z.infer<typeof ZInvitationOut>;

export const ZMyInvitationOut = ZInvitationOut.extend({
  demand: z.object({
    id: z.number(),
    title: z.string(),
    description: z.string(),
    category: z.enum(DEMAND_CATEGORIES),
    cluster: z.string().nullable(),
    deadline: z.string().nullable(),
    budgetMin: z.number().nullable(),
    budgetMax: z.number().nullable(),
    enterpriseName: z.string(),
    status: z.enum(DEMAND_STATUSES),
    statusLabel: z.string(),
  }),
});
export type TMyInvitationOut = z.infer<typeof ZMyInvitationOut>;

export const ZMyInvitationsQuery = z.object({
  status: z.enum(MATCH_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(20),
});
export type TMyInvitationsQuery = z.infer<typeof ZMyInvitationsQuery>;

export const ZRecommendedQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

export const ZRecommendedDemand = z.object({
  demandId: z.number(),
  title: z.string(),
  score: z.number(),
  reasons: z.array(ZMatchReason),
  category: z.enum(DEMAND_CATEGORIES),
  cluster: z.string().nullable(),
  deadline: z.string().nullable(),
  enterpriseName: z.string(),
});
