import { cleanup, configure, fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, apiError, mockApi, renderApp, setSessionCookie } from '../../../test/setup';
import type { TDemand, TDemandMatch, TInvitation } from '../api';
import DemandDetailPage from './DemandDetailPage';

// The page loads its chunks and three queries: give slow (CI) machines time.
configure({ asyncUtilTimeout: 5000 });
const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 5000 });

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const demand = (patch: Partial<TDemand>): TDemand => ({
  id: 7,
  title: '海工平台厚板焊接变形控制',
  description: '桩腿厚板焊接后变形超差。',
  category: '技术攻关',
  cluster: '船舶海工',
  industries: [],
  keywords: ['厚板焊接'],
  budgetMin: 50,
  budgetMax: 200,
  deadline: '2027-06-30',
  confidentiality: 'public',
  status: 'pending',
  statusLabel: '待审核',
  returnReason: null,
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
  transitions: [
    { id: 1, from: 'draft', to: 'pending', fromLabel: '草稿', toLabel: '待审核', actorId: 9, actorName: '企业联系人', actorOrgName: '南通海洋工程装备有限公司', reason: null, at: '2026-01-02T00:00:00Z' },
    { id: 2, from: 'pending', to: 'returned', fromLabel: '待审核', toLabel: '退回', actorId: 3, actorName: '王审核', actorOrgName: '如皋市科学技术协会', reason: '补充参数', at: '2026-01-03T00:00:00Z' },
  ],
  allowedTransitions: ['published', 'returned'],
  canEdit: true,
  canSeeMatches: true,
  canInvite: false,
  ...patch,
});

const match: TDemandMatch = {
  expertId: 42,
  name: '沈珩',
  score: 0.734,
  reasons: [
    { kind: 'keywords', detail: '关键词: 厚板焊接, 焊接变形控制' },
    { kind: 'cluster', detail: '同属产业集群: 船舶海工' },
  ],
  unit: '江苏科技大学',
  title: '教授',
  invitation: null,
};

const invitation: TInvitation = {
  id: 11,
  demandId: 7,
  demandTitle: '海工平台厚板焊接变形控制',
  expertId: 42,
  expertName: '沈珩',
  expertUnit: '江苏科技大学',
  expertTitle: '教授',
  status: 'accepted',
  statusLabel: '专家接受',
  score: 0.73,
  scoreAtInvite: 0.73,
  reasons: [],
  note: null,
  invitedAt: '2026-01-03T00:00:00Z',
  respondedAt: '2026-01-04T00:00:00Z',
  createdAt: '2026-01-03T00:00:00Z',
  updatedAt: '2026-01-04T00:00:00Z',
};

function renderDetail(roles: string[], d: TDemand, extra: Parameters<typeof mockApi>[0] = {}) {
  setSessionCookie();
  const api = mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles } }),
    'GET /api/v1/demands/7': () => ({ body: d }),
    'GET /api/v1/demands/7/matches': () => ({ body: { items: [match] } }),
    'GET /api/v1/demands/7/invitations': () => ({ body: { items: [] } }),
    'GET /api/v1/docking-events': () => ({ body: { items: [], total: 0, totals: { events: 0, agreements: 0, contractValue: 0 } } }),
    ...extra,
  });
  renderApp(
    <Routes>
      <Route path="/admin/demands/:id" element={<DemandDetailPage />} />
    </Routes>,
    { route: '/admin/demands/7' },
  );
  return api;
}

