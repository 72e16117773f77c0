import type { TSearchProvider } from '../../../platform/search/search.service.js';
import { searchBaseRows } from './base.repo.js';
import { BASE_KIND_LABELS } from './base.types.js';

/** 科普阵地 in the global search, scoped like the list (the actor's org subtree). */
export const baseSearchProvider: TSearchProvider = {
  entity: 'outreach_base',
  action: 'bases:read',
  async search(db, actor, q, limit) {
    const rows = await searchBaseRows(db, actor, q, limit);
    return rows.map((r) => ({
      entity: 'outreach_base',
      id: r.id,
      title: r.name,
      subtitle: `${BASE_KIND_LABELS[r.kind].zh} · ${r.orgName}`,
      score: Number(r.rank),
    }));
  },
};
