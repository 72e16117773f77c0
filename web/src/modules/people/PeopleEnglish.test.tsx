import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DemoDataNotice } from '../../app/components/DemoDataNotice';
import { LOCALE_STORAGE_KEY } from '../../app/i18n';
import { ME, mockApi, renderApp, setSessionCookie } from '../../test/setup';
import PeoplePage from './PeoplePage';

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  localStorage.clear();
  vi.unstubAllGlobals();
});

const PERSON = {
  id: 1,
  name: '葛辉',
  gender: '男',
  birthYear: 1970,
  unit: '南通大学',
  title: '教授',
  education: '博士研究生',
  disciplines: ['机械工程'],
  phone: null,
  idNumber: null,
  email: null,
  orgId: 2,
  orgName: '崇川区科学技术协会',
  memberships: [],
  isDemo: true,
  piiMasked: true,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-02T00:00:00Z',
};

describe('[people] English mode', () => {
  it('shows titles, education and disciplines by their English names from the city configuration, and the name without a demo mark glued to it', async () => {
    setSessionCookie();
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en-US');
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: { ...ME, roles: ['leader'], locale: 'en-US' } }),
      'GET /api/v1/orgs': () => ({ body: { items: [], counts: {} } }),
      'GET /api/v1/config/city': () => ({
        body: {
          clusters: { key: [], emerging: [], future: [] },
          dictionary: { titles: ['教授'], education: ['博士研究生'], disciplines: ['机械工程'] },
          en: { 教授: 'Professor', 博士研究生: 'Doctorate', 机械工程: 'Mechanical engineering' },
        },
      }),
      'GET /api/v1/people': () => ({ body: { items: [PERSON], total: 1 } }),
    });
    renderApp(
      <>
        <DemoDataNotice />
        <PeoplePage />
      </>,
      { route: '/admin/people' },
    );
    const link = await screen.findByRole('link', { name: '葛辉' });
    const row = link.closest('tr') as HTMLElement;
    expect(await within(row).findByText('Professor')).toBeTruthy();
    expect(within(row).getByText('Doctorate')).toBeTruthy();
    expect(within(row).getByText('Mechanical engineering')).toBeTruthy();
    expect(within(row).queryByText('教授')).toBeNull();
    // the demo mark is not text glued to the name ("葛辉Demo")
    const cell = link.closest('td') as HTMLElement;
    expect(cell.textContent).toBe('葛辉');
    expect(within(cell).getByRole('img', { name: 'Demo' })).toBeTruthy();
    // … it is in the chrome instead
    expect(screen.getByRole('status').textContent).toBe('Includes demo data');
  });
});
