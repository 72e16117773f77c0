import {
  BankOutlined,
  BulbOutlined,
  ExperimentOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  LinkOutlined,
  ProjectOutlined,
  SolutionOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { lazyPage as lazy } from '../../app/lazyPage';
import type { TWebModule } from '../module.types';
import { innovationEn } from './i18n.en';
import { innovationZh } from './i18n.zh';

/** 科创服务: experts, enterprises, demands and matching, programmes, the public portal pages. */
export const innovationModule: TWebModule<keyof typeof innovationZh> = {
  name: 'innovation',
  consoleRoutes: [
    { path: 'demands', page: lazy(() => import('./demands/DemandsPage')), action: 'demands:read' },
    { path: 'demands/:id', page: lazy(() => import('./demands/DemandDetailPage')), action: 'demands:read' },
    { path: 'experts', page: lazy(() => import('./experts/ExpertsPage')), action: 'experts:read' },
    { path: 'enterprises', page: lazy(() => import('./enterprises/EnterprisesPage')), action: 'enterprises:read' },
    { path: 'me/expert', page: lazy(() => import('./me/MyExpertPage')), action: 'experts:self' },
    { path: 'docking-events', page: lazy(() => import('./programs/DockingEventsPage')), action: 'docking:read' },
    { path: 'service-teams', page: lazy(() => import('./programs/ServiceTeamsPage')), action: 'teams:read' },
    { path: 'platforms', page: lazy(() => import('./programs/PlatformsPage')), action: 'platforms:read' },
    { path: 'funded-projects', page: lazy(() => import('./programs/FundedProjectsPage')), action: 'projects:read' },
  ],
  // 科创服务 public pages (no sign-in) in the portal frame: 需求大厅, 专家风采, 创新平台
  portalPages: [
    { path: 'demands', page: lazy(() => import('./portal/DemandHallPage')) },
    { path: 'demands/:id', page: lazy(() => import('./portal/DemandDetailPage')) },
    { path: 'experts', page: lazy(() => import('./portal/ExpertShowcasePage')) },
    { path: 'platforms', page: lazy(() => import('./portal/PlatformListPage')) },
  ],
  navGroup: {
    id: 'innovation',
    label: 'nav.group.innovation',
    items: [
      { path: '/admin/demands', label: 'nav.demands', icon: <BulbOutlined aria-hidden />, action: 'demands:read' },
      { path: '/admin/experts', label: 'nav.experts', icon: <SolutionOutlined aria-hidden />, action: 'experts:read' },
      { path: '/admin/enterprises', label: 'nav.enterprises', icon: <BankOutlined aria-hidden />, action: 'enterprises:read' },
      { path: '/admin/me/expert', label: 'nav.myExpert', icon: <IdcardOutlined aria-hidden />, action: 'experts:self' },
      { path: '/admin/docking-events', label: 'nav.dockingEvents', icon: <LinkOutlined aria-hidden />, action: 'docking:read' },
      { path: '/admin/service-teams', label: 'nav.serviceTeams', icon: <UsergroupAddOutlined aria-hidden />, action: 'teams:read' },
      { path: '/admin/platforms', label: 'nav.platforms', icon: <ExperimentOutlined aria-hidden />, action: 'platforms:read' },
      { path: '/admin/funded-projects', label: 'nav.fundedProjects', icon: <ProjectOutlined aria-hidden />, action: 'projects:read' },
    ],
  },
  portalLinks: [
    { path: '/portal/demands', label: 'kc.portal.demands', desc: 'kc.portal.demandsDesc', icon: <FileSearchOutlined aria-hidden /> },
    { path: '/portal/experts', label: 'kc.portal.experts', desc: 'kc.portal.expertsDesc', icon: <SolutionOutlined aria-hidden /> },
    { path: '/portal/platforms', label: 'kc.portal.platforms', desc: 'kc.portal.platformsDesc', icon: <ExperimentOutlined aria-hidden /> },
  ],
  messages: { zh: innovationZh, en: innovationEn },
  searchEntities: {
    expert: { label: 'search.entity.expert', icon: <SolutionOutlined aria-hidden />, link: (id) => `/admin/experts?view=${id}` },
    enterprise: { label: 'search.entity.enterprise', icon: <BankOutlined aria-hidden />, link: (id) => `/admin/enterprises?view=${id}` },
    demand: { label: 'search.entity.demand', icon: <BulbOutlined aria-hidden />, link: (id) => `/admin/demands/${id}` },
  },
  auditEntities: {
    expert: 'audit.entity.expert',
    enterprise: 'audit.entity.enterprise',
    demand: 'audit.entity.demand',
    match: 'audit.entity.match',
    docking_event: 'audit.entity.docking_event',
    service_team: 'audit.entity.service_team',
    service_visit: 'audit.entity.service_visit',
    platform: 'audit.entity.platform',
    funded_project: 'audit.entity.funded_project',
    demo_innovation: 'audit.entity.demo_innovation',
  },
  auditActions: {
    transition: 'audit.action.transition',
    invite: 'audit.action.invite',
    'docking-request': 'audit.action.docking-request',
    respond: 'audit.action.respond',
    assess: 'audit.action.assess',
    'batch-create': 'audit.action.batch-create',
    'link-user': 'audit.action.link-user',
    'set-users': 'audit.action.set-users',
  },
};
