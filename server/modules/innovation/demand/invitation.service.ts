import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { type TActor, assertCan, can } from '../../../platform/auth/policy.js';
import { badRequest, conflict, forbidden, notFound } from '../../../platform/errors.js';
import { expertCards, findOwnExpert } from '../expert/expert.service.js';
import { matchDemandsForExpert, matchExperts } from '../matching/match.service.js';
import { MATCH_LIMIT_DEFAULT, MATCH_LIMIT_MAX, type TMatchExpertsInput as TMatcherInput } from '../matching/match.types.js';
import { demandCardsByIds, type TDemandRowFull } from './demand.repo.js';
import { applyDemandTransitionInTx, canSeeDemandMatches, demandAccess } from './demand.service.js';
import { DEMAND_OPEN, DEMAND_STATUS_LABELS, MATCH_STATUS_LABELS, MATCH_WORKFLOW, type TMatchStatus, matchTransitionParty } from './demand.workflow.js';
import { notify } from '../../../platform/notifications/notification.service.js';
import { applyTransitionInTx } from '../../../platform/workflow/workflow.service.js';
import {
  type TMatchRowWithNames,
  findMatchById,
  insertMatch,
  invitationsOfExpert,
  lockMatchByPair,
  lockMatchStatus,
  matchStatusesOnDemand,
  matchesOfDemand,
  updateMatchRow,
} from './invitation.repo.js';
import type {
  TDockingRequestInput,
  TInvitationInput,
  TInvitationOut,
  TMatchExpertsInput,
  TMatchTransitionInput,
  TMyInvitationOut,
  TMyInvitationsQuery,
  TRespondInput,
} from './invitation.types.js';

const ENTITY = 'match';
const NOTE_MAX = 4000;

/** The matcher's input for a demand: its text, and its cluster, org, industries and keywords as signals. */
function demandMatcherInput(row: TDemandRowFull, limit: number): TMatcherInput {
  return {
    text: `${row.title}\n${row.description}`,
    limit,
    demand: { cluster: row.cluster, orgId: row.orgId, industries: row.industries, keywords: row.keywords },
  };
}

/** Appends a dated, signed line to an engagement's notes (the latest lines win when it grows too long). */
function appendNote(existing: string | null, who: string, text: string | null | undefined): string | null {
  if (!text) return existing;
  const line = `[${new Date().toISOString().slice(0, 10)}] ${who}：${text}`;
  const all = existing ? `${existing}\n${line}` : line;
  return all.length > NOTE_MAX ? all.slice(all.length - NOTE_MAX) : all;
}

const matchLabel = (s: TMatchStatus) => MATCH_STATUS_LABELS[s];

