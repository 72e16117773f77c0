import { type ComponentType, lazy } from 'react';

const RELOAD_FLAG = 'kexie.chunkReload';

/**
 * React.lazy that survives a deploy: when a page chunk of an old build is gone (the browser still has
 * the previous index.html), reload once to fetch the new build instead of showing a blank page.
 */
export function lazyPage<T extends ComponentType<object>>(load: () => Promise<{ default: T }>) {
  return lazy(async () => {
    try {
      const mod = await load();
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
}
