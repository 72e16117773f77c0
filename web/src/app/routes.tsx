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
const DemandsPage = lazy(() => import('../modules/innovation/demands/DemandsPage'));
const DemandDetailPage = lazy(() => import('../modules/innovation/demands/DemandDetailPage'));
const ExpertsPage = lazy(() => import('../modules/innovation/experts/ExpertsPage'));
const EnterprisesPage = lazy(() => import('../modules/innovation/enterprises/EnterprisesPage'));
const MyExpertPage = lazy(() => import('../modules/innovation/me/MyExpertPage'));

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
      { path: 'demands', element: guarded('demands:read', <DemandsPage />) },
      { path: 'demands/:id', element: guarded('demands:read', <DemandDetailPage />) },
      { path: 'experts', element: guarded('experts:read', <ExpertsPage />) },
      { path: 'enterprises', element: guarded('enterprises:read', <EnterprisesPage />) },
      { path: 'me/expert', element: guarded('experts:self', <MyExpertPage />) },
      { path: '*', element: page(<NotFound />) },
    ],
  },
  { path: '*', element: page(<NotFound />) },
];

export const createRouter = () => createBrowserRouter(ROUTES);