function presentInvitation(row: Omit<TMatchRowWithNames, 'demandOrgId' | 'demandOrgPath' | 'demandStatus'>): TInvitationOut {
  return {
    id: row.id,
    demandId: row.demandId,
    demandTitle: row.demandTitle,
    expertId: row.expertId,
    expertName: row.expertName,
    expertUnit: row.expertUnit,
    expertTitle: row.expertTitle,
    status: row.status,
    statusLabel: matchLabel(row.status),
    score: row.score,
    scoreAtInvite: row.score,
    reasons: row.reasons ?? [],
    note: row.note,
    invitedAt: row.invitedAt,
    respondedAt: row.respondedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

async function loadInvitation(db: DbOrTx, id: number): Promise<TInvitationOut> {
  return presentInvitation((await findMatchById(db, id))!);
}

/**
 * Free-text expert matching for staff (POST /api/v1/match/experts).
 * @throws AppError FORBIDDEN
 */
export async function matchExpertsForText(db: Db, actor: TActor, input: TMatchExpertsInput) {
  assertCan(actor, 'matching:use');
  const { items } = await matchExperts(db, actor, { text: input.text, limit: input.limit ?? MATCH_LIMIT_DEFAULT, filters: input.filters });
  return { items: items.map((i) => ({ expertId: i.expertId, name: i.name, score: i.score, reasons: i.reasons })) };
}

/**
 * Experts ranked for a demand, with reasons, and the engagement with each if there is one. Staff of the
 * demand's subtree see the whole pool; the enterprise sees public profiles once the demand is published.
 * @throws AppError FORBIDDEN, NOT_FOUND
 */
export async function demandMatches(db: Db, actor: TActor, demandId: number, limit: number) {
  const a = await demandAccess(db, actor, demandId);
  if (!canSeeDemandMatches(actor, a)) {
    if (a.isOwner) throw forbidden('需求发布后才能查看推荐专家', 'Recommended experts are shown once the demand is published');
    throw forbidden();
  }
  const asStaff = a.isReviewer && can(actor, 'matching:use');
  const { items } = await matchExperts(db, asStaff ? actor : null, demandMatcherInput(a.row, limit));
  const ids = items.map((i) => i.expertId);
  const [cards, engagements] = await Promise.all([expertCards(db, ids), matchStatusesOnDemand(db, demandId, ids)]);
  return {
    items: items
      .filter((i) => cards.has(i.expertId) && (asStaff || cards.get(i.expertId)!.isPublic))
      .map((i) => {
        const card = cards.get(i.expertId)!;
        const e = engagements.get(i.expertId);
        return {
          expertId: i.expertId,
          name: i.name,
          unit: card.unit,
          title: card.title,
          score: i.score,
          reasons: i.reasons,
          invitation: e ? { id: e.id, status: e.status, statusLabel: matchLabel(e.status) } : null,
        };
      }),
  };
}

/**
 * Every engagement on a demand (invitations, docking requests). The score and reasons shown are the
 * current ones, from the same matcher call as the 智能匹配 ranking (`expertIds` scores exactly as the
 * ranked list does), so a pair has one score wherever it is shown (issue 12 §3); the score recorded at
 * invitation time is `scoreAtInvite`. The stored one drifts as the corpus (IDF) and profiles change.
 * @throws AppError FORBIDDEN, NOT_FOUND
 */
export async function listDemandInvitations(db: Db, actor: TActor, demandId: number) {
  const a = await demandAccess(db, actor, demandId);
  const rows = await matchesOfDemand(db, demandId);
  const current = new Map<number, { score: number; reasons: TInvitationOut['reasons'] }>();
  const ids = [...new Set(rows.map((r) => r.expertId))];
  for (let i = 0; i < ids.length; i += MATCH_LIMIT_MAX) {
    const chunk = ids.slice(i, i + MATCH_LIMIT_MAX);
    const { items } = await matchExperts(db, actor, { ...demandMatcherInput(a.row, chunk.length), expertIds: chunk });
    for (const it of items) current.set(it.expertId, { score: it.score, reasons: it.reasons });
  }
  return {
    items: rows.map((r) => {
      const c = current.get(r.expertId);
      // No current score: the profile no longer shares any term with the demand.
      return { ...presentInvitation(r), score: c?.score ?? 0, reasons: c?.reasons ?? [] };
    }),
  };
}

function demandNotOpen(status: keyof typeof DEMAND_STATUS_LABELS) {
  return conflict(
    'DEMAND_NOT_OPEN',
    `需求处于「${DEMAND_STATUS_LABELS[status]}」状态，只有已发布或对接中的需求可以对接专家`,
    `Only published or docking demands take experts (this one is ${status})`,
  );
}

async function assertExpert(db: DbOrTx, expertId: number, publicOnly: boolean) {
  const card = (await expertCards(db, [expertId])).get(expertId);
  if (!card || (publicOnly && !card.isPublic))
    throw badRequest('EXPERT_NOT_FOUND', '专家不存在', 'Expert not found', [{ path: 'expertId', message: '专家不存在' }]);
  return card;
}

/**
 * Staff invite an expert to a published demand: the engagement becomes 已联系 (created if needed) with
 * the matcher's score and reasons at that moment. Inviting again while 已联系 refreshes it.
 * @throws AppError FORBIDDEN, NOT_FOUND, DEMAND_NOT_OPEN, EXPERT_NOT_FOUND, MATCH_TRANSITION_INVALID
 */
export async function inviteExpert(db: Db, actor: TActor, demandId: number, input: TInvitationInput) {
  const a = await demandAccess(db, actor, demandId);
  if (!a.isReviewer) throw forbidden('只有科协工作人员可以邀请专家', 'Only staff invite experts');
  if (!DEMAND_OPEN.has(a.row.status)) throw demandNotOpen(a.row.status);
  const expert = await assertExpert(db, input.expertId, false);
  const ranked = await matchExperts(db, actor, demandMatcherInput(a.row, MATCH_LIMIT_MAX));
  const hit = ranked.items.find((i) => i.expertId === input.expertId);
  return db.transaction(async (tx) => {
    const existing = await lockMatchByPair(tx, demandId, input.expertId);
    if (existing && existing.status !== 'recommended' && existing.status !== 'contacted')
      throw conflict(
        'MATCH_TRANSITION_INVALID',
        `专家「${expert.name}」在该需求上已是「${matchLabel(existing.status)}」，不能重复邀请`,
        `The expert is already ${existing.status} on this demand`,
      );
    const now = new Date();
    const values = {
      status: 'contacted' as const,
      score: hit?.score ?? null,
      reasons: hit?.reasons ?? [],
      invitedBy: actor.userId,
      invitedAt: now,
      note: appendNote(existing?.note ?? null, `邀请 ${actor.displayName}`, input.note),
    };
    const audit = {
      action: 'invite',
      after: { demandId, expertId: input.expertId, score: values.score },
      note: `邀请专家「${expert.name}」对接需求「${a.row.title}」`,
    };
    let id: number;
    if (existing?.status === 'contacted') {
      // Invited again: refreshed, not a move.
      id = existing.id;
      await updateMatchRow(tx, id, values);
      await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'invite', orgId: a.row.orgId, before: { status: existing.status }, after: { status: 'contacted', ...audit.after }, note: audit.note });
    } else {
      // 推荐 → 已联系: a new engagement starts as the matcher's recommendation.
      id = existing?.id ?? (await insertMatch(tx, { demandId, expertId: input.expertId, status: 'recommended', note: null })).id;
      await applyTransitionInTx(tx, MATCH_WORKFLOW, {
        entityId: id,
        orgId: a.row.orgId,
        from: 'recommended',
        to: 'contacted',
        actor,
        parties: ['staff'],
        reason: input.note,
        update: () => updateMatchRow(tx, id, values),
        audit,
      });
    }
    const m = await findMatchById(tx, id);
    if (m?.expertUserId)
      await notify(
        tx,
        {
          userIds: [m.expertUserId],
          kind: 'match.invited',
          title: `对接邀请：${a.row.title}`,
          titleEn: `Invitation to a technical demand: ${a.row.title}`,
          body: `${actor.displayName}邀请您对接「${a.row.enterpriseName}」的技术需求${input.note ? `：${input.note}` : ''}`,
          link: '/admin/me/expert',
          entity: ENTITY,
          entityId: id,
        },
        { except: actor.userId },
      );
    return { created: !existing, invitation: presentInvitation(m!) };
  });
}

