import type { TSearchProvider } from '../../../platform/search/search.service.js';
import { searchContentRows } from './content.repo.js';
import { CONTENT_STATUS_LABELS } from './content.types.js';

/** 科普内容 in the global search, within the actor's subtree. */
export const contentSearchProvider: TSearchProvider = {
  entity: 'content',
  action: 'content:read',
  async search(db, actor, q, limit) {
    const rows = await searchContentRows(db, actor, q, limit);
    return rows.map((r) => ({
      entity: 'content',
      id: r.id,
      title: r.title,
      subtitle: [r.kind === 'video' ? '视频' : '图文', CONTENT_STATUS_LABELS[r.status], r.orgName].join(' · '),
      score: Number(r.rank),
    }));
  },
};
