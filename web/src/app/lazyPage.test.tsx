import { act, render, screen } from '@testing-library/react';
import { type ComponentType, Suspense } from 'react';
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

describe('lazyPage', () => {
  it('shows a page whose chunk has arrived at once, without the loading fallback', async () => {
    const Page = lazyPage(async () => ({ default: () => <p>名单</p> }));
    Page.preload();
    await act(async () => {});
    render(
      <Suspense fallback={<p>加载中</p>}>
        <Page />
      </Suspense>,
    );
    expect(screen.getByText('名单')).toBeTruthy();
    expect(screen.queryByText('加载中')).toBeNull();
  });

  it('shows the fallback while the chunk is on its way, then the page', async () => {
    let arrive: (m: { default: ComponentType }) => void = () => {};
    const Page = lazyPage(
      () =>
        new Promise<{ default: ComponentType }>((r) => {
          arrive = r;
        }),
    );
    render(
      <Suspense fallback={<p>载入中</p>}>
        <Page />
      </Suspense>,
    );
    expect(screen.getByText('载入中')).toBeTruthy();
    await act(async () => arrive({ default: () => <p>专家名单</p> }));
    expect(await screen.findByText('专家名单')).toBeTruthy();
  });
});