/**
 * The demand's enterprise asks for a docking with an expert it saw among the recommendations: recorded
 * on the engagement (created as 推荐 if needed) and in the audit log, where staff of the subtree see it.
 * @throws AppError FORBIDDEN, NOT_FOUND, DEMAND_NOT_OPEN, EXPERT_NOT_FOUND
 */
export async function requestDocking(db: Db, actor: TActor, demandId: number, input: TDockingRequestInput) {
  const a = await demandAccess(db, actor, demandId);
  if (!a.isMember) throw forbidden('只有需求企业可以申请对接', 'Only the enterprise of the demand can ask for a docking');
  if (!DEMAND_OPEN.has(a.row.status)) throw demandNotOpen(a.row.status);
  const expert = await assertExpert(db, input.expertId, true);
  return db.transaction(async (tx) => {
    const existing = await lockMatchByPair(tx, demandId, input.expertId);
    const note = appendNote(existing?.note ?? null, `企业申请对接 ${actor.displayName}`, input.note || '希望与该专家对接');
    let id: number;
    if (existing) {
      id = existing.id;
      await updateMatchRow(tx, id, { note });
    } else {
      id = (await insertMatch(tx, { demandId, expertId: input.expertId, status: 'recommended', note })).id;
    }
    await recordAudit(tx, actor, {
      entity: ENTITY,
      entityId: id,
      action: 'docking-request',
      orgId: a.row.orgId,
      after: { demandId, expertId: input.expertId, note: input.note ?? null },
      note: `企业「${a.row.enterpriseName}」申请与专家「${expert.name}」对接需求「${a.row.title}」`,
    });
    await notify(
      tx,
      {
        reviewersOf: { orgId: a.row.orgId, roles: ['district_staff', 'city_staff'] },
        kind: 'match.docking-request',
        title: `对接申请：${a.row.title}`,
        titleEn: `Docking request on a demand: ${a.row.title}`,
        body: `企业「${a.row.enterpriseName}」申请与专家「${expert.name}」对接${input.note ? `：${input.note}` : ''}`,
        link: `/admin/demands/${demandId}`,
        entity: ENTITY,
        entityId: id,
      },
      { except: actor.userId },
    );
    return loadInvitation(tx, id);
  });
}

