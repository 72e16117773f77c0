import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../../test/setup';
import type { TLiteracyList, TLiteracyRate } from './api';
import LiteracyPage from './LiteracyPage';

// The chart draws on canvas, which happy-dom has not: the test reads the table, the chart is left out.
vi.mock('./LiteracyChart', () => ({ LiteracyChart: ({ ariaLabel }: { ariaLabel: string }) => <div role="img" aria-label={ariaLabel} /> }));

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const rec = (id: number, orgId: number, year: number, rate: number, canEdit = true): TLiteracyRate => ({
  id,
  orgId,
  orgName: orgId === 1 ? '南通市科学技术协会' : '如皋市科学技术协会',
  orgShortName: orgId === 1 ? '南通市科协' : '如皋市科协',
  orgKind: orgId === 1 ? 'city' : 'district',
  year,
  rate,
  source: year === 2025 ? '中国科协第十三次中国公民科学素质抽样调查' : '江苏省公民科学素质监测',
  method: null,
  canEdit,
  isDemo: false,
});

const data = (canEdit: boolean): TLiteracyList => ({
  items: [rec(1, 1, 2024, 13.5, canEdit), rec(2, 1, 2025, 14, canEdit), rec(3, 8, 2024, 12.6, canEdit)],
  years: [2024, 2025],
  orgs: [
    { id: 1, name: '南通市科学技术协会', shortName: '南通市科协', kind: 'city' },
    { id: 8, name: '如皋市科学技术协会', shortName: '如皋市科协', kind: 'district' },
  ],
});

function renderLiteracy(roles: string[], list: TLiteracyList) {
  setSessionCookie();
  mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles } }),
    'GET /api/v1/literacy-rates': () => ({ body: list }),
  });
  renderApp(<LiteracyPage />, { route: '/admin/outreach/literacy' });
}

describe('literacy page', () => {
  it('shows one row per area and one column per year, the city first, blanks where no record', async () => {
    renderLiteracy(['leader'], data(false));
    const table = await screen.findByRole('table');
    await within(table).findByText('14%');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))).toEqual([
      ['南通市科协', '13.5%', '14%'],
      ['如皋市科协', '12.6%', '—'],
    ]);
    expect(screen.getByText(/南通市科协 2025 年公民具备科学素质比例为 14%/)).toBeTruthy();
    expect(screen.getByRole('img', { name: '历年变化' })).toBeTruthy();
    // a leader reads only: no edit buttons, no record button
    expect(within(table).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('button', { name: /录入比例/ })).toBeNull();
  });

  it('lets city staff open a value to correct it', async () => {
    renderLiteracy(['city_staff'], data(true));
    const cell = await screen.findByRole('button', { name: '修改南通市科协 2025 年的比例' });
    cell.click();
    expect(await screen.findByText('修改公民科学素质比例')).toBeTruthy();
    expect(screen.getByRole('button', { name: /录入比例/ })).toBeTruthy();
  });
});
