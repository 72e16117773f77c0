import { type TLinkMaps, enterpriseRefs } from '../docking/linked-records.service.js';
import type { TFundedProjectRow } from './funded-project.repo.js';
import type { TFundedProjectOut } from './funded-project.types.js';

export function presentFundedProject(row: TFundedProjectRow, links: TLinkMaps): TFundedProjectOut {
  return {
    id: row.id,
    name: row.name,
    programme: row.programme,
    level: row.level,
    year: row.year,
    orgId: row.orgId,
    orgName: row.orgName,
    leadUnit: row.leadUnit,
    enterpriseId: row.enterpriseId,
    enterprise: row.enterpriseId == null ? null : (enterpriseRefs(links, [row.enterpriseId])[0] ?? null),
    status: row.status,
    amount: row.amount == null ? null : Number(row.amount),
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
