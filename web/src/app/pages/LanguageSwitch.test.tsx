import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anonymous, mockApi, renderApp } from '../../test/setup';
import { LOCALE_STORAGE_KEY } from '../i18n';
import LoginPage from './LoginPage';
import PortalHome from './PortalHome';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

// Issue 12 §9: the language switch was only in the console's user menu. The portal and the sign-in
// page have their own, remembered for the next visit.
describe('language switch before sign-in', () => {
  it('switches the portal home to English and back', async () => {
    mockApi({
      'GET /api/v1/auth/me': anonymous,
      'GET /api/v1/public/overview': () => ({ body: { city: { name: '南通市', adcode: '320600' }, orgName: '南通市科学技术协会', orgCounts: {} } }),
    });
    renderApp(<PortalHome />, { route: '/' });
    expect(await screen.findByRole('button', { name: /工作人员登录/ })).toBeTruthy();
    fireEvent.click(screen.getByText('English'));
    expect(await screen.findByRole('button', { name: /Staff sign-in/ })).toBeTruthy();
    expect(screen.getAllByText('Demand hall').length).toBeGreaterThan(0); // a module's portal link, in English
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en-US');
    fireEvent.click(screen.getByText('中文'));
    expect(await screen.findByRole('button', { name: /工作人员登录/ })).toBeTruthy();
  });

  it('switches the sign-in page to English', async () => {
    mockApi({ 'GET /api/v1/auth/me': anonymous });
    renderApp(<LoginPage />, { route: '/login' });
    expect(await screen.findByLabelText('用户名')).toBeTruthy();
    fireEvent.click(screen.getByText('English'));
    expect(await screen.findByLabelText('Username')).toBeTruthy();
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en-US');
  });
});
