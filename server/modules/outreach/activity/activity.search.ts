import type { TSearchProvider } from '../../../platform/search/search.service.js';
import { searchActivities } from './activity.repo.js';

/** 科普活动 in the global search (title, venue, organizer), in the actor's subtree. */
export const activitySearchProvider: TSearchProvider = {
  entity: 'activity',
  action: 'activities:read',
  async search(db, actor, q, limit) {
    const rows = await searchActivities(db, actor, q, limit);
    return rows.map((r) => ({ entity: 'activity', id: r.id, title: r.title, subtitle: [r.startDate, r.orgName, r.venue].filter(Boolean).join(' · '), score: Number(r.rank) }));
  },
};
