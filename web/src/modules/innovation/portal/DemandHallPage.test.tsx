import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, mockApi, renderApp } from '../../../test/setup';
import type { TPublicDemand } from './api';
import DemandDetailPage from './DemandDetailPage';
import DemandHallPage from './DemandHallPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const demand = (patch: Partial<TPublicDemand>): TPublicDemand => ({
  id: 1,
  title: '大型船体分段焊接变形控制',
  description: '船体分段焊接后变形超标，需要专家团队提出工艺优化与在线监测方案。',
  category: '卡脖子',
  cluster: '船舶海工',
  enterpriseName: '南通中远海运川崎船舶工程有限公司',
  budgetMin: 50,
  budgetMax: 200,
  deadline: '2099-12-31',
  status: 'published',
  phase: 'open',
  isOpen: true,
  publishedAt: '2025-03-01T08:00:00Z',
  ...patch,
});

const CITY = { clusters: { key: ['船舶海工', '高端纺织'], emerging: ['生物医药'], future: ['5G'] }, dictionary: { titles: [], education: [], disciplines: [] } };

function renderHall(route = '/portal/demands', items: object[] = [demand({})]) {
  const api = mockApi({
    'GET /api/v1/config/city': () => ({ body: CITY }),
    'GET /api/v1/public/demands': () => ({ body: { items, total: 25 } }),
  });
  renderApp(
    <Routes>
      <Route path="/portal/demands" element={<DemandHallPage />} />
    </Routes>,
    { route },
  );
  return api;
}

