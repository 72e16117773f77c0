import { Children, type ComponentType, createElement, isValidElement, lazy, type ReactNode, useState } from 'react';
import { matchRoutes, type RouteObject } from 'react-router';

const RELOAD_FLAG = 'kexie.chunkReload';

/**
 * React.lazy that survives a deploy: when a page chunk of an old build is gone (the browser still has
 * the previous index.html), reload once to fetch the new build instead of showing a blank page.
 * `preload()` starts fetching the chunk before the component renders.
 *
 * A page whose chunk has already arrived (preloaded with its route, or shown before) renders at once
 * instead of suspending: React holds back content that resolves within 300 ms of a Suspense fallback
 * (its fallback throttle), so each suspending lazy of a first load (layout, then page) used to cost
 * up to 300 ms of waiting with the code already there.
 */
export function lazyPage<T extends ComponentType<object>>(load: () => Promise<{ default: T }>) {
  let pending: Promise<{ default: T }> | undefined;
  const chunk: TChunk = {
    Lazy: lazy(async () => {
      try {
        return await loadOnce();
      } catch (err) {
        if (!sessionStorage.getItem(RELOAD_FLAG)) {
          sessionStorage.setItem(RELOAD_FLAG, '1');
          window.location.reload();
          return new Promise<{ default: T }>(() => {}); // the page is reloading
        }
        throw err;
      }
    }) as unknown as ComponentType<object>,
  };
  function loadOnce() {
    pending ??= load().then(
      (mod) => {
        chunk.loaded = mod.default;
        sessionStorage.removeItem(RELOAD_FLAG);
        return mod;
      },
      (err: unknown) => {
        pending = undefined;
        throw err;
      },
    );
    return pending;
  }
  const render = (props: object) => createElement(ChunkPage, { chunk, props });
  return Object.assign(render as T, { preload: () => void loadOnce().catch(() => {}) });
}

interface TChunk {
  /** The page component once its chunk has arrived. */
  loaded?: ComponentType<object>;
  Lazy: ComponentType<object>;
}

/** The page itself when its chunk is there, else the suspending lazy component; chosen once per mount. */
function ChunkPage({ chunk, props }: { chunk: TChunk; props: object }) {
  const [Loaded] = useState(() => chunk.loaded);
  return Loaded ? createElement(Loaded, props) : createElement(chunk.Lazy, props);
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
