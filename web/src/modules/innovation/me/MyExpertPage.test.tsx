import { cleanup, configure, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, apiError, mockApi, renderApp, setSessionCookie } from '../../../test/setup';
import type { TExpert, TMyInvitation } from '../api';
import MyExpertPage from './MyExpertPage';

configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const expert: TExpert = {
  id: 42,
  name: '沈珩',
  unit: '江苏科技大学',
  title: '教授',
  disciplines: ['材料科学'],
  industries: ['船舶海工'],
  keywords: ['厚板焊接'],
  isAcademician: false,
  isPublic: true,
  orgId: 1,
  orgName: '南通市科学技术协会',
  achievementCount: 1,
  hasAccount: true,
  canEdit: false,
  isDemo: false,
  updatedAt: '2026-01-01T00:00:00Z',
  bio: '从事厚板焊接研究。',
  personId: null,
  userId: 5,
  achievements: [{ id: 1, kind: 'patent', title: '一种海工平台厚板焊接变形控制方法', abstract: null, keywords: [], year: 2025 }],
  contact: null,
  createdAt: '2026-01-01T00:00:00Z',
};

const invitation: TMyInvitation = {
  id: 11,
  demandId: 7,
  demandTitle: '海工平台厚板焊接变形控制',
  expertId: 42,
  expertName: '沈珩',
  expertUnit: '江苏科技大学',
  expertTitle: '教授',
  status: 'contacted',
  statusLabel: '已联系',
  score: 0.7,
  scoreAtInvite: 0.7,
  reasons: [{ kind: 'keywords', detail: '关键词: 厚板焊接' }],
  note: null,
  invitedAt: '2026-01-03T00:00:00Z',
  respondedAt: null,
  createdAt: '2026-01-03T00:00:00Z',
  updatedAt: '2026-01-03T00:00:00Z',
  demand: {
    id: 7,
    title: '海工平台厚板焊接变形控制',
    description: '桩腿厚板焊接后变形超差。',
    category: '技术攻关',
    cluster: '船舶海工',
    deadline: null,
    budgetMin: 50,
    budgetMax: 200,
    enterpriseName: '南通海洋工程装备有限公司',
    status: 'published',
    statusLabel: '已发布',
  },
};

function renderMe(route: string, extra: Parameters<typeof mockApi>[0] = {}) {
  setSessionCookie();
  const api = mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles: ['expert'] } }),
    'GET /api/v1/config/city': () => ({ body: { clusters: { key: [], emerging: [], future: [] }, dictionary: { titles: [], education: [], disciplines: [] } } }),
    'GET /api/v1/experts/me': () => ({ body: expert }),
    'GET /api/v1/experts/me/invitations': () => ({ body: { items: [invitation], total: 1 } }),
    'GET /api/v1/experts/me/recommended-demands': () => ({ body: { items: [] } }),
    ...extra,
  });
  renderApp(<MyExpertPage />, { route });
  return api;
}

describe('expert self-service page', () => {
  it('shows my profile with achievements', async () => {
    renderMe('/admin/me/expert');
    expect(await screen.findByText('江苏科技大学')).toBeTruthy();
    expect(screen.getByText('一种海工平台厚板焊接变形控制方法')).toBeTruthy();
    expect(screen.getByText('成果（1）')).toBeTruthy();
  });

  it('accepts an invitation with a note', async () => {
    const { calls } = renderMe('/admin/me/expert?tab=invitations', {
      'POST /api/v1/matches/11/respond': () => ({ body: { ...invitation, status: 'accepted' } }),
    });
    const row = (await screen.findByText('南通海洋工程装备有限公司', { exact: false })).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: '接受' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('备注'), { target: { value: '下周可到现场' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '接受' }));
    await vi.waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ accept: true, note: '下周可到现场' }), { timeout: 5000 });
  });

  it('says so when the account has no expert profile', async () => {
    renderMe('/admin/me/expert', { 'GET /api/v1/experts/me': () => apiError(404, 'NOT_FOUND', '专家档案不存在', 'Not found') });
    expect(await screen.findByText('您的账号尚未关联专家档案，请联系科协工作人员。')).toBeTruthy();
  });
});
