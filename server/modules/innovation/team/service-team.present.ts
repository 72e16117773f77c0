import { type TLinkMaps, enterpriseRefs, expertRefs } from '../docking/linked-records.service.js';
import type { TServiceTeamRow, TServiceVisitRow } from './service-team.repo.js';
import type { TServiceTeamOut, TServiceVisitOut } from './service-team.types.js';

export interface TTeamStats {
  visitCount: number;
  problemsSolved: number;
  lastVisitOn: string | null;
}

export function presentServiceTeam(row: TServiceTeamRow, links: TLinkMaps, stats: TTeamStats | undefined): TServiceTeamOut {
  return {
    id: row.id,
    name: row.name,
    cluster: row.cluster,
    orgId: row.orgId,
    orgName: row.orgName,
    leadExpertId: row.leadExpertId,
    lead: row.leadExpertId == null ? null : (expertRefs(links, [row.leadExpertId])[0] ?? null),
    memberExpertIds: row.memberExpertIds,
    members: expertRefs(links, row.memberExpertIds),
    enterpriseIds: row.enterpriseIds,
    enterprises: enterpriseRefs(links, row.enterpriseIds),
    description: row.description,
    visitCount: stats?.visitCount ?? 0,
    problemsSolved: stats?.problemsSolved ?? 0,
    lastVisitOn: stats?.lastVisitOn ?? null,
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentServiceVisit(row: TServiceVisitRow, links: TLinkMaps): TServiceVisitOut {
  return {
    id: row.id,
    teamId: row.teamId,
    date: row.date,
    enterpriseId: row.enterpriseId,
    enterprise: row.enterpriseId == null ? null : (enterpriseRefs(links, [row.enterpriseId])[0] ?? null),
    expertIds: row.expertIds,
    experts: expertRefs(links, row.expertIds),
    summary: row.summary,
    problemsSolved: row.problemsSolved,
    isDemo: row.isDemo,
    createdAt: row.createdAt,
  };
}