/**
 * The invited expert accepts or declines (已联系 → 专家接受 / 专家婉拒).
 * @throws AppError FORBIDDEN, NOT_FOUND, MATCH_TRANSITION_INVALID
 */
export async function respondToInvitation(db: Db, actor: TActor, matchId: number, input: TRespondInput): Promise<TInvitationOut> {
  const own = await findOwnExpert(db, actor);
  const m = await findMatchById(db, matchId);
  if (!m || m.expertId !== own.id || m.status === 'recommended') throw notFound('邀请', 'Invitation');
  const to: TMatchStatus = input.accept ? 'accepted' : 'declined';
  if (matchTransitionParty(m.status, to) !== 'expert')
    throw conflict(
      'MATCH_TRANSITION_INVALID',
      `该邀请已是「${matchLabel(m.status)}」，不能再${input.accept ? '接受' : '婉拒'}`,
      `The invitation is ${m.status} and cannot be answered now`,
    );
  return db.transaction(async (tx) => {
    await applyTransitionInTx(tx, MATCH_WORKFLOW, {
      entityId: matchId,
      orgId: m.demandOrgId,
      from: m.status,
      to,
      actor,
      parties: ['expert'],
      reason: input.note,
      lock: () => lockMatchStatus(tx, matchId),
      update: () =>
        updateMatchRow(tx, matchId, {
          status: to,
          respondedAt: new Date(),
          note: appendNote(m.note, `专家${input.accept ? '接受' : '婉拒'} ${own.name}`, input.note),
        }),
      audit: {
        action: 'respond',
        after: { note: input.note ?? null },
        note: `专家「${own.name}」${input.accept ? '接受' : '婉拒'}需求「${m.demandTitle}」的对接邀请`,
      },
    });
    if (m.invitedBy)
      await notify(tx, {
        userIds: [m.invitedBy],
        kind: input.accept ? 'match.accepted' : 'match.declined',
        title: `专家${input.accept ? '接受' : '婉拒'}邀请：${m.demandTitle}`,
        titleEn: `The expert ${input.accept ? 'accepted' : 'declined'} the invitation: ${m.demandTitle}`,
        body: `专家「${own.name}」${input.accept ? '接受' : '婉拒'}了对接邀请${input.note ? `：${input.note}` : ''}`,
        link: `/admin/demands/${m.demandId}`,
        entity: ENTITY,
        entityId: matchId,
      });
    return loadInvitation(tx, matchId);
  });
}

