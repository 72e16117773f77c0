import type { TSearchProvider } from '../../../platform/search/search.service.js';
import { searchExperts } from './expert.repo.js';

/** Experts in the global search: the pool is city-wide, like the list. */
export const expertSearchProvider: TSearchProvider = {
  entity: 'expert',
  action: 'experts:read',
  async search(db, _actor, q, limit) {
    const rows = await searchExperts(db, q, limit);
    return rows.map((r) => ({
      entity: 'expert',
      id: r.id,
      title: r.name,
      subtitle: [r.unit, r.title].filter(Boolean).join(' · ') || null,
      score: Number(r.rank),
    }));
  },
};