describe('demand hall (public)', () => {
  it('shows each demand with its enterprise, category, cluster, budget, deadline and state', async () => {
    renderHall();
    const title = await screen.findByRole('link', { name: '大型船体分段焊接变形控制' });
    expect(title.getAttribute('href')).toBe('/portal/demands/1');
    const card = title.closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('南通中远海运川崎船舶工程有限公司')).toBeTruthy();
    expect(within(card).getByText('卡脖子')).toBeTruthy();
    expect(within(card).getByText('船舶海工')).toBeTruthy();
    expect(within(card).getByText('50–200 万元')).toBeTruthy();
    expect(within(card).getByText(/2099-12-31/)).toBeTruthy();
    expect(within(card).getByText('征集中')).toBeTruthy();
    expect(screen.getByText('共 25 项需求')).toBeTruthy();
  });

  it('never shows what only staff may see, even if an answer carried it', async () => {
    // A server bug or a proxy cache must not turn into a leak: the page shows the public fields by name only.
    renderHall('/portal/demands', [
      {
        ...demand({ id: 7, title: '高性能纤维膜材料', budgetMin: null, budgetMax: null }),
        contactName: '王经理',
        contactPhone: '13912345678',
        confidentiality: 'staff',
        returnReason: '内部审核意见：预算不实',
        orgName: '如皋市科学技术协会',
      },
    ]);
    await screen.findByText('高性能纤维膜材料');
    const text = document.body.textContent ?? '';
    for (const secret of ['王经理', '13912345678', '内部审核意见', '预算不实', '如皋市科学技术协会', 'staff']) expect(text).not.toContain(secret);
    expect(screen.getByText('面议')).toBeTruthy();
  });

  it('sends the search words, category and cluster of the page address to the server, and searches on Enter', async () => {
    const { calls } = renderHall('/portal/demands?q=焊接&category=卡脖子&cluster=船舶海工&page=2');
    await screen.findByText('大型船体分段焊接变形控制');
    const first = calls.find((c) => c.path === '/api/v1/public/demands');
    expect(Object.fromEntries(first!.query)).toEqual({ q: '焊接', category: '卡脖子', cluster: '船舶海工', page: '2', pageSize: '12' });

    const box = screen.getByRole('searchbox', { name: '搜索需求' });
    fireEvent.change(box, { target: { value: '膜材料' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await vi.waitFor(() => expect(calls.some((c) => c.path === '/api/v1/public/demands' && c.query.get('q') === '膜材料' && c.query.get('page') === '1')).toBe(true));
  });

  it('filters by category with one click', async () => {
    const { calls } = renderHall();
    await screen.findByText('大型船体分段焊接变形控制');
    fireEvent.click(within(screen.getByRole('group', { name: '需求类别' })).getByText('成果转化'));
    await vi.waitFor(() => expect(calls.some((c) => c.path === '/api/v1/public/demands' && c.query.get('category') === '成果转化')).toBe(true));
  });

  it('says so when a demand is not public', async () => {
    mockApi({ 'GET /api/v1/public/demands/9': () => apiError(404, 'NOT_FOUND', '需求不存在', 'Demand not found') });
    renderApp(
      <Routes>
        <Route path="/portal/demands/:id" element={<DemandDetailPage />} />
      </Routes>,
      { route: '/portal/demands/9' },
    );
    expect(await screen.findByText('需求不存在或未公开')).toBeTruthy();
  });

  it('asks for open demands by default and shows closed ones only under the 已结束 filter, each marked (expired never open)', async () => {
    const { calls } = renderHall('/portal/demands', [
      demand({ id: 1, title: '征集中的需求' }),
      demand({ id: 2, title: '对接中的需求', status: 'docking', phase: 'docking', isOpen: false }),
    ]);
    const open = await screen.findByRole('link', { name: '征集中的需求' });
    expect(calls.find((c) => c.path === '/api/v1/public/demands')!.query.has('view')).toBe(false);
    expect(within(open.closest('.ant-card') as HTMLElement).getByText('征集中')).toBeTruthy();
    const docking = screen.getByRole('link', { name: '对接中的需求' }).closest('.ant-card') as HTMLElement;
    expect(within(docking).getByText('对接中')).toBeTruthy();
    expect(within(docking).queryByText('征集中')).toBeNull();
    cleanup();
    vi.unstubAllGlobals();

    const closed = renderHall('/portal/demands', [
      demand({ id: 3, title: '去年截止的需求', deadline: '2025-01-01', phase: 'expired', isOpen: false }),
      demand({ id: 4, title: '已签约的需求', status: 'signed', phase: 'signed', isOpen: false }),
    ]);
    await screen.findByText('去年截止的需求');
    fireEvent.click(within(screen.getByRole('group', { name: '状态' })).getByText('已结束'));
    await vi.waitFor(() => expect(closed.calls.some((c) => c.path === '/api/v1/public/demands' && c.query.get('view') === 'closed')).toBe(true));
    const expired = screen.getByRole('link', { name: '去年截止的需求' }).closest('.ant-card') as HTMLElement;
    expect(within(expired).getByText('已截止')).toBeTruthy();
    expect(within(expired).queryByText('征集中')).toBeNull();
    expect(within(screen.getByRole('link', { name: '已签约的需求' }).closest('.ant-card') as HTMLElement).getByText('已签约')).toBeTruthy();
    expect(await screen.findByText(/不再征集/)).toBeTruthy();
  });

  it('keeps the 状态 filter in the address like the other filters: paging restarts, 清除筛选 goes back to the open ones', async () => {
    const { calls } = renderHall('/portal/demands?view=closed&page=2');
    await screen.findByText('大型船体分段焊接变形控制');
    const hall = () => calls.filter((c) => c.path === '/api/v1/public/demands');
    expect(Object.fromEntries(hall()[0]!.query)).toEqual({ view: 'closed', page: '2', pageSize: '12' });
    fireEvent.click(within(screen.getByRole('group', { name: '状态' })).getByText('全部'));
    await vi.waitFor(() => expect(hall().some((c) => c.query.get('view') === 'all' && c.query.get('page') === '1')).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await vi.waitFor(() => expect(Object.fromEntries(hall().at(-1)!.query)).toEqual({ page: '1', pageSize: '12' }));
    expect(screen.queryByRole('button', { name: '清除筛选' })).toBeNull();
  });
});