/**
 * Staff run an engagement on: 专家接受 → 对接中 → 已签约. The first docking of a published demand moves
 * the demand to 对接中 too (recorded as a demand transition).
 * @throws AppError FORBIDDEN, NOT_FOUND, MATCH_TRANSITION_INVALID
 */
export async function transitionMatch(db: Db, actor: TActor, matchId: number, input: TMatchTransitionInput): Promise<TInvitationOut> {
  assertCan(actor, 'demands:review');
  const m = await findMatchById(db, matchId);
  if (!m) throw notFound('对接', 'Engagement');
  const a = await demandAccess(db, actor, m.demandId).catch(() => {
    throw notFound('对接', 'Engagement');
  });
  return db.transaction(async (tx) => {
    await applyTransitionInTx(tx, MATCH_WORKFLOW, {
      entityId: matchId,
      orgId: m.demandOrgId,
      from: m.status,
      to: input.to,
      actor,
      parties: a.isReviewer ? ['staff'] : [],
      reason: input.note,
      forbiddenMessage: (rule) =>
        rule.who.includes('expert')
          ? ['只有专家本人可以接受或婉拒邀请', 'Only the expert answers an invitation']
          : ['企业不能推进自己需求的对接', 'An enterprise cannot advance engagements on its own demand'],
      lock: () => lockMatchStatus(tx, matchId),
      update: () =>
        updateMatchRow(tx, matchId, {
          status: input.to,
          note: appendNote(m.note, `${matchLabel(input.to)} ${actor.displayName}`, input.note),
          ...(input.to === 'contacted' ? { invitedBy: actor.userId, invitedAt: new Date() } : {}),
        }),
      audit: {
        after: { note: input.note ?? null },
        note: `专家「${m.expertName}」× 需求「${m.demandTitle}」：${matchLabel(m.status)} → ${matchLabel(input.to)}`,
      },
    });
    if (input.to === 'docking' && a.row.status === 'published')
      await applyDemandTransitionInTx(tx, actor, a.row, { from: 'published', to: 'docking', parties: ['reviewer'], reason: `专家「${m.expertName}」开始对接` });
    return loadInvitation(tx, matchId);
  });
}

/** The signed-in expert's invitations with the demands they concern. @throws AppError FORBIDDEN, NOT_FOUND */
export async function listMyInvitations(db: Db, actor: TActor, q: TMyInvitationsQuery): Promise<{ items: TMyInvitationOut[]; total: number }> {
  const own = await findOwnExpert(db, actor);
  const { items, total } = await invitationsOfExpert(db, own.id, { status: q.status, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return {
    items: items.map((r) => ({
      ...presentInvitation(r),
      demand: {
        ...r.demand,
        budgetMin: r.demand.budgetMin === null ? null : Number(r.demand.budgetMin),
        budgetMax: r.demand.budgetMax === null ? null : Number(r.demand.budgetMax),
        statusLabel: DEMAND_STATUS_LABELS[r.demand.status],
      },
    })),
    total,
  };
}

/** Published demands ranked for the signed-in expert. @throws AppError FORBIDDEN, NOT_FOUND */
export async function recommendedDemandsForMe(db: Db, actor: TActor, limit: number) {
  const own = await findOwnExpert(db, actor);
  const { items } = await matchDemandsForExpert(db, actor, own.id, { limit });
  const cards = await demandCardsByIds(
    db,
    items.map((i) => i.demandId),
  );
  return {
    items: items
      .filter((i) => {
        const c = cards.get(i.demandId);
        return c && DEMAND_OPEN.has(c.status) && c.confidentiality === 'public';
      })
      .map((i) => {
        const c = cards.get(i.demandId)!;
        return {
          demandId: i.demandId,
          title: i.title,
          score: i.score,
          reasons: i.reasons,
          category: c.category,
          cluster: c.cluster,
          deadline: c.deadline,
          enterpriseName: c.enterpriseName,
        };
      }),
  };
}
