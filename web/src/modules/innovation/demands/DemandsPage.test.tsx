import { cleanup, configure, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../../test/setup';
import type { TDemandSummary } from '../api';
import DemandsPage from './DemandsPage';

configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const row: TDemandSummary = {
  id: 7,
  title: '海工平台厚板焊接变形控制',
  category: '卡脖子',
  cluster: '船舶海工',
  industries: [],
  keywords: [],
  budgetMin: null,
  budgetMax: 200,
  deadline: '2027-06-30',
  confidentiality: 'staff',
  status: 'returned',
  statusLabel: '退回',
  returnReason: '请补充指标',
  enterpriseId: 3,
  enterpriseName: '南通海洋工程装备有限公司',
  orgId: 1,
  orgName: '南通市科学技术协会',
  createdBy: 9,
  publishedAt: null,
  closedAt: null,
  isDemo: false,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
};

function renderList(roles: string[], route = '/admin/demands') {
  setSessionCookie();
  const api = mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles } }),
    'GET /api/v1/orgs': () => ({ body: { items: [], counts: {} } }),
    'GET /api/v1/config/city': () => ({ body: { clusters: { key: ['船舶海工'], emerging: [], future: [] }, dictionary: { titles: [], education: [], disciplines: [] } } }),
    'GET /api/v1/demands': () => ({ body: { items: [row], total: 31 } }),
  });
  renderApp(<DemandsPage />, { route });
  return api;
}

describe('demands page', () => {
  it('lists demands with coloured state, category, visibility and budget', async () => {
    renderList(['city_staff']);
    const tr = (await screen.findByText('海工平台厚板焊接变形控制')).closest('tr') as HTMLElement;
    expect(within(tr).getByText('退回')).toBeTruthy();
    expect(within(tr).getByText('卡脖子')).toBeTruthy();
    expect(within(tr).getByText('仅工作人员')).toBeTruthy();
    expect(within(tr).getByText('≤ 200 万元')).toBeTruthy();
    expect(screen.getByText('共 31 条')).toBeTruthy();
  });

  it('sends the filters of the page address to the server', async () => {
    const { calls } = renderList(['city_staff'], '/admin/demands?q=焊接&status=published&category=卡脖子&cluster=船舶海工&sort=-deadline&page=2');
    await screen.findByText('海工平台厚板焊接变形控制');
    const list = calls.find((c) => c.path === '/api/v1/demands');
    expect(Object.fromEntries(list!.query)).toEqual({ q: '焊接', status: 'published', category: '卡脖子', cluster: '船舶海工', sort: '-deadline', page: '2', pageSize: '20' });
  });

  it('offers filing a demand to enterprises and staff, not to leaders', async () => {
    renderList(['leader']);
    await screen.findByText('海工平台厚板焊接变形控制');
    expect(screen.queryByRole('button', { name: '发布需求' })).toBeNull();
    cleanup();
    renderList(['enterprise']);
    await screen.findByText('海工平台厚板焊接变形控制');
    expect(screen.getByRole('button', { name: '发布需求' })).toBeTruthy();
    expect(screen.getByText('我的技术需求')).toBeTruthy();
  });
});
