import { Children, type ComponentType, type ReactNode, isValidElement, lazy } from 'react';
import { type RouteObject, matchRoutes } from 'react-router';

const RELOAD_FLAG = 'kexie.chunkReload';

/**
 * React.lazy that survives a deploy: when a page chunk of an old build is gone (the browser still has
 * the previous index.html), reload once to fetch the new build instead of showing a blank page.
 * `preload()` starts fetching the chunk before the component renders.
 */
export function lazyPage<T extends ComponentType<object>>(load: () => Promise<{ default: T }>) {
  let pending: Promise<{ default: T }> | undefined;
  const loadOnce = () => {
    pending ??= load().catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
    return pending;
  };
  const Page = lazy(async () => {
    try {
      const mod = await loadOnce();
      sessionStorage.removeItem(RELOAD_FLAG);
      return mod;
    } catch (err) {
      if (!sessionStorage.getItem(RELOAD_FLAG)) {
        sessionStorage.setItem(RELOAD_FLAG, '1');
        window.location.reload();
        return new Promise<{ default: T }>(() => {}); // the page is reloading
      }
      throw err;
    }
  });
  return Object.assign(Page, { preload: () => void loadOnce().catch(() => {}) });
}

function preloadElement(node: ReactNode) {
  if (!isValidElement(node)) return;
  (node.type as { preload?: () => void }).preload?.();
  Children.forEach((node.props as { children?: ReactNode }).children, preloadElement);
}

/**
 * Starts loading every lazy chunk of a location at once (layout and page, in parallel with the sign-in
 * check) instead of one after the other as each lazy component renders: a first load of
 * /admin/experts waited for /auth/me, then the layout chunk, then the page chunk, then the list.
 */
export function preloadRoute(routes: RouteObject[], pathname: string) {
  for (const m of matchRoutes(routes, pathname) ?? []) preloadElement(m.route.element);
}
