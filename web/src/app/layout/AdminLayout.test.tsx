import { cleanup, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../test/setup';
import { RequireAuth } from '../components/Guards';
import AdminLayout from './AdminLayout';

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

function renderAs(roles: string[]) {
  setSessionCookie();
  mockApi({ 'GET /api/v1/auth/me': () => ({ body: { ...ME, displayName: '如皋联络员', roles } }) });
  renderApp(
    <Routes>
      <Route
        path="/admin"
        element={
          <RequireAuth>
            <AdminLayout />
          </RequireAuth>
        }
      >
        <Route path="people" element={<div>people page</div>} />
      </Route>
    </Routes>,
    { route: '/admin/people' },
  );
}

describe('console menu', () => {
  it('shows an administrator every console page', async () => {
    renderAs(['admin']);
    const menu = await screen.findByRole('menu');
    for (const name of ['控制台首页', '科技工作者', '组织机构', '账号管理', '审计日志', 'API 令牌']) {
      expect(within(menu).getByRole('link', { name })).toBeTruthy();
    }
  });

  it('hides account and audit pages from a liaison', async () => {
    renderAs(['liaison']);
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('link', { name: '科技工作者' })).toBeTruthy();
    expect(within(menu).queryByRole('link', { name: '账号管理' })).toBeNull();
    expect(within(menu).queryByRole('link', { name: '审计日志' })).toBeNull();
  });

  it('shows the page, its breadcrumb and who is signed in', async () => {
    renderAs(['admin']);
    expect(await screen.findByText('people page')).toBeTruthy();
    expect(screen.getByText('如皋联络员')).toBeTruthy();
    const crumbs = document.querySelector('.ant-breadcrumb') as HTMLElement;
    expect(within(crumbs).getByText('工作台')).toBeTruthy();
    expect(within(crumbs).getByText('科技工作者')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '全局搜索' })).toBeTruthy();
  });
});
