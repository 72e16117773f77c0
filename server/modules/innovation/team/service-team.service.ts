import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { type TActor, assertCan, inScope } from '../../../platform/auth/policy.js';
import { badRequest, notFound } from '../../../platform/errors.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { enterpriseLinks, expertIdsOfUser } from '../docking/linked-records.repo.js';
import { checkLinks, loadLinkMaps } from '../docking/linked-records.service.js';
import { presentServiceTeam, presentServiceVisit } from './service-team.present.js';
import {
  type TServiceTeamRow,
  type TServiceVisitRow,
  type TTeamVisibility,
  deleteServiceTeamRow,
  findServiceTeamById,
  findServiceVisitById,
  insertServiceTeams,
  insertServiceVisits,
  selectServiceTeams,
  selectServiceVisits,
  updateServiceTeamRow,
  visitStats,
} from './service-team.repo.js';
import type {
  TServiceTeamInput,
  TServiceTeamOut,
  TServiceTeamPatch,
  TServiceTeamQuery,
  TServiceVisitInput,
  TServiceVisitOut,
  TServiceVisitQuery,
} from './service-team.types.js';

const ENTITY = 'service_team';
const VISIT_ENTITY = 'service_visit';
const notFoundTeam = () => notFound('专家服务团', 'Service team');

/** Options the routes pass from the city configuration. */
export interface TTeamRules {
  /** Industrial clusters a team may serve (key, emerging and future clusters of the city). */
  clusters: readonly string[];
}

const SCOPED_ROLES = new Set(['admin', 'city_staff', 'district_staff', 'leader']);

/** Staff and leaders see teams by org subtree; an expert account sees the teams it leads or serves in. */
async function visibilityOf(db: DbOrTx, actor: TActor): Promise<TTeamVisibility> {
  if (actor.roles.some((r) => SCOPED_ROLES.has(r))) return { kind: 'scope' };
  return { kind: 'member', expertIds: await expertIdsOfUser(db, actor.userId) };
}

function canSee(actor: TActor, v: TTeamVisibility, row: TServiceTeamRow): boolean {
  if (v.kind === 'scope') return inScope(actor, row.orgPath);
  return v.expertIds.some((id) => id === row.leadExpertId || row.memberExpertIds.includes(id));
}

