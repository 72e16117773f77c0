import { todayInChina } from '../../../platform/http/common.types.js';
import { type TLinkMaps, enterpriseRefs, expertRefs } from '../docking/linked-records.service.js';
import type { TAssessmentRow, TPlatformRow } from './platform.repo.js';
import type { TAssessmentOut, TPlatformOut } from './platform.types.js';

export function presentAssessment(row: TAssessmentRow): TAssessmentOut {
  return {
    id: row.id,
    platformId: row.platformId,
    year: row.year,
    rating: row.rating,
    score: row.score,
    note: row.note,
    createdAt: row.createdAt,
  };
}

export function presentPlatform(row: TPlatformRow, links: TLinkMaps, assessments: TAssessmentRow[], today = todayInChina()): TPlatformOut {
  const hostEnterprise = row.hostEnterpriseId == null ? null : (enterpriseRefs(links, [row.hostEnterpriseId])[0] ?? null);
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    level: row.level,
    orgId: row.orgId,
    orgName: row.orgName,
    hostEnterpriseId: row.hostEnterpriseId,
    hostEnterprise,
    hostName: row.hostName ?? hostEnterprise?.name ?? null,
    expertIds: row.expertIds,
    experts: expertRefs(links, row.expertIds),
    academicians: row.academicians,
    establishedOn: row.establishedOn,
    validUntil: row.validUntil,
    isExpired: row.validUntil != null && row.validUntil < today,
    status: row.status,
    description: row.description,
    assessments: assessments.map(presentAssessment),
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
