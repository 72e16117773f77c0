import { cleanup, fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anonymous, apiError, ME, mockApi, renderApp } from '../../test/setup';
import LoginPage, { safeNext } from './LoginPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

async function signIn(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

describe('login page', () => {
  it("shows the server's lock-out message", async () => {
    const locked = '登录失败次数过多，账号已临时锁定，请于 14:05:00 后再试';
    const { calls } = mockApi({
      'GET /api/v1/auth/me': anonymous,
      'POST /api/v1/auth/login': () => apiError(429, 'AUTH_LOCKED', locked, 'Too many failed sign-ins'),
    });
    renderApp(<LoginPage />, { route: '/login' });
    await signIn('admin', 'wrong-password');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining(locked));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ username: 'admin', password: 'wrong-password' });
  });

  it('shows the English message when the UI is in English', async () => {
    localStorage.setItem('kexie.locale', 'en-US');
    mockApi({
      'GET /api/v1/auth/me': anonymous,
      'POST /api/v1/auth/login': () => apiError(401, 'AUTH_INVALID', '用户名或密码错误', 'Wrong username or password'),
    });
    renderApp(<LoginPage />, { route: '/login' });
    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Wrong username or password')).toBeTruthy();
  });

  it('asks for both fields before calling the server', async () => {
    const { calls } = mockApi({ 'GET /api/v1/auth/me': anonymous });
    renderApp(<LoginPage />, { route: '/login' });
    fireEvent.click(await screen.findByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('goes to the console after signing in', async () => {
    let signedIn = false;
    mockApi({
      'GET /api/v1/auth/me': () => (signedIn ? { body: ME } : anonymous()),
      'POST /api/v1/auth/login': () => {
        signedIn = true;
        return { body: ME };
      },
    });
    renderApp(
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/admin/*" element={<div>console home</div>} />
      </Routes>,
      { route: '/login?next=/admin/people' },
    );
    await signIn('admin', 'admin12345');
    expect(await screen.findByText('console home')).toBeTruthy();
  });

  it('follows only console paths after sign-in', () => {
    expect(safeNext('/admin/people?q=1')).toBe('/admin/people?q=1');
    expect(safeNext('https://evil.example')).toBe('/admin');
    expect(safeNext('//evil.example/admin')).toBe('/admin');
    expect(safeNext(null)).toBe('/admin');
  });
});

describe('session probe', () => {
  it('does not ask the server who is signed in when there is no session cookie', async () => {
    const { calls } = mockApi({ 'GET /api/v1/auth/me': anonymous });
    renderApp(<LoginPage />, { route: '/login' });
    await screen.findByRole('button', { name: '登录' });
    expect(calls.filter((c) => c.path === '/api/v1/auth/me')).toEqual([]);
  });
});
