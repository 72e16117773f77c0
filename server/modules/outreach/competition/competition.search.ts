import type { TSearchProvider } from '../../../platform/search/search.service.js';
import { searchCompetitionRows } from './competition.repo.js';
import { searchProgrammeRows } from './programme.repo.js';

/** Competitions in the global search (by title), visible like the list: one's subtree and the orgs above. */
export const competitionSearchProvider: TSearchProvider = {
  entity: 'competition',
  action: 'competitions:read',
  async search(db, actor, q, limit) {
    const rows = await searchCompetitionRows(db, actor, q.trim(), limit);
    return rows.map((r) => ({ entity: 'competition', id: r.id, title: r.title, subtitle: `${r.year} · ${r.orgName}`, score: 0.5 }));
  },
};

/** Target-group programmes in the global search (by name). */
export const programmeSearchProvider: TSearchProvider = {
  entity: 'programme',
  action: 'programmes:read',
  async search(db, actor, q, limit) {
    const rows = await searchProgrammeRows(db, actor, q.trim(), limit);
    return rows.map((r) => ({ entity: 'programme', id: r.id, title: r.name, subtitle: `${r.startYear}–${r.endYear} · ${r.orgName}`, score: 0.5 }));
  },
};
