import { cleanup, configure, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../test/setup';
import DashboardPage from './DashboardPage';
import type { TTodoItem } from './TodoCard';

configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const REVIEWER_TODOS: TTodoItem[] = [
  { key: 'innovation.demands.pending', label: '待我审核的技术需求', labelEn: 'Demands waiting for my review', count: 3, link: '/admin/demands?status=pending', overdue: true },
  { key: 'innovation.docking.requests', label: '企业申请对接待处理', labelEn: 'Docking requests from enterprises', count: 1, link: '/admin/demands?status=published', overdue: false },
  { key: 'innovation.invitations.unanswered', label: '专家超过 7 天未答复的邀请', labelEn: 'Invitations unanswered for over 7 days', count: 0, link: '/admin/demands', overdue: false },
];

function renderDashboard(roles: string[], todos: TTodoItem[], locale = 'zh-CN') {
  setSessionCookie();
  mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles, locale } }),
    'GET /api/v1/orgs': () => ({ body: { items: [], counts: {} } }),
    'GET /api/v1/people': () => ({ body: { items: [], total: 12 } }),
    'GET /api/v1/todos': () => ({ body: { items: todos } }),
  });
  renderApp(<DashboardPage />, { route: '/admin' });
}

describe('dashboard to-do list', () => {
  it('shows a reviewer each waiting item with its count, a link to the list, and the overdue ones flagged', async () => {
    renderDashboard(['district_staff'], REVIEWER_TODOS);
    const card = (await screen.findByText('我的待办')).closest('.ant-card') as HTMLElement;
    const pending = (await within(card).findByText('待我审核的技术需求')).closest('li') as HTMLElement;
    expect(within(pending).getByText('3')).toBeTruthy();
    expect(within(pending).getByText('有逾期')).toBeTruthy();
    expect(within(pending).getByRole('link', { name: /去处理/ }).getAttribute('href')).toBe('/admin/demands?status=pending');
    const requests = within(card).getByText('企业申请对接待处理').closest('li') as HTMLElement;
    expect(within(requests).getByText('1')).toBeTruthy();
    expect(within(requests).queryByText('有逾期')).toBeNull();
    expect(within(card).queryByText('全部处理完毕')).toBeNull();
  });

  it("shows an expert's item in English, and says when nothing is waiting", async () => {
    renderDashboard(
      ['expert'],
      [{ key: 'innovation.invitations.mine', label: '待我答复的对接邀请', labelEn: 'Invitations waiting for my answer', count: 0, link: '/admin/me/expert?tab=invitations', overdue: false }],
      'en-US',
    );
    expect(await screen.findByText('Invitations waiting for my answer')).toBeTruthy();
    expect(screen.getByText('All done')).toBeTruthy();
    expect(screen.getByText('My to-do list')).toBeTruthy();
  });
});
