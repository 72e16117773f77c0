import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../test/setup';
import type { TNotification } from './api';
import { NotificationBell } from './NotificationBell';

const note = (id: number, patch: Partial<TNotification> = {}): TNotification => ({
  id,
  kind: 'match.docking-request',
  title: `对接申请：需求${id}`,
  titleEn: `Docking request ${id}`,
  body: '企业「南通海工」申请与专家「沈珩」对接',
  link: `/admin/demands/${id}`,
  entity: 'match',
  entityId: id,
  createdAt: '2026-01-05T08:00:00Z',
  readAt: null,
  ...patch,
});

function Where() {
  return <div data-testid="where">{useLocation().pathname}</div>;
}

function renderBell(items: TNotification[]) {
  setSessionCookie();
  let list = items;
  const api = mockApi({
    'GET /api/v1/auth/me': () => ({ body: ME }),
    'GET /api/v1/notifications': () => ({ body: { items: list, total: list.length, unread: list.filter((n) => !n.readAt).length } }),
    'POST /api/v1/notifications/read-all': () => {
      list = list.map((n) => ({ ...n, readAt: n.readAt ?? '2026-01-06T00:00:00Z' }));
      return { body: { updated: 2 } };
    },
    'POST /api/v1/notifications/7/read': () => {
      list = list.map((n) => (n.id === 7 ? { ...n, readAt: '2026-01-06T00:00:00Z' } : n));
      return { body: list.find((n) => n.id === 7) };
    },
  });
  renderApp(
    <>
      <NotificationBell />
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </>,
    { route: '/admin' },
  );
  return api;
}

describe('notification bell', () => {
  afterEach(() => cleanup());

  it('shows the unread count, lists the notifications and marks all read', async () => {
    const { calls } = renderBell([note(7), note(8), note(9, { readAt: '2026-01-04T00:00:00Z' })]);
    const bell = await screen.findByRole('button', { name: '通知，2 条未读' });
    fireEvent.click(bell);
    expect(await screen.findByText('对接申请：需求7')).toBeTruthy();
    expect(screen.getByText('对接申请：需求9')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '全部已读' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/notifications/read-all')).toBe(true));
    expect(await screen.findByRole('button', { name: '通知' })).toBeTruthy();
  });

  it('opens a notification’s link and marks it read', async () => {
    const { calls } = renderBell([note(7)]);
    fireEvent.click(await screen.findByRole('button', { name: '通知，1 条未读' }));
    fireEvent.click(await screen.findByText('对接申请：需求7'));
    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/admin/demands/7'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/notifications/7/read')).toBe(true));
    expect(await screen.findByRole('button', { name: '通知' })).toBeTruthy();
  });
});
