import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../test/setup';
import AuditPage from './AuditPage';

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const row = (id: number, entity: string, action: string, actorName = '平台管理员') => ({
  id,
  at: '2026-01-02T03:04:05Z',
  actorId: 5,
  actorName,
  orgId: 1,
  entity,
  entityId: String(id),
  action,
  before: null,
  after: null,
  ip: null,
  note: null,
});

function renderAudit(route: string, items: unknown[]) {
  setSessionCookie();
  mockApi({
    'GET /api/v1/auth/me': () => ({ body: ME }),
    'GET /api/v1/audit': () => ({ body: { items, total: items.length } }),
    'GET /api/v1/users/9': () => ({ body: { id: 9, username: 'rugao', displayName: '如皋管理员' } }),
  });
  renderApp(<AuditPage />, { route });
}

describe('audit page', () => {
  it('names every entity and action the server writes, and shows an unknown code as itself', async () => {
    renderAudit('/admin/audit', [
      row(1, 'demo_innovation', 'seed'),
      row(2, 'demand', 'transition'),
      row(3, 'match', 'docking-request'),
      row(4, 'auth', 'login_failed'),
      row(5, 'auth', 'lockout'),
      row(6, 'service_visit', 'create'),
      row(7, 'brand_new_thing', 'frobnicate'),
      row(8, 'person', 'reveal_pii'),
      row(9, 'notification', 'read'),
      row(10, 'notification', 'read-all'),
      row(11, 'demo_people', 'seed'),
    ]);
    const table = await screen.findByRole('table');
    await within(table).findByText('科创服务演示数据');
    for (const text of ['生成演示数据', '技术需求', '变更状态', '专家对接', '申请对接', '登录失败', '账号临时锁定', '服务团走访', 'brand_new_thing', 'frobnicate', '查看完整个人信息', '站内通知', '标为已读', '全部标为已读', '科技工作者演示数据'])
      expect(within(table).getAllByText(text).length).toBeGreaterThan(0);
    expect(within(table).queryByText('demo_innovation')).toBeNull();
    expect(within(table).queryByText('login_failed')).toBeNull();
    for (const code of ['reveal_pii', 'notification', 'read', 'read-all', 'demo_people']) expect(within(table).queryByText(code)).toBeNull();
  });

  it('shows the filtered actor by name, also when the list is empty', async () => {
    renderAudit('/admin/audit?actorId=9', []);
    expect(await screen.findByText('操作人：如皋管理员')).toBeTruthy();
    expect(screen.queryByText('操作人：9')).toBeNull();
  });
});