async function present(db: DbOrTx, rows: TServiceTeamRow[]): Promise<TServiceTeamOut[]> {
  const [links, stats] = await Promise.all([
    loadLinkMaps(db, {
      expertIds: rows.flatMap((r) => [...(r.leadExpertId == null ? [] : [r.leadExpertId]), ...r.memberExpertIds]),
      enterpriseIds: rows.flatMap((r) => r.enterpriseIds),
    }),
    visitStats(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((r) => presentServiceTeam(r, links, stats.get(r.id)));
}

async function loadVisible(db: DbOrTx, actor: TActor, id: number): Promise<{ row: TServiceTeamRow; visibility: TTeamVisibility }> {
  const visibility = await visibilityOf(db, actor);
  const row = await findServiceTeamById(db, id);
  if (!row || !canSee(actor, visibility, row)) throw notFoundTeam();
  return { row, visibility };
}

function checkCluster(rules: TTeamRules, cluster: string | null | undefined) {
  if (cluster && !rules.clusters.includes(cluster))
    throw badRequest('CLUSTER_UNKNOWN', `产业集群不在本市配置中：${cluster}`, `Unknown industrial cluster: ${cluster}`, [
      { path: 'cluster', message: `可选：${rules.clusters.join('、')}` },
    ]);
}

/** Checks a new lead and new members as experts; returns the member list without the lead. */
async function checkPeople(
  db: DbOrTx,
  actor: TActor,
  change: { leadExpertId?: number | null; memberExpertIds?: number[] },
  current: { leadExpertId: number | null; memberExpertIds: number[] },
) {
  const fresh = [...(change.leadExpertId == null ? [] : [change.leadExpertId]), ...(change.memberExpertIds ?? [])];
  if (fresh.length) await checkLinks(db, actor, { expertIds: fresh });
  if (change.leadExpertId === undefined && change.memberExpertIds === undefined) return undefined;
  const lead = change.leadExpertId === undefined ? current.leadExpertId : change.leadExpertId;
  return [...new Set(change.memberExpertIds ?? current.memberExpertIds)].filter((id) => id !== lead);
}

/** @throws AppError FORBIDDEN, NOT_FOUND (outside the actor's subtree too) */
export async function getServiceTeam(db: DbOrTx, actor: TActor, id: number): Promise<TServiceTeamOut> {
  assertCan(actor, 'teams:read');
  const { row } = await loadVisible(db, actor, id);
  return (await present(db, [row]))[0];
}

export async function listServiceTeams(db: DbOrTx, actor: TActor, q: TServiceTeamQuery) {
  assertCan(actor, 'teams:read');
  const visibility = await visibilityOf(db, actor);
  const { items, total } = await selectServiceTeams(db, actor, visibility, q);
  return { items: await present(db, items), total };
}

/** @throws AppError FORBIDDEN, NOT_FOUND (org), CLUSTER_UNKNOWN, LINK_NOT_FOUND */
export async function createServiceTeam(db: Db, actor: TActor, input: TServiceTeamInput, rules: TTeamRules): Promise<TServiceTeamOut> {
  assertCan(actor, 'teams:write');
  const orgId = input.orgId ?? actor.orgId;
  await getOrgInScope(db, actor, orgId);
  checkCluster(rules, input.cluster);
  return db.transaction(async (tx) => {
    const members = await checkPeople(tx, actor, input, { leadExpertId: null, memberExpertIds: [] });
    const links = await checkLinks(tx, actor, { enterpriseIds: input.enterpriseIds });
    const [{ id }] = await insertServiceTeams(tx, [
      {
        orgId,
        name: input.name,
        cluster: input.cluster ?? null,
        leadExpertId: input.leadExpertId ?? null,
        memberExpertIds: members ?? [],
        enterpriseIds: links.enterpriseIds ?? [],
        description: input.description ?? null,
      },
    ]);
    const out = await getServiceTeam(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'create', orgId, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND, CLUSTER_UNKNOWN, LINK_NOT_FOUND */
export async function updateServiceTeam(
  db: Db,
  actor: TActor,
  id: number,
  patch: TServiceTeamPatch,
  rules: TTeamRules,
): Promise<TServiceTeamOut> {
  assertCan(actor, 'teams:write');
  const before = await getServiceTeam(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== before.orgId) await getOrgInScope(db, actor, patch.orgId);
  checkCluster(rules, patch.cluster);
  return db.transaction(async (tx) => {
    // A new lead leaves the member list; only new ids are checked (a deleted member does not block an edit).
    const members = await checkPeople(tx, actor, patch, before);
    const links = await checkLinks(tx, actor, { enterpriseIds: patch.enterpriseIds });
    await updateServiceTeamRow(tx, id, {
      orgId: patch.orgId,
      name: patch.name,
      cluster: patch.cluster,
      leadExpertId: patch.leadExpertId,
      memberExpertIds: members,
      enterpriseIds: links.enterpriseIds,
      description: patch.description,
    });
    const out = await getServiceTeam(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'update', orgId: out.orgId, before, after: out });
    return out;
  });
}

/** Deletes a team and its visit log. @throws AppError FORBIDDEN, NOT_FOUND */
export async function deleteServiceTeam(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'teams:write');
  const before = await getServiceTeam(db, actor, id);
  await db.transaction(async (tx) => {
    await deleteServiceTeamRow(tx, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'delete', orgId: before.orgId, before });
  });
}

async function presentVisits(db: DbOrTx, rows: TServiceVisitRow[]): Promise<TServiceVisitOut[]> {
  const links = await loadLinkMaps(db, {
    expertIds: rows.flatMap((r) => r.expertIds),
    enterpriseIds: rows.flatMap((r) => (r.enterpriseId == null ? [] : [r.enterpriseId])),
  });
  return rows.map((r) => presentServiceVisit(r, links));
}

/** The visit log of a team the actor may see, newest first. @throws AppError FORBIDDEN, NOT_FOUND */
export async function listServiceVisits(db: DbOrTx, actor: TActor, teamId: number, q: TServiceVisitQuery) {
  assertCan(actor, 'teams:read');
  await loadVisible(db, actor, teamId);
  const { items, totals } = await selectServiceVisits(db, teamId, q);
  return { items: await presentVisits(db, items), total: totals.visits, totals };
}

/**
 * Logs a visit (走访) of a team: by staff of the team's subtree, or by an expert of the team. The
 * experts on the visit must be the lead or members; the enterprise must be assigned to the team or lie
 * in the actor's subtree; the date may not be in the future.
 * @throws AppError FORBIDDEN, NOT_FOUND, VISIT_DATE_FUTURE, VISIT_EXPERT_NOT_MEMBER, LINK_NOT_FOUND
 */
export async function createServiceVisit(db: Db, actor: TActor, teamId: number, input: TServiceVisitInput): Promise<TServiceVisitOut> {
  assertCan(actor, 'teams:visit');
  const { row: team, visibility } = await loadVisible(db, actor, teamId);
  if (input.date > todayInChina())
    throw badRequest('VISIT_DATE_FUTURE', '走访日期不能晚于今天', 'A visit cannot be dated in the future', [{ path: 'date', message: '不能晚于今天' }]);
  const teamExperts = new Set([...(team.leadExpertId == null ? [] : [team.leadExpertId]), ...team.memberExpertIds]);
  const expertIds = [...new Set(input.expertIds ?? (visibility.kind === 'member' ? visibility.expertIds.filter((id) => teamExperts.has(id)) : []))];
  const outsiders = expertIds.filter((id) => !teamExperts.has(id));
  if (outsiders.length)
    throw badRequest(
      'VISIT_EXPERT_NOT_MEMBER',
      `以下专家不是本服务团成员：${outsiders.join(', ')}`,
      `Not members of this team: ${outsiders.join(', ')}`,
      [{ path: 'expertIds', message: '只能选择本服务团的团长或成员' }],
    );
  const enterprise = (await enterpriseLinks(db, [input.enterpriseId])).get(input.enterpriseId);
  const assigned = team.enterpriseIds.includes(input.enterpriseId);
  if (!enterprise || !(assigned || (visibility.kind === 'scope' && inScope(actor, enterprise.orgPath))))
    throw badRequest('LINK_NOT_FOUND', `企业不存在或无权引用：${input.enterpriseId}`, `Unknown or inaccessible enterprise: ${input.enterpriseId}`, [
      { path: 'enterpriseId', message: '企业不存在或不属于本服务团' },
    ]);
  return db.transaction(async (tx) => {
    const [{ id }] = await insertServiceVisits(tx, [
      { teamId, date: input.date, enterpriseId: input.enterpriseId, expertIds, summary: input.summary, problemsSolved: input.problemsSolved ?? 0 },
    ]);
    const [out] = await presentVisits(tx, [(await findServiceVisitById(tx, id))!]);
    await recordAudit(tx, actor, { entity: VISIT_ENTITY, entityId: id, action: 'create', orgId: team.orgId, after: { ...out, teamName: team.name } });
    return out;
  });
}
