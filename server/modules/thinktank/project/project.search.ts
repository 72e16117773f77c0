import { RESEARCH_TYPE_LABELS } from '../../../../shared/thinktank-project.js';
import type { TSearchProvider } from '../../../platform/search/search.service.js';
import { searchProjects } from './project.repo.js';

/** 研究项目 in the global search: title, abstract, lead, and the full text of its deliverables, in the actor's subtree. */
export const projectSearchProvider: TSearchProvider = {
  entity: 'research_project',
  action: 'research:read',
  async search(db, actor, q, limit) {
    const rows = await searchProjects(db, actor, q, limit);
    return rows.map((r) => ({
      entity: 'research_project',
      id: r.id,
      title: r.title,
      subtitle: [`${r.year}`, RESEARCH_TYPE_LABELS[r.type].zh, r.leadName, r.orgName].join(' · '),
      score: Number(r.rank),
    }));
  },
};
