import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { WEB_MODULES } from '../modules';
import type { TWebModule, TWebRoute } from '../modules/module.types';
import { NotFound, PageSpin, RequireAuth, RequirePermission } from './components/Guards';
import { lazyPage as lazy, preloadRoute } from './lazyPage';
import type { TAction } from './permissions';

// Every page is its own chunk: the first load carries only the shell. Module pages come from their
// manifests (web/src/modules/<m>/<m>.module.tsx, listed in WEB_MODULES).
const PortalHome = lazy(() => import('./pages/PortalHome'));
const LoginPage = lazy(() => import('./pages/LoginPage'));
const AdminLayout = lazy(() => import('./layout/AdminLayout'));
const PortalLayout = lazy(() => import('./layout/PortalLayout'));
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const OrgsPage = lazy(() => import('../platform/orgs/OrgsPage'));
const UsersPage = lazy(() => import('../platform/users/UsersPage'));
const AuditPage = lazy(() => import('../platform/audit/AuditPage'));
const TokensPage = lazy(() => import('../platform/tokens/TokensPage'));

const page = (node: ReactNode) => <Suspense fallback={<PageSpin />}>{node}</Suspense>;
const guarded = (action: TAction, node: ReactNode) => <RequirePermission action={action}>{node}</RequirePermission>;

/** A manifest route → a router route: the page behind its permission, a not-found page after children. */
function toRoute(r: TWebRoute, top: boolean): RouteObject {
  let element: ReactNode = r.redirect ? <Navigate to={r.redirect} replace /> : r.page ? <r.page /> : undefined;
  if (element && r.action) element = guarded(r.action, element);
  if (element && top) element = page(element);
  const children = r.children ? [...r.children.map((c) => toRoute(c, false)), { path: '*', element: <NotFound /> }] : undefined;
  return r.index ? { index: true, element } : { path: r.path, element, children };
}

/** The route table of a module list (WEB_MODULES in the app; tests add a fixture module). */
export function buildRoutes(modules: readonly TWebModule[] = WEB_MODULES): RouteObject[] {
  return [
    { path: '/', element: page(<PortalHome />) },
    { path: '/login', element: page(<LoginPage />) },
    {
      // The public pages in the portal frame; /portal itself opens the first module's first page.
      path: '/portal',
      element: page(<PortalLayout />),
      children: [
        { index: true, element: <Navigate to={modules.flatMap((m) => m.portalLinks ?? [])[0]?.path ?? '/'} replace /> },
        ...modules.flatMap((m) => (m.portalPages ?? []).map((r) => toRoute(r, false))),
        { path: '*', element: <NotFound /> },
      ],
    },
    ...modules.flatMap((m) => (m.portalRoutes ?? []).map((r) => toRoute(r, true))),
    {
      path: '/admin',
      element: page(
        <RequireAuth>
          <AdminLayout />
        </RequireAuth>,
      ),
      children: [
        { index: true, element: <DashboardPage /> },
        { path: 'orgs', element: guarded('orgs:read', <OrgsPage />) },
        { path: 'users', element: guarded('users:read', <UsersPage />) },
        { path: 'audit', element: guarded('audit:read', <AuditPage />) },
        { path: 'tokens', element: <TokensPage /> },
        ...modules.flatMap((m) => m.consoleRoutes.map((r) => toRoute(r, false))),
        { path: '*', element: page(<NotFound />) },
      ],
    },
    { path: '*', element: page(<NotFound />) },
  ];
}

export const ROUTES: RouteObject[] = buildRoutes();

export const createRouter = (routes: RouteObject[] = ROUTES) => {
  preloadRoute(routes, window.location.pathname);
  return createBrowserRouter(routes);
};
