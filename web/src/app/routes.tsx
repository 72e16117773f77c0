import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFound, PageSpin, RequireAuth, RequirePermission } from './components/Guards';
import { lazyPage as lazy } from './lazyPage';
import type { TAction } from './permissions';

// Every page is its own chunk: the first load carries only the shell.
const PortalHome = lazy(() => import('./pages/PortalHome'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const AdminLayout = lazy(() => import('./layout/AdminLayout'));
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const PeoplePage = lazy(() => import('../modules/people/PeoplePage'));
const OrgsPage = lazy(() => import('../platform/orgs/OrgsPage'));
const UsersPage = lazy(() => import('../platform/users/UsersPage'));
const AuditPage = lazy(() => import('../platform/audit/AuditPage'));
const TokensPage = lazy(() => import('../platform/tokens/TokensPage'));

const page = (node: ReactNode) => <Suspense fallback={<PageSpin />}>{node}</Suspense>;
const guarded = (action: TAction, node: ReactNode) => <RequirePermission action={action}>{node}</RequirePermission>;

export const ROUTES: RouteObject[] = [
  { path: '/', element: page(<PortalHome />) },
  { path: '/login', element: page(<LoginPage />) },
  {
    path: '/admin',
    element: page(
      <RequireAuth>
        <AdminLayout />
      </RequireAuth>,
    ),
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'people', element: guarded('people:read', <PeoplePage />) },
      { path: 'orgs', element: guarded('orgs:read', <OrgsPage />) },
      { path: 'users', element: guarded('users:read', <UsersPage />) },
      { path: 'audit', element: guarded('audit:read', <AuditPage />) },
      { path: 'tokens', element: <TokensPage /> },
      { path: '*', element: page(<NotFound />) },
    ],
  },
  { path: '*', element: page(<NotFound />) },
];

export const createRouter = () => createBrowserRouter(ROUTES);
