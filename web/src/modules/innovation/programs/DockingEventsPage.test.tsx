import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../../test/setup';
import type { TDockingEvent, TDockingEventList } from './api';
import DockingEventsPage from './DockingEventsPage';

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const event = (patch: Partial<TDockingEvent>): TDockingEvent => ({
  id: 1,
  title: '船舶海工产业专家企业行',
  date: '2025-05-20',
  place: '南通国际会议中心',
  organizer: '南通市科协',
  orgId: 1,
  orgName: '南通市科学技术协会',
  demandIds: [11],
  expertIds: [21, 22],
  enterpriseIds: [31],
  demands: [{ id: 11, title: '焊接变形控制', status: 'docking' }],
  experts: [
    { id: 21, name: '张海', unit: '江苏科技大学', title: '教授', isAcademician: false },
    { id: 22, name: '李工', unit: '南通大学', title: '研究员', isAcademician: false },
  ],
  enterprises: [{ id: 31, name: '南通中远海运川崎船舶工程有限公司' }],
  agreementsSigned: 3,
  contractValue: 1200.5,
  summary: null,
  isDemo: false,
  createdAt: '2025-05-21T00:00:00Z',
  updatedAt: '2025-05-21T00:00:00Z',
  ...patch,
});

function renderDocking(roles: string[], list: TDockingEventList, route = '/admin/docking-events') {
  setSessionCookie();
  const api = mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles } }),
    'GET /api/v1/orgs': () => ({ body: { items: [], counts: {} } }),
    'GET /api/v1/docking-events': () => ({ body: list }),
  });
  renderApp(<DockingEventsPage />, { route });
  return api;
}

/** The Statistic card titled `title`, as one string ("合同金额12,345.60万元"). */
const card = (title: string) => (screen.getByText(title).closest('.ant-statistic') as HTMLElement).textContent?.replace(/\s/g, '');

describe('docking events page', () => {
  it('shows the totals over every matching event, not only the rows on this page', async () => {
    // Page 1 of 3: two rows here (4 agreements, 1 700.5 万元), but the server's totals cover all 45 events.
    renderDocking(['city_staff'], {
      items: [event({}), event({ id: 2, title: '新材料专场对接会', agreementsSigned: 1, contractValue: 500 })],
      total: 45,
      totals: { events: 45, agreements: 38, contractValue: 12345.6 },
    });
    await screen.findByText('新材料专场对接会');
    await vi.waitFor(() => expect(card('对接活动')).toBe('对接活动45场'));
    expect(card('签约项目')).toBe('签约项目38项');
    expect(card('合同金额')).toBe('合同金额12,345.60万元');
  });

  it('adds up zero when nothing matches', async () => {
    renderDocking(['leader'], { items: [], total: 0, totals: { events: 0, agreements: 0, contractValue: 0 } });
    await vi.waitFor(() => expect(card('合同金额')).toBe('合同金额0.00万元'));
    expect(card('对接活动')).toBe('对接活动0场');
  });

  it('lists an event with its outcome, and offers recording only to roles that may write', async () => {
    renderDocking(['leader'], { items: [event({})], total: 1, totals: { events: 1, agreements: 3, contractValue: 1200.5 } });
    const row = (await screen.findByText('船舶海工产业专家企业行')).closest('tr') as HTMLElement;
    expect(within(row).getByText('2025-05-20')).toBeTruthy();
    expect(within(row).getByText('1,200.5')).toBeTruthy();
    expect(within(row).getByText('张海')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '登记对接活动' })).toBeNull();
    expect(within(row).queryByRole('button', { name: '编辑' })).toBeNull();
    cleanup();
    renderDocking(['district_staff'], { items: [event({})], total: 1, totals: { events: 1, agreements: 3, contractValue: 1200.5 } });
    await screen.findByText('船舶海工产业专家企业行');
    await vi.waitFor(() => expect(screen.getByRole('button', { name: '登记对接活动' })).toBeTruthy());
  });

  it('sends the date range and org of the page address to the server', async () => {
    const { calls } = renderDocking(['admin'], { items: [], total: 0, totals: { events: 0, agreements: 0, contractValue: 0 } }, '/admin/docking-events?from=2025-01-01&to=2025-06-30&orgId=3');
    await vi.waitFor(() => expect(calls.some((c) => c.path === '/api/v1/docking-events')).toBe(true));
    const list = calls.find((c) => c.path === '/api/v1/docking-events');
    expect(Object.fromEntries(list!.query)).toEqual({ from: '2025-01-01', to: '2025-06-30', orgId: '3', page: '1', pageSize: '20' });
  });
});
