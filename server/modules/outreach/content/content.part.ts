import { can } from '../../../platform/auth/policy.js';
import type { TTodoItem } from '../../../platform/module/module.types.js';
import type { TModulePart } from '../../../platform/module/parts.js';
import { seedContentDemo } from './content.demo.js';
import { contentFigures } from './content.figures.js';
import { countContentTodos } from './content.repo.js';
import { registerContentRoutes } from './content.routes.js';
import { contentSearchProvider } from './content.search.js';

/** 科普内容 content: articles, videos, columns; review and publishing to the four channels (portal, big screen, WeChat, columns). */
export const contentPart: TModulePart = {
  tags: [{ name: 'outreach-content', description: '科普内容 Science content: articles, videos, columns, screens; publishing to the portal, big screens, WeChat and columns' }],
  register: registerContentRoutes,
  searchProviders: [contentSearchProvider],
  figures: contentFigures,
  async todos(db, actor) {
    if (!can(actor, 'content:write') && !can(actor, 'content:review')) return [];
    const n = await countContentTodos(db, actor);
    const items: TTodoItem[] = [];
    if (can(actor, 'content:review'))
      items.push({
        key: 'outreach.content.pending',
        label: '待审核的科普内容',
        labelEn: 'Science content waiting for review',
        count: n.pending,
        link: '/admin/outreach/contents?status=pending',
        overdue: n.late > 0,
      });
    if (n.returned > 0)
      items.push({
        key: 'outreach.content.returned',
        label: '被退回的科普内容',
        labelEn: 'My science content returned',
        count: n.returned,
        link: '/admin/outreach/contents?status=draft',
        overdue: false,
      });
    return items;
  },
  seedDemo: async (db, { log }) => {
    const r = await seedContentDemo(db);
    log(`  科普内容: ${r.contents} contents, ${r.columns} columns, ${r.screens} screens, ${r.publications} publications`);
  },
};
