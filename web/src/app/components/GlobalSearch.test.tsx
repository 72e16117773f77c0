import { cleanup, fireEvent, screen } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../test/setup';
import { GlobalSearch } from './GlobalSearch';

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

function Where() {
  const l = useLocation();
  return <output aria-label="where">{l.pathname + l.search}</output>;
}

// Every entity the server's providers return (platform: org, user; people: person; innovation: expert,
// enterprise, demand) shows under its own heading — the header used to drop the innovation ones.
const HITS = [
  { entity: 'expert', id: 11, title: '张海洋', subtitle: '南通大学', score: 0.9 },
  { entity: 'enterprise', id: 12, title: '中远海运川崎船舶工程', subtitle: null, score: 0.8 },
  { entity: 'demand', id: 13, title: '大型船舶焊接变形控制', subtitle: null, score: 0.7 },
  { entity: 'person', id: 14, title: '张三丰', subtitle: null, score: 0.6 },
  { entity: 'org', id: 15, title: '如皋市科协', subtitle: 'district', score: 0.5 },
  { entity: 'user', id: 16, title: '张某 (zhang)', subtitle: null, score: 0.4 },
];

describe('header search', () => {
  it('shows experts, enterprises and demands next to people, orgs and accounts, and opens each page', async () => {
    setSessionCookie();
    mockApi({ 'GET /api/v1/auth/me': () => ({ body: ME }), 'GET /api/v1/search': () => ({ body: { items: HITS } }) });
    renderApp(
      <Routes>
        <Route path="*" element={<><GlobalSearch /><Where /></>} />
      </Routes>,
    );
    const box = await screen.findByRole('combobox', { name: '全局搜索' });
    fireEvent.change(box, { target: { value: '张' } });
    await screen.findByText('张海洋', {}, { timeout: 3000 });
    for (const heading of ['专家', '企业', '技术需求', '科技工作者', '组织', '账号']) expect(screen.getByText(heading)).toBeTruthy();
    for (const hit of HITS) expect(screen.getByText(hit.title)).toBeTruthy();
    fireEvent.click(screen.getByText('大型船舶焊接变形控制'));
    await vi.waitFor(() => expect(screen.getByLabelText('where').textContent).toBe('/admin/demands/13'));
    fireEvent.change(box, { target: { value: '张海' } });
    fireEvent.click(await screen.findByText('张海洋', {}, { timeout: 3000 }));
    await vi.waitFor(() => expect(screen.getByLabelText('where').textContent).toBe('/admin/experts?view=11'));
  });
});
