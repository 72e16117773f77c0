import { ApartmentOutlined, AuditOutlined, DashboardOutlined, KeyOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { TWebModule } from '../../modules/module.types';
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
  id: string;
  /** Group heading; null for the ungrouped first item. */
  label: TMsgKey | null;
  items: TNavItem[];
}

/** The platform's own menu: the dashboard, 基础数据 (orgs) and 系统管理. Modules add theirs (buildNav). */
export const PLATFORM_NAV: TNavGroup[] = [
  { id: 'home', label: null, items: [{ path: '/admin', label: 'nav.dashboard', icon: <DashboardOutlined aria-hidden /> }] },
  {
    id: 'registry',
    label: 'nav.group.registry',
    items: [{ path: '/admin/orgs', label: 'nav.orgs', icon: <ApartmentOutlined aria-hidden />, action: 'orgs:read' }],
  },
  {
    id: 'system',
    label: 'nav.group.system',
    items: [
      { path: '/admin/users', label: 'nav.users', icon: <UserSwitchOutlined aria-hidden />, action: 'users:read' },
      { path: '/admin/audit', label: 'nav.audit', icon: <AuditOutlined aria-hidden />, action: 'audit:read' },
      { path: '/admin/tokens', label: 'nav.tokens', icon: <KeyOutlined aria-hidden /> },
    ],
  },
];

/**
 * The console menu of a module list: a module group with a platform group's id puts its items first
 * in that group (people → 基础数据); other module groups follow 基础数据 in list order, before 系统管理.
 */
export function buildNav(modules: readonly TWebModule[]): TNavGroup[] {
  const groups = PLATFORM_NAV.map((g) => ({ ...g, items: [...g.items] }));
  const own: TNavGroup[] = [];
  for (const m of modules) {
    if (!m.navGroup) continue;
    const items = m.navGroup.items as TNavItem[];
    const existing = groups.find((g) => g.id === m.navGroup?.id) ?? own.find((g) => g.id === m.navGroup?.id);
    if (existing) existing.items = existing.id === 'home' ? [...existing.items, ...items] : [...items, ...existing.items];
    else own.push({ id: m.navGroup.id, label: m.navGroup.label as TMsgKey, items });
  }
  const at = groups.findIndex((g) => g.id === 'system');
  return [...groups.slice(0, at), ...own, ...groups.slice(at)];
}

/** The nav item a path belongs to (longest prefix), for the selected menu key and breadcrumbs. */
export function navItemFor(nav: readonly TNavGroup[], pathname: string): TNavItem | undefined {
  const all = nav.flatMap((g) => g.items);
  return all
    .filter((i) => pathname === i.path || (i.path !== '/admin' && pathname.startsWith(`${i.path}/`)) || pathname === `${i.path}/`)
    .sort((a, b) => b.path.length - a.path.length)[0];
}
