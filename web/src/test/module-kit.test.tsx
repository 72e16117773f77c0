import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../app/App';
import { LOCALE_STORAGE_KEY } from '../app/i18n';
import { createQueryClient } from '../app/query';
import { buildRoutes } from '../app/routes';
import { WEB_MODULES } from '../modules';
import { fixtureModule } from './fixtures/fixture-module/fixture.module';
import { ME, mockApi, setSessionCookie } from './setup';

// Module kit acceptance (web): a throwaway module from a fixture folder joins the app by one entry in
// the module list — its menu item, its page at its route, its strings in both languages, its search
// hits and its audit labels appear, and nothing central names it.

const MODULES = [...WEB_MODULES, fixtureModule];

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  localStorage.clear();
  vi.unstubAllGlobals();
});

function renderAppAt(path: string, { roles = ['admin'], locale = 'zh-CN', routes = {} as Parameters<typeof mockApi>[0] } = {}) {
  setSessionCookie();
  localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  const api = mockApi({ 'GET /api/v1/auth/me': () => ({ body: { ...ME, roles, locale } }), ...routes });
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  const router = createMemoryRouter(buildRoutes(MODULES), { initialEntries: [path] });
  render(
    <AppProviders client={client} modules={MODULES}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, api };
}

describe('[module kit] a module added by one line in the module list', () => {
  it('shows its menu item to a role that may use it, and its page at its route', async () => {
    renderAppAt('/admin/fixture-records');
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('试验模块')).toBeTruthy();
    expect(within(menu).getByRole('link', { name: '试验记录' }).getAttribute('href')).toBe('/admin/fixture-records');
    expect(await screen.findByText('试验记录列表')).toBeTruthy();
    expect(screen.getByText(/只为证明新增模块无需改动中心文件/)).toBeTruthy();
    // the existing modules are still there
    expect(within(menu).getByRole('link', { name: '科技工作者' })).toBeTruthy();
    expect(within(menu).getByRole('link', { name: '技术需求' })).toBeTruthy();
  });

  it('hides the menu item from a role that may not use it, and refuses the page', async () => {
    renderAppAt('/admin/fixture-records', { roles: ['liaison'] });
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('link', { name: '科技工作者' })).toBeTruthy();
    expect(within(menu).queryByRole('link', { name: '试验记录' })).toBeNull();
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(screen.queryByText('试验记录列表')).toBeNull();
  });

  it('speaks English from its own English file', async () => {
    renderAppAt('/admin/fixture-records', { locale: 'en-US' });
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('link', { name: 'Fixture records' })).toBeTruthy();
    expect(await screen.findByText('Fixture record list')).toBeTruthy();
    expect(screen.queryByText('试验记录列表')).toBeNull();
  });

  it('shows its hits in the header search, opening its page', async () => {
    const { router } = renderAppAt('/admin', {
      routes: {
        'GET /api/v1/search': () => ({
          body: { items: [{ entity: 'fixture_record', id: 7, title: '第七号试验', subtitle: null, score: 1 }] },
        }),
      },
    });
    const box = await screen.findByRole('combobox', { name: '全局搜索' });
    fireEvent.change(box, { target: { value: '试验' } });
    const hit = await screen.findByText('第七号试验', {}, { timeout: 3000 });
    expect(screen.getAllByText('试验记录').length).toBeGreaterThan(1); // menu item and the group heading
    fireEvent.click(hit);
    await vi.waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe('/admin/fixture-records?view=7'));
  });

  it('names its entity in the audit log', async () => {
    renderAppAt('/admin/audit', {
      routes: {
        'GET /api/v1/audit': () => ({
          body: {
            items: [
              { id: 1, at: '2026-01-02T03:04:05Z', actorId: 1, actorName: '平台管理员', orgId: 1, entity: 'fixture_record', entityId: '7', action: 'create', before: null, after: { a: 1 }, ip: null, note: null },
            ],
            total: 1,
          },
        }),
      },
    });
    const table = await screen.findByRole('table');
    expect(await within(table).findByText('试验记录')).toBeTruthy();
    expect(within(table).queryByText('fixture_record')).toBeNull();
  });
});
