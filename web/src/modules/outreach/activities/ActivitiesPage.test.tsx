import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../../test/setup';
import ActivitiesPage from './ActivitiesPage';
import type { TActivity, TActivityDetail } from './api';

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const activity = (patch: Partial<TActivity>): TActivity => ({
  id: 1,
  type: 'sci_tech_week',
  typeLabel: '科技活动周',
  title: '2026年如皋市科技活动周启动仪式',
  orgId: 7,
  orgName: '如皋市科学技术协会',
  districtOrgId: 7,
  districtName: '如皋市科学技术协会',
  coOrganizers: [],
  startDate: '2026-05-18',
  endDate: '2026-05-24',
  venue: '如皋市科技馆',
  targetGroups: ['youth', 'elderly'],
  plannedParticipants: 800,
  onlineReach: null,
  budget: 20000,
  description: null,
  contactName: null,
  contactPhone: null,
  internalNote: null,
  isPublic: true,
  status: 'planned',
  statusLabel: '计划',
  returnReason: null,
  summaryDueOn: '2026-05-31',
  isOverdue: false,
  summary: null,
  photos: [],
  links: [],
  actualParticipants: null,
  filedAt: null,
  heldAt: null,
  summarizedAt: null,
  isDemo: false,
  createdAt: '2026-04-01T00:00:00Z',
  updatedAt: '2026-04-01T00:00:00Z',
  ...patch,
});

const late = activity({ id: 2, title: '白蒲镇科普进乡村', type: 'village', typeLabel: '科普进乡村', status: 'held', statusLabel: '已举办', isOverdue: true, summaryDueOn: '2026-03-08' });

function render(roles: string[], items: TActivity[], detail?: TActivityDetail) {
  setSessionCookie();
  return mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles } }),
    'GET /api/v1/orgs': () => ({ body: { items: [], counts: {} } }),
    'GET /api/v1/public/activity-districts': () => ({ body: { items: [{ id: 7, name: '如皋市科学技术协会' }] } }),
    'GET /api/v1/activities': () => ({ body: { items, total: items.length } }),
    ...(detail
      ? {
          [`GET /api/v1/activities/${detail.id}`]: () => ({ body: detail }),
          [`POST /api/v1/activities/${detail.id}/transitions`]: () => ({ body: { ...detail, status: 'filed', statusLabel: '已备案', allowedTransitions: [] } }),
        }
      : {}),
  });
}

describe('activities page', () => {
  it('lists activities with their state, the 逾期 tag on overdue summaries, and the district', async () => {
    render(['liaison'], [activity({}), late]);
    renderApp(<ActivitiesPage />, { route: '/admin/outreach/activities' });
    const row = (await screen.findByText('白蒲镇科普进乡村')).closest('tr') as HTMLElement;
    expect(within(row).getByText('已举办')).toBeTruthy();
    expect(within(row).getByText('逾期')).toBeTruthy();
    const first = screen.getByText('2026年如皋市科技活动周启动仪式').closest('tr') as HTMLElement;
    expect(within(first).queryByText('逾期')).toBeNull();
    expect(within(first).getByText('计划')).toBeTruthy();
    expect(within(first).getByText('2026-05-18 ~ 05-24')).toBeTruthy();
    expect(within(first).getByText('如皋市')).toBeTruthy();
    expect(within(first).getByText('青少年、老年人')).toBeTruthy();
    await vi.waitFor(() => expect(screen.getByRole('button', { name: '登记活动' })).toBeTruthy());
  });

  it('offers filing only to roles that may write', async () => {
    render(['leader'], [activity({})]);
    renderApp(<ActivitiesPage />, { route: '/admin/outreach/activities' });
    await screen.findByText('2026年如皋市科技活动周启动仪式');
    expect(screen.queryByRole('button', { name: '登记活动' })).toBeNull();
  });

  it('sends the filters of the page address to the server', async () => {
    const { calls } = render(['city_staff'], []);
    renderApp(<ActivitiesPage />, { route: '/admin/outreach/activities?overdue=true&type=village&districtId=7&from=2026-01-01&to=2026-06-30&bogus=1' });
    await vi.waitFor(() => expect(calls.some((c) => c.path === '/api/v1/activities')).toBe(true));
    const list = calls.find((c) => c.path === '/api/v1/activities');
    expect(Object.fromEntries(list!.query)).toEqual({ overdue: 'true', type: 'village', districtId: '7', from: '2026-01-01', to: '2026-06-30', page: '1', pageSize: '20' });
  });

  it('shows the 流转记录 in the drawer and puts the activity on record (备案) for staff', async () => {
    const detail: TActivityDetail = {
      ...activity({ status: 'planned' }),
      transitions: [
        { id: 1, from: 'planned', to: 'returned', fromLabel: '计划', toLabel: '退回', actorId: 3, actorName: '王科员', actorOrgName: '如皋市科学技术协会', reason: '请补充安全预案', at: '2026-04-02T02:00:00Z' },
        { id: 2, from: 'returned', to: 'planned', fromLabel: '退回', toLabel: '计划', actorId: 4, actorName: '李联络员', actorOrgName: '如皋市科学技术协会', reason: null, at: '2026-04-03T02:00:00Z' },
      ],
      allowedTransitions: ['filed', 'returned'],
      canEdit: true,
      canSummarize: false,
      canDelete: true,
    };
    const { calls } = render(['district_staff'], [detail], detail);
    renderApp(<ActivitiesPage />, { route: '/admin/outreach/activities?view=1' });
    const drawer = await screen.findByRole('dialog');
    await vi.waitFor(() => expect(within(drawer).getByText('原因：请补充安全预案')).toBeTruthy());
    expect(within(drawer).getByText(/王科员（如皋市科学技术协会）/)).toBeTruthy();
    fireEvent.click(within(drawer).getByRole('button', { name: '备案' }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/activities/1/transitions')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ to: 'filed' });
  });
});
