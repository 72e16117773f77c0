import type { DbOrTx } from '../../../db/client.js';
import { notFound } from '../../../platform/errors.js';
import { presentPublicDemand, presentPublicExpert, presentPublicPlatform } from './portal.present.js';
import { findPublicDemand, selectPublicDemands, selectPublicExperts, selectPublicPlatforms } from './portal.repo.js';
import type { TPublicDemand, TPublicDemandQuery, TPublicExpertQuery, TPublicPlatformQuery } from './portal.types.js';

// The public portal (no login): 需求大厅, 专家风采, 创新平台. Nothing here takes an actor.

/** 需求大厅: public demands, open ones by default and first (view=closed for the finished and expired); jieba search. */
export async function listPublicDemands(db: DbOrTx, q: TPublicDemandQuery) {
  const { items, total } = await selectPublicDemands(db, q);
  return { items: items.map((r) => presentPublicDemand(r as Omit<TPublicDemand, 'isOpen'>)), total };
}

/** @throws AppError NOT_FOUND for drafts, staff-only, closed or missing demands alike */
export async function getPublicDemand(db: DbOrTx, id: number): Promise<TPublicDemand> {
  const row = await findPublicDemand(db, id);
  if (!row) throw notFound('需求', 'Demand');
  return presentPublicDemand(row as Omit<TPublicDemand, 'isOpen'>);
}

/** 专家风采: experts who agreed to be shown, professional fields only. */
export async function listPublicExperts(db: DbOrTx, q: TPublicExpertQuery) {
  const { items, total } = await selectPublicExperts(db, q);
  return { items: items.map(presentPublicExpert), total };
}

/** Active platforms, national first, with counts by kind and level. */
export async function listPublicPlatforms(db: DbOrTx, q: TPublicPlatformQuery) {
  const { items, total, counts } = await selectPublicPlatforms(db, q);
  return {
    items: items.map(presentPublicPlatform),
    total,
    counts: counts.map((c) => ({ kind: c.kind, level: c.level, count: Number(c.n) })),
  };
}
