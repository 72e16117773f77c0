import { BarChartOutlined, TeamOutlined, TrophyOutlined } from '@ant-design/icons';
import { lazyPage as lazy } from '../../../app/lazyPage';
import type { TWebModulePart } from '../../module.types';
import type { competitionsZh } from './i18n.zh';

/** competitions, 公民科学素质 figures and target-group programmes. */
export const competitionsPart: TWebModulePart<keyof typeof competitionsZh> = {
  consoleRoutes: [
    { path: 'outreach/competitions', page: lazy(() => import('./CompetitionsPage')), action: 'competitions:read' },
    { path: 'outreach/competitions/:id', page: lazy(() => import('./CompetitionPage')), action: 'competitions:read' },
    { path: 'outreach/literacy', page: lazy(() => import('./LiteracyPage')), action: 'literacy:read' },
    { path: 'outreach/programmes', page: lazy(() => import('./ProgrammesPage')), action: 'programmes:read' },
    { path: 'outreach/programmes/:id', page: lazy(() => import('./ProgrammePage')), action: 'programmes:read' },
  ],
  portalPages: [{ path: 'competitions', page: lazy(() => import('./CompetitionResultsPage')) }],
  portalLinks: [{ path: '/portal/competitions', label: 'comp.portal.link', desc: 'comp.portal.linkDesc', icon: <TrophyOutlined aria-hidden /> }],
  navItems: [
    { path: '/admin/outreach/competitions', label: 'nav.outreach.competitions', icon: <TrophyOutlined aria-hidden />, action: 'competitions:read' },
    { path: '/admin/outreach/literacy', label: 'nav.outreach.literacy', icon: <BarChartOutlined aria-hidden />, action: 'literacy:read' },
    { path: '/admin/outreach/programmes', label: 'nav.outreach.programmes', icon: <TeamOutlined aria-hidden />, action: 'programmes:read' },
  ],
  searchEntities: {
    competition: { label: 'comp.search.competition', icon: <TrophyOutlined aria-hidden />, link: (id) => `/admin/outreach/competitions/${id}` },
    programme: { label: 'comp.search.programme', icon: <TeamOutlined aria-hidden />, link: (id) => `/admin/outreach/programmes/${id}` },
  },
  auditEntities: {
    competition: 'comp.audit.competition',
    competition_entry: 'comp.audit.competition_entry',
    literacy_rate: 'comp.audit.literacy_rate',
    programme: 'comp.audit.programme',
    training: 'comp.audit.training',
  },
};

