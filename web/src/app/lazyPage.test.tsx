import { Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { lazyPage, preloadRoute } from './lazyPage';

const Empty = () => null;

describe('preloadRoute', () => {
  it('starts loading the layout and the page of a location together, once, and nothing else', async () => {
    const layout = vi.fn(async () => ({ default: Empty }));
    const experts = vi.fn(async () => ({ default: Empty }));
    const people = vi.fn(async () => ({ default: Empty }));
    const Layout = lazyPage(layout);
    const Experts = lazyPage(experts);
    const People = lazyPage(people);
    const routes: RouteObject[] = [
      {
        path: '/admin',
        element: (
          <Suspense>
            <div>
              <Layout />
            </div>
          </Suspense>
        ),
        children: [
          { path: 'experts', element: <Experts /> },
          { path: 'people', element: <People /> },
        ],
      },
    ];
    preloadRoute(routes, '/admin/experts');
    preloadRoute(routes, '/admin/experts');
    expect(layout).toHaveBeenCalledTimes(1);
    expect(experts).toHaveBeenCalledTimes(1);
    expect(people).not.toHaveBeenCalled();
  });
});
