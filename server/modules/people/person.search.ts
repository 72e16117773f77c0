import type { TSearchProvider } from '../../platform/search/search.service.js';
import { searchPeople } from './person.repo.js';

/** People in the global search (scoped like the list). */
export const personSearchProvider: TSearchProvider = {
  entity: 'person',
  action: 'people:read',
  async search(db, actor, q, limit) {
    const rows = await searchPeople(db, actor, q, limit);
    return rows.map((r) => ({
      entity: 'person',
      id: r.id,
      title: r.name,
      subtitle: [r.unit, r.title].filter(Boolean).join(' · ') || null,
      score: Number(r.rank),
    }));
  },
};
