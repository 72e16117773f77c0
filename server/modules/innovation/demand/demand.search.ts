import type { TSearchProvider } from '../../../platform/search/search.service.js';
import { memberEnterpriseIds } from '../enterprise/enterprise.service.js';
import { demandVisibility, searchDemands } from './demand.repo.js';
import { readsDemandsByScope } from './demand.service.js';

/** Technical demands in the global search, visible like the list. */
export const demandSearchProvider: TSearchProvider = {
  entity: 'demand',
  action: 'demands:read',
  async search(db, actor, q, limit) {
    const visibility = demandVisibility(actor, { byScope: readsDemandsByScope(actor), memberIds: await memberEnterpriseIds(db, actor) });
    const rows = await searchDemands(db, visibility, q, limit);
    return rows.map((r) => ({
      entity: 'demand',
      id: r.id,
      title: r.title,
      subtitle: [r.category, r.enterpriseName].join(' · '),
      score: Number(r.rank),
    }));
  },
};
