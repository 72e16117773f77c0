import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { NotFound, PageSpin, RequireAuth, RequirePermission } from './components/Guards';
import { lazyPage as lazy, preloadRoute } from './lazyPage';
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
const PortalLayout = lazy(() => import('../modules/innovation/portal/PortalLayout'));
const DemandHallPage = lazy(() => import('../modules/innovation/portal/DemandHallPage'));
const PublicDemandPage = lazy(() => import('../modules/innovation/portal/DemandDetailPage'));
const ExpertShowcasePage = lazy(() => import('../modules/innovation/portal/ExpertShowcasePage'));
const PlatformListPage = lazy(() => import('../modules/innovation/portal/PlatformListPage'));
const DockingEventsPage = lazy(() => import('../modules/innovation/programs/DockingEventsPage'));
const ServiceTeamsPage = lazy(() => import('../modules/innovation/programs/ServiceTeamsPage'));
const PlatformsPage = lazy(() => import('../modules/innovation/programs/PlatformsPage'));
const FundedProjectsPage = lazy(() => import('../modules/innovation/programs/FundedProjectsPage'));

const page = (node: ReactNode) => <Suspense fallback={<PageSpin />}>{node}</Suspense>;
const guarded = (action: TAction, node: ReactNode) => <RequirePermission action={action}>{node}</RequirePermission>;

export const ROUTES: RouteObject[] = [
  { path: '/', element: page(<PortalHome />) },
  { path: '/login', element: page(<LoginPage />) },
  {
    // 科创服务 public portal (no sign-in): 需求大厅, 专家风采, 创新平台
    path: '/portal',
    element: page(<PortalLayout />),
    children: [
      { index: true, element: <Navigate to="/portal/demands" replace /> },
      { path: 'demands', element: <DemandHallPage /> },
      { path: 'demands/:id', element: <PublicDemandPage /> },
      { path: 'experts', element: <ExpertShowcasePage /> },
      { path: 'platforms', element: <PlatformListPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
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
      { path: 'docking-events', element: guarded('docking:read', <DockingEventsPage />) },
      { path: 'service-teams', element: guarded('teams:read', <ServiceTeamsPage />) },
      { path: 'platforms', element: guarded('platforms:read', <PlatformsPage />) },
      { path: 'funded-projects', element: guarded('projects:read', <FundedProjectsPage />) },
      { path: '*', element: page(<NotFound />) },
    ],
  },
  { path: '*', element: page(<NotFound />) },
];

export const createRouter = () => {
  preloadRoute(ROUTES, window.location.pathname);
  return createBrowserRouter(ROUTES);
};
