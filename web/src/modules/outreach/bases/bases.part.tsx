import { EnvironmentOutlined, FieldTimeOutlined, HomeOutlined } from '@ant-design/icons';
import { lazyPage as lazy } from '../../../app/lazyPage';
import type { TWebModulePart } from '../../module.types';
import type { basesZh } from './i18n.zh';

/** 科普阵地 bases, schools, demonstration counties, big screens and galleries; the map. */
export const basesPart: TWebModulePart<keyof typeof basesZh> = {
  consoleRoutes: [
    { path: 'outreach/bases', page: lazy(() => import('./BasesPage')), action: 'bases:read' },
    { path: 'outreach/bases/review-due', page: lazy(() => import('./BaseReviewDuePage')), action: 'bases:read' },
    { path: 'outreach/bases/map', page: lazy(() => import('./BaseMapPage')), action: 'bases:read' },
  ],
  portalPages: [{ path: 'bases', page: lazy(() => import('./PortalBaseMapPage')) }],
  portalLinks: [{ path: '/portal/bases', label: 'base.portal.title', desc: 'base.portal.desc', icon: <EnvironmentOutlined aria-hidden /> }],
  navItems: [
    { path: '/admin/outreach/bases', label: 'nav.outreach.bases', icon: <HomeOutlined aria-hidden />, action: 'bases:read' },
    { path: '/admin/outreach/bases/map', label: 'nav.outreach.basesMap', icon: <EnvironmentOutlined aria-hidden />, action: 'bases:read' },
    { path: '/admin/outreach/bases/review-due', label: 'nav.outreach.basesReviewDue', icon: <FieldTimeOutlined aria-hidden />, action: 'bases:read' },
  ],
  searchEntities: {
    outreach_base: { label: 'base.search.entity', icon: <HomeOutlined aria-hidden />, link: (id) => `/admin/outreach/bases?view=${id}` },
  },
  auditEntities: { outreach_base: 'base.audit.entity' },
};
