import type { DbOrTx } from '../../../db/client.js';
import { type TActor, inScope } from '../../../platform/auth/policy.js';
import { badRequest } from '../../../platform/errors.js';
import type { TDemandRef, TEnterpriseRef, TExpertRef } from './linked-records.types.js';
import {
  type TDemandLink,
  type TEnterpriseLink,
  type TExpertLink,
  demandLinks,
  enterpriseLinks,
  expertLinks,
} from './linked-records.repo.js';

export interface TLinkInput {
  demandIds?: number[];
  expertIds?: number[];
  enterpriseIds?: number[];
}

const WHAT = {
  demandIds: ['技术需求', 'demand'],
  expertIds: ['专家', 'expert'],
  enterpriseIds: ['企业', 'enterprise'],
} as const;

function refuse(field: keyof typeof WHAT, missing: number[]): never {
  const [zh, en] = WHAT[field];
  throw badRequest(
    'LINK_NOT_FOUND',
    `${zh}不存在或无权引用：${missing.join(', ')}`,
    `Unknown or inaccessible ${en}(s): ${missing.join(', ')}`,
    [{ path: field, message: `${zh}不存在或无权引用：${missing.join(', ')}` }],
  );
}

/**
 * Checks the records a docking event, team, platform or project links to, and returns the ids without
 * duplicates (in the given order). Demands and enterprises must lie in the actor's subtree (a district
 * may not reference, and so reveal, another district's records); experts are a city-wide pool that every
 * staff member reads, so any existing expert may be linked.
 * @throws AppError LINK_NOT_FOUND (400, naming the field)
 */
export async function checkLinks(db: DbOrTx, actor: TActor, input: TLinkInput) {
  const out: { demandIds?: number[]; expertIds?: number[]; enterpriseIds?: number[] } = {};
  if (input.demandIds) {
    const ids = [...new Set(input.demandIds)];
    const found = await demandLinks(db, ids);
    const missing = ids.filter((id) => !found.has(id) || !inScope(actor, found.get(id)!.orgPath));
    if (missing.length) refuse('demandIds', missing);
    out.demandIds = ids;
  }
  if (input.expertIds) {
    const ids = [...new Set(input.expertIds)];
    const found = await expertLinks(db, ids);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) refuse('expertIds', missing);
    out.expertIds = ids;
  }
  if (input.enterpriseIds) {
    const ids = [...new Set(input.enterpriseIds)];
    const found = await enterpriseLinks(db, ids);
    const missing = ids.filter((id) => !found.has(id) || !inScope(actor, found.get(id)!.orgPath));
    if (missing.length) refuse('enterpriseIds', missing);
    out.enterpriseIds = ids;
  }
  return out;
}

/** Linked records of a page of rows, fetched once, for the presenters. */
export interface TLinkMaps {
  experts: Map<number, TExpertLink>;
  enterprises: Map<number, TEnterpriseLink>;
  demands: Map<number, TDemandLink>;
}

export async function loadLinkMaps(db: DbOrTx, ids: { expertIds?: number[]; enterpriseIds?: number[]; demandIds?: number[] }): Promise<TLinkMaps> {
  const [experts, enterprises, demands] = await Promise.all([
    expertLinks(db, ids.expertIds ?? []),
    enterpriseLinks(db, ids.enterpriseIds ?? []),
    demandLinks(db, ids.demandIds ?? []),
  ]);
  return { experts, enterprises, demands };
}

// Deleted records simply drop out of the presented lists (the raw ids stay on the row).
export const expertRefs = (maps: TLinkMaps, ids: number[]): TExpertRef[] =>
  ids.flatMap((id) => {
    const e = maps.experts.get(id);
    return e ? [{ id: e.id, name: e.name, unit: e.unit, title: e.title, isAcademician: e.isAcademician }] : [];
  });
export const enterpriseRefs = (maps: TLinkMaps, ids: number[]): TEnterpriseRef[] =>
  ids.flatMap((id) => {
    const e = maps.enterprises.get(id);
    return e ? [{ id: e.id, name: e.name }] : [];
  });
export const demandRefs = (maps: TLinkMaps, ids: number[]): TDemandRef[] =>
  ids.flatMap((id) => {
    const d = maps.demands.get(id);
    return d ? [{ id: d.id, title: d.title, status: d.status }] : [];
  });
