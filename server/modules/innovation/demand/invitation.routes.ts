import { z } from 'zod';
import { type TAppDeps, type TZodApp, requireActor } from '../../../platform/http/context.js';
import {
  demandMatches,
  inviteExpert,
  listDemandInvitations,
  listMyInvitations,
  matchExpertsForText,
  recommendedDemandsForMe,
  requestDocking,
  respondToInvitation,
  transitionMatch,
} from './invitation.service.js';
import {
  ZDemandMatchItem,
  ZDemandMatchesQuery,
  ZDockingRequestInput,
  ZInvitationInput,
  ZInvitationOut,
  ZMatchExpertsInput,
  ZMatchExpertsOut,
  ZMatchTransitionInput,
  ZMyInvitationOut,
  ZMyInvitationsQuery,
  ZRecommendedDemand,
  ZRecommendedQuery,
  ZRespondInput,
} from './invitation.types.js';

const ZId = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const tags = ['innovation: matching'];

export function registerInvitationRoutes(app: TZodApp, { db }: TAppDeps) {
  app.post(
    '/api/v1/match/experts',
    {
      schema: {
        tags,
        summary: '智能匹配专家 Rank experts for a text (staff), with reasons',
        body: ZMatchExpertsInput,
        response: { 200: ZMatchExpertsOut },
      },
    },
    async (req) => matchExpertsForText(db, requireActor(req), req.body),
  );
  app.get(
    '/api/v1/demands/:id/matches',
    {
      schema: {
        tags,
        summary: '需求推荐专家 Experts ranked for a demand (staff; the enterprise once published)',
        params: ZId,
        querystring: ZDemandMatchesQuery,
        response: { 200: z.object({ items: z.array(ZDemandMatchItem) }) },
      },
    },
    async (req) => demandMatches(db, requireActor(req), req.params.id, req.query.limit),
  );
  app.get(
    '/api/v1/demands/:id/invitations',
    {
      schema: {
        tags,
        summary: '需求对接专家 Engagements on a demand (invitations, docking requests)',
        params: ZId,
        response: { 200: z.object({ items: z.array(ZInvitationOut) }) },
      },
    },
    async (req) => listDemandInvitations(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/demands/:id/invitations',
    {
      schema: {
        tags,
        summary: '邀请专家 Invite an expert to a published demand (staff)',
        params: ZId,
        body: ZInvitationInput,
        response: { 200: ZInvitationOut, 201: ZInvitationOut },
      },
    },
    async (req, reply) => {
      const { created, invitation } = await inviteExpert(db, requireActor(req), req.params.id, req.body);
      return reply.status(created ? 201 : 200).send(invitation);
    },
  );
  app.post(
    '/api/v1/demands/:id/docking-requests',
    {
      schema: {
        tags,
        summary: '申请对接 The enterprise asks staff for a docking with an expert',
        params: ZId,
        body: ZDockingRequestInput,
        response: { 201: ZInvitationOut },
      },
    },
    async (req, reply) => reply.status(201).send(await requestDocking(db, requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/api/v1/experts/me/invitations',
    {
      schema: {
        tags,
        summary: '我的对接邀请 My invitations (role expert)',
        querystring: ZMyInvitationsQuery,
        response: { 200: z.object({ items: z.array(ZMyInvitationOut), total: z.number() }) },
      },
    },
    async (req) => listMyInvitations(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/experts/me/recommended-demands',
    {
      schema: {
        tags,
        summary: '为我推荐的需求 Published demands ranked for me (role expert)',
        querystring: ZRecommendedQuery,
        response: { 200: z.object({ items: z.array(ZRecommendedDemand) }) },
      },
    },
    async (req) => recommendedDemandsForMe(db, requireActor(req), req.query.limit),
  );
  app.post(
    '/api/v1/matches/:id/respond',
    {
      schema: {
        tags,
        summary: '答复邀请 Accept or decline an invitation (the invited expert)',
        params: ZId,
        body: ZRespondInput,
        response: { 200: ZInvitationOut },
      },
    },
    async (req) => respondToInvitation(db, requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/api/v1/matches/:id/transitions',
    {
      schema: {
        tags,
        summary: '对接状态流转 Move an engagement: accepted → docking → signed (staff)',
        params: ZId,
        body: ZMatchTransitionInput,
        response: { 200: ZInvitationOut },
      },
    },
    async (req) => transitionMatch(db, requireActor(req), req.params.id, req.body),
  );
}
