import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BulbOutlined,
  DashboardOutlined,
  ExperimentOutlined,
  IdcardOutlined,
  KeyOutlined,
  LinkOutlined,
  ProjectOutlined,
  SolutionOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { TMsgKey } from '../i18n';
import type { TAction } from '../permissions';

export interface TNavItem {
  path: string;
  label: TMsgKey;
  icon: ReactNode;
  /** Shown only to roles that may take this action. */
  action?: TAction;
}

export interface TNavGroup {
  /** Group heading; later modules (科创服务, 科普惠民 …) add their own group. */
  label: TMsgKey | null;
  items: TNavItem[];
}

export const NAV: TNavGroup[] = [
  { label: null, items: [{ path: '/admin', label: 'nav.dashboard', icon: <DashboardOutlined aria-hidden /> }] },
  {
    label: 'nav.group.registry',
    items: [
      { path: '/admin/people', label: 'nav.people', icon: <TeamOutlined aria-hidden />, action: 'people:read' },
      { path: '/admin/orgs', label: 'nav.orgs', icon: <ApartmentOutlined aria-hidden />, action: 'orgs:read' },
    ],
  },
  {
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
  {
    label: 'nav.group.system',
    items: [
      { path: '/admin/users', label: 'nav.users', icon: <UserSwitchOutlined aria-hidden />, action: 'users:read' },
      { path: '/admin/audit', label: 'nav.audit', icon: <AuditOutlined aria-hidden />, action: 'audit:read' },
      { path: '/admin/tokens', label: 'nav.tokens', icon: <KeyOutlined aria-hidden /> },
    ],
  },
];

/** The nav item a path belongs to (longest prefix), for the selected menu key and breadcrumbs. */
export function navItemFor(pathname: string): TNavItem | undefined {
  const all = NAV.flatMap((g) => g.items);
  return all
    .filter((i) => pathname === i.path || (i.path !== '/admin' && pathname.startsWith(`${i.path}/`)) || pathname === `${i.path}/`)
    .sort((a, b) => b.path.length - a.path.length)[0];
}
