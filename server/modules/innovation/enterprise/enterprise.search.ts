import type { TSearchProvider } from '../../../platform/search/search.service.js';
import { enterpriseVisibility, searchEnterprises } from './enterprise.repo.js';
import { readsEnterprisesByScope } from './enterprise.service.js';

/** Enterprises in the global search, visible like the list (org subtree, or one's own enterprise). */
export const enterpriseSearchProvider: TSearchProvider = {
  entity: 'enterprise',
  action: 'enterprises:read',
  async search(db, actor, q, limit) {
    const rows = await searchEnterprises(db, enterpriseVisibility(actor, readsEnterprisesByScope(actor)), q, limit);
    return rows.map((r) => ({
      entity: 'enterprise',
      id: r.id,
      title: r.name,
      subtitle: [r.industry, r.orgName].filter(Boolean).join(' · ') || null,
      score: Number(r.rank),
    }));
  },
};
