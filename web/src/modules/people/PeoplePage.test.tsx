import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../test/setup';
import type { TPerson } from './api';
import PeoplePage from './PeoplePage';

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const person = (patch: Partial<TPerson>): TPerson => ({
  id: 1,
  name: '张三丰',
  gender: '男',
  birthYear: 1970,
  unit: '南通大学',
  title: '教授',
  education: '博士研究生',
  disciplines: ['数学'],
  phone: '138****0000',
  idNumber: '3206**********1234',
  email: null,
  orgId: 2,
  orgName: '崇川区科学技术协会',
  memberships: [],
  isDemo: true,
  piiMasked: true,
  piiRevealable: true,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-02T00:00:00Z',
  ...patch,
});

function renderPeople(roles: string[], route = '/admin/people') {
  setSessionCookie();
  const api = mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles } }),
    'GET /api/v1/orgs': () => ({ body: { items: [], counts: {} } }),
    'GET /api/v1/config/city': () => ({
      body: { clusters: { key: [], emerging: [], future: [] }, dictionary: { titles: ['教授'], education: ['博士研究生'], disciplines: ['数学'] } },
    }),
    'GET /api/v1/people': () => ({ body: { items: [person({}), person({ id: 2, name: '李四', isDemo: false })], total: 42 } }),
  });
  renderApp(<PeoplePage />, { route });
  return api;
}

describe('people page', () => {
  it('lists people with the demo tag, masked numbers and the total', async () => {
    renderPeople(['leader']);
    const row = (await screen.findByText('张三丰')).closest('tr') as HTMLElement;
    expect(within(row).getByRole('img', { name: '演示' })).toBeTruthy();
    expect(within(row).getByText('138****0000')).toBeTruthy();
    const other = screen.getByText('李四').closest('tr') as HTMLElement;
    expect(within(other).queryByRole('img', { name: '演示' })).toBeNull();
    expect(screen.getByText('共 42 条')).toBeTruthy();
  });

  it('sends the filters of the page address to the server', async () => {
    const { calls } = renderPeople(['admin'], '/admin/people?q=zsf&orgId=7&sort=-birthYear&page=2');
    await screen.findByText('张三丰');
    const list = calls.find((c) => c.path === '/api/v1/people');
    expect(Object.fromEntries(list!.query)).toEqual({ q: 'zsf', orgId: '7', sort: '-birthYear', page: '2', pageSize: '20' });
  });

  it('offers import and create only to roles that may write', async () => {
    renderPeople(['leader']);
    await screen.findByText('张三丰');
    expect(screen.getByRole('button', { name: '导出' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '导入' })).toBeNull();
    expect(screen.queryByRole('button', { name: '新增' })).toBeNull();
    cleanup();
    renderPeople(['liaison']);
    await screen.findByText('张三丰');
    expect(screen.getByRole('button', { name: '导入' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '新增' })).toBeTruthy();
  });

  it('searches on Enter', async () => {
    const { calls } = renderPeople(['admin']);
    await screen.findByText('张三丰');
    const box = screen.getByRole('searchbox', { name: '搜索' });
    fireEvent.change(box, { target: { value: '张三' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await vi.waitFor(() => expect(calls.some((c) => c.path === '/api/v1/people' && c.query.get('q') === '张三')).toBe(true));
  });

  it('shows names as real links to the record (role link, an address to open in a new tab)', async () => {
    renderPeople(['leader'], '/admin/people?q=zsf');
    const link = await screen.findByRole('link', { name: '张三丰' });
    const href = new URL(link.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/admin/people');
    expect(href.searchParams.get('view')).toBe('1');
    expect(href.searchParams.get('q')).toBe('zsf');
  });

  it('shows the list without waiting for the org tree, and loads the tree when the org filter is reached for', async () => {
    const { calls } = renderPeople(['admin']);
    await screen.findByText('张三丰');
    expect(calls.some((c) => c.path === '/api/v1/orgs')).toBe(false);
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '按组织筛选' }));
    await vi.waitFor(() => expect(calls.some((c) => c.path === '/api/v1/orgs')).toBe(true));
  });
});

describe('people page: revealing a number', () => {
  it('names each 显示 button after its field and shows the full number the audited request returns', async () => {
    setSessionCookie();
    const { calls } = mockApi({
      'GET /api/v1/auth/me': () => ({ body: { ...ME, roles: ['city_staff'] } }),
      'GET /api/v1/orgs': () => ({ body: { items: [], counts: {} } }),
      'GET /api/v1/config/city': () => ({ body: { clusters: { key: [], emerging: [], future: [] }, dictionary: { titles: [], education: [], disciplines: [] } } }),
      'GET /api/v1/people': () => ({ body: { items: [person({})], total: 1 } }),
      'GET /api/v1/people/1': () => ({ body: person({}) }),
      'GET /api/v1/people/1/pii': () => ({ body: { id: 1, phone: '13800000000', idNumber: '320602197001011234' } }),
    });
    renderApp(<PeoplePage />, { route: '/admin/people?view=1' });
    const drawer = await screen.findByRole('dialog');
    const phoneButton = await within(drawer).findByRole('button', { name: '显示完整手机号（记入审计日志）' });
    expect(within(drawer).getByRole('button', { name: '显示完整身份证号（记入审计日志）' })).toBeTruthy();
    fireEvent.click(phoneButton);
    expect(await within(drawer).findByText('13800000000')).toBeTruthy();
    // only the phone was revealed; the ID number stays masked until its own click
    expect(within(drawer).getByText('3206**********1234')).toBeTruthy();
    expect(calls.filter((c) => c.path === '/api/v1/people/1/pii')).toHaveLength(1);
  });
});
