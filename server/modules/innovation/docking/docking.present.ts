import type { TDockingEventRow } from './docking.repo.js';
import type { TDockingEventOut } from './docking.types.js';
import { type TLinkMaps, demandRefs, enterpriseRefs, expertRefs } from './linked-records.service.js';

/** Row → response, with the linked demands, experts and enterprises named. */
export function presentDockingEvent(row: TDockingEventRow, links: TLinkMaps): TDockingEventOut {
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    place: row.place,
    organizer: row.organizer,
    orgId: row.orgId,
    orgName: row.orgName,
    demandIds: row.demandIds,
    expertIds: row.expertIds,
    enterpriseIds: row.enterpriseIds,
    demands: demandRefs(links, row.demandIds),
    experts: expertRefs(links, row.expertIds),
    enterprises: enterpriseRefs(links, row.enterpriseIds),
    agreementsSigned: row.agreementsSigned,
    contractValue: row.contractValue == null ? null : Number(row.contractValue),
    summary: row.summary,
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
