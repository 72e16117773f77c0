import { BarChartOutlined, CalendarOutlined } from '@ant-design/icons';
import { lazyPage as lazy } from '../../../app/lazyPage';
import type { TWebModulePart } from '../../module.types';
import type { activitiesZh } from './i18n.zh';

/** 科普活动 activities and the public activity calendar. */
export const activitiesPart: TWebModulePart<keyof typeof activitiesZh> = {
  consoleRoutes: [
    { path: 'outreach/activities', page: lazy(() => import('./ActivitiesPage')), action: 'activities:read' },
    { path: 'outreach/activity-totals', page: lazy(() => import('./ActivityTotalsPage')), action: 'activities:read' },
  ],
  portalPages: [
    { path: 'activities', page: lazy(() => import('./ActivityCalendarPage')) },
    { path: 'activities/:id', page: lazy(() => import('./ActivityPublicDetailPage')) },
  ],
  portalLinks: [{ path: '/portal/activities', label: 'act.portal.title', desc: 'act.portal.cardDesc', icon: <CalendarOutlined aria-hidden /> }],
  navItems: [
    { path: '/admin/outreach/activities', label: 'nav.outreach.activities', icon: <CalendarOutlined aria-hidden />, action: 'activities:read' },
    { path: '/admin/outreach/activity-totals', label: 'nav.outreach.activityTotals', icon: <BarChartOutlined aria-hidden />, action: 'activities:read' },
  ],
  searchEntities: { activity: { label: 'act.search.entity', icon: <CalendarOutlined aria-hidden />, link: (id) => `/admin/outreach/activities?view=${id}` } },
  auditEntities: { activity: 'act.audit.entity' },
  auditActions: { summarize: 'act.audit.summarize' },
};