describe('demand detail page', () => {
  it('shows the fields, the state history and the moves the server allows', async () => {
    renderDetail(['city_staff'], demand({}));
    expect(await screen.findByText('南通海洋工程装备有限公司')).toBeTruthy();
    expect(screen.getByText('50–200 万元')).toBeTruthy();
    expect(screen.getByText('草稿 →')).toBeTruthy();
    expect(screen.getByText('企业联系人', { exact: false })).toBeTruthy();
    // Each move names the person and the org they acted for, not 系统 (issue 12 §2).
    expect(screen.getByText((_, el) => el?.tagName === 'SPAN' && /^王审核（如皋市科学技术协会） · /.test(el.textContent ?? ''))).toBeTruthy();
    expect(screen.queryByText('系统', { exact: false })).toBeNull();
    expect(screen.getByRole('button', { name: '审核通过' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '退回' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '已签约' })).toBeNull();
  });

  it('asks for a reason before returning a demand and sends it', async () => {
    const { calls } = renderDetail(['city_staff'], demand({}), {
      'POST /api/v1/demands/7/transitions': (req) => ({
        body: demand({ status: 'returned', returnReason: (req.body as { reason: string }).reason, allowedTransitions: [] }),
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: '退回' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '退回' }));
    expect(await within(dialog).findByText('请填写退回原因，告诉企业需要修改什么')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.change(within(dialog).getByLabelText('退回原因'), { target: { value: '请补充目标指标' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '退回' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'returned', reason: '请补充目标指标' }));
    expect(await screen.findByText('请补充目标指标')).toBeTruthy();
  });

  it('shows the server refusal as its message', async () => {
    renderDetail(['city_staff'], demand({}), {
      'POST /api/v1/demands/7/transitions': () => apiError(409, 'DEMAND_TRANSITION_INVALID', '需求不能从“待审核”变更为“已签约”', 'Not allowed'),
    });
    fireEvent.click(await screen.findByRole('button', { name: '审核通过' }));
    expect(await screen.findByText('需求不能从“待审核”变更为“已签约”')).toBeTruthy();
  });

  it('lists matched experts with score and reasons, and invites one', async () => {
    const { calls } = renderDetail(['city_staff'], demand({ status: 'published', allowedTransitions: ['docking', 'closed'], canInvite: true }), {
      'POST /api/v1/demands/7/invitations': () => ({ status: 201, body: { ...invitation, status: 'contacted' } }),
    });
    const row = (await screen.findByText('沈珩')).closest('tr') as HTMLElement;
    expect(within(row).getByText('关键词: 厚板焊接, 焊接变形控制')).toBeTruthy();
    expect(within(row).getByText('同属产业集群: 船舶海工')).toBeTruthy();
    expect(within(row).getByText('73%')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: '邀请 沈珩' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '发送邀请' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST' && c.path === '/api/v1/demands/7/invitations')?.body).toEqual({ expertId: 42 }));
  });

  it('lets the enterprise ask for a docking instead of inviting', async () => {
    const { calls } = renderDetail(['enterprise'], demand({ status: 'published', allowedTransitions: ['closed'], canInvite: false, canEdit: false }), {
      'POST /api/v1/demands/7/docking-requests': () => ({ status: 201, body: { ...invitation, status: 'recommended' } }),
    });
    const row = (await screen.findByText('沈珩')).closest('tr') as HTMLElement;
    expect(within(row).queryByRole('button', { name: '邀请 沈珩' })).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: '申请与 沈珩 对接' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '提交申请' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/demands/7/docking-requests')).toBe(true));
  });

  it('runs an accepted engagement on to docking (staff)', async () => {
    const { calls } = renderDetail(['city_staff'], demand({ status: 'published', allowedTransitions: ['docking', 'closed'], canInvite: true }), {
      'GET /api/v1/demands/7/invitations': () => ({ body: { items: [invitation] } }),
      'POST /api/v1/matches/11/transitions': () => ({ body: { ...invitation, status: 'docking' } }),
    });
    fireEvent.click(await screen.findByRole('button', { name: '进入对接 沈珩' }));
    await waitFor(() => expect(calls.find((c) => c.path === '/api/v1/matches/11/transitions')?.body).toEqual({ to: 'docking' }));
  });

  it('shows one score per expert: the ranking and the engagement table agree, the invitation-time score labelled beside it', async () => {
    renderDetail(['city_staff'], demand({ status: 'published', allowedTransitions: ['docking', 'closed'], canInvite: true }), {
      'GET /api/v1/demands/7/invitations': () => ({ body: { items: [{ ...invitation, score: 0.734, scoreAtInvite: 0.81 }] } }),
    });
    expect(await screen.findByText('邀请时 81%')).toBeTruthy();
    const rows = (await screen.findAllByText('沈珩')).map((n) => n.closest('tr') as HTMLElement);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(within(row).getByText('73%', { exact: false })).toBeTruthy();
  });
});
