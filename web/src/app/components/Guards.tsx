import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../auth';
import { useT } from '../i18n';
import type { TAction } from '../permissions';

// The result pages pull in antd's Result (illustrations): loaded only when shown.
const Forbidden = lazy(() => import('./ResultPages').then((m) => ({ default: m.Forbidden })));
export const NotFound = lazy(() => import('./ResultPages').then((m) => ({ default: m.NotFound })));

export function PageSpin() {
  const t = useT();
  return (
    <div style={{ padding: 64, textAlign: 'center' }}>
      <Spin description={t('common.loading')} />
    </div>
  );
}

/** Children only for a signed-in user; others go to /login and come back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, isLoading } = useAuth();
  const location = useLocation();
  if (isLoading) return <PageSpin />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return children;
}

/** Children only when the user's roles allow the action (the server checks again). */
export function RequirePermission({ action, children }: { action: TAction; children: ReactNode }) {
  const auth = useAuth();
  return auth.can(action) ? (
    children
  ) : (
    <Suspense fallback={<PageSpin />}>
      <Forbidden />
    </Suspense>
  );
}

