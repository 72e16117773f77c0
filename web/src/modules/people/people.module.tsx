import { TeamOutlined } from '@ant-design/icons';
import { lazyPage } from '../../app/lazyPage';
import type { TWebModule } from '../module.types';
import { peopleEn } from './i18n.en';
import { peopleZh } from './i18n.zh';

/** 科技工作者 registry: the console list, its menu item, search hits and audit labels. */
export const peopleModule: TWebModule<keyof typeof peopleZh> = {
  name: 'people',
  consoleRoutes: [{ path: 'people', page: lazyPage(() => import('./PeoplePage')), action: 'people:read' }],
  navGroup: {
    id: 'registry',
    label: 'nav.group.registry',
    items: [{ path: '/admin/people', label: 'nav.people', icon: <TeamOutlined aria-hidden />, action: 'people:read' }],
  },
  messages: { zh: peopleZh, en: peopleEn },
  searchEntities: { person: { label: 'search.entity.person', icon: <TeamOutlined aria-hidden />, link: (id) => `/admin/people?view=${id}` } },
  auditEntities: { person: 'audit.entity.person', demo_people: 'audit.entity.demo_people' },
};
