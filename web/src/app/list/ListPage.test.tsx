import { cleanup, configure, fireEvent, screen, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../test/setup';
import { api, type TQuery } from '../api';
import type { TPage } from '../types';
import { FilterSelect, ListPage, type TListColumn, readListQuery, useListPage } from '.';

configure({ asyncUtilTimeout: 5000 });

interface TThing {
  id: number;
  name: string;
  kind: string;
  phone: string;
}

interface TThingQuery {
  q?: string;
  kind?: string;
  sort?: string;
  page: number;
  pageSize: number;
}

const readThingQuery = (params: URLSearchParams): TThingQuery => ({
  ...readListQuery(params, ['name']),
  kind: params.get('kind') === 'a' || params.get('kind') === 'b' ? (params.get('kind') as string) : undefined,
});
const listThings = (q: TThingQuery, signal?: AbortSignal) => api.get<TPage<TThing>>('/api/v1/things', q as unknown as TQuery, signal);

/** Where the page is: what a reload would load again. */
function Address() {
  const { pathname, search } = useLocation();
  return <output data-testid="address">{pathname + search}</output>;
}

function ThingsPage({ onCreate }: { onCreate?: () => void }) {
  const state = useListPage({
    read: readThingQuery,
    queryKey: (q: TThingQuery) => ['things', 'list', q],
    fetch: listThings,
    exportUrl: '/api/v1/things/export',
  });
  const columns: TListColumn<TThing>[] = [
    { title: '名称', dataIndex: 'name', key: 'name', sorter: true, sortOrder: state.sortOrder('name'), width: 160 },
    { title: '类别', dataIndex: 'kind', key: 'kind', width: 100 },
    { title: '电话', dataIndex: 'phone', key: 'phone', width: 140 },
  ];
  return (
    <>
      <ListPage<TThing>
        title="物品"
        tableId="things"
        state={state}
        columns={columns}
        exportName="物品"
        create={onCreate ? { label: '新增物品', onClick: onCreate } : undefined}
        filters={
          <FilterSelect
            state={state}
            name="kind"
            placeholder="类别筛选"
            options={[
              { value: 'a', label: '甲类' },
              { value: 'b', label: '乙类' },
            ]}
            width={120}
          />
        }
      />
      <Address />
    </>
  );
}

const rows: TThing[] = [
  { id: 1, name: '显微镜', kind: 'a', phone: '138****0001' },
  { id: 2, name: '离心机', kind: 'b', phone: '138****0002' },
];

function renderThings(route = '/things', { items = rows, total = 45, onCreate }: { items?: TThing[]; total?: number; onCreate?: () => void } = {}) {
  setSessionCookie();
  const mock = mockApi({
    'GET /api/v1/auth/me': () => ({ body: ME }),
    'GET /api/v1/things': () => ({ body: { items, total } }),
    'GET /api/v1/things/export': () => ({ body: { ok: true } }),
  });
  renderApp(<ThingsPage onCreate={onCreate} />, { route });
  return mock;
}

const listCalls = (calls: Array<{ path: string; query: URLSearchParams }>) =>
  calls.filter((c) => c.path === '/api/v1/things').map((c) => Object.fromEntries(c.query));
const address = () => screen.getByTestId('address').textContent ?? '';

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

describe('shared list page', () => {
  it('keeps a filter in the address, and a reload of that address asks the server for the filtered list', async () => {
    const first = renderThings();
    await screen.findByText('显微镜');
    fireEvent.mouseDown(within(screen.getByLabelText('类别筛选').closest('.ant-select') as HTMLElement).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('乙类'));
    await vi.waitFor(() => expect(address()).toBe('/things?kind=b'));
    await vi.waitFor(() => expect(listCalls(first.calls).at(-1)).toEqual({ kind: 'b', page: '1', pageSize: '20' }));

    const link = address();
    cleanup();
    const reloaded = renderThings(link);
    await screen.findByText('显微镜');
    expect(listCalls(reloaded.calls)).toEqual([{ kind: 'b', page: '1', pageSize: '20' }]);
    expect(screen.getByRole('button', { name: '清除筛选' })).toBeTruthy();
  });

  it('sends the sort and the page to the server, and a new search goes back to page 1', async () => {
    const { calls } = renderThings('/things?kind=a');
    await screen.findByText('显微镜');
    fireEvent.click(screen.getByRole('columnheader', { name: /名称/ }));
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ kind: 'a', sort: 'name', page: '1', pageSize: '20' }));
    fireEvent.click(screen.getByTitle('2'));
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ kind: 'a', sort: 'name', page: '2', pageSize: '20' }));
    expect(address()).toBe('/things?kind=a&sort=name&page=2&pageSize=20');

    const box = screen.getByRole('searchbox', { name: '搜索' });
    fireEvent.change(box, { target: { value: '显微' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ q: '显微', kind: 'a', sort: 'name', page: '1', pageSize: '20' }));
  });

  it('exports with the filters and order of the list, without its paging', async () => {
    const { calls } = renderThings('/things?q=显微&kind=a&sort=-name&page=3&pageSize=50');
    await screen.findByText('显微镜');
    fireEvent.click(screen.getByRole('button', { name: /导\s*出/ }));
    await vi.waitFor(() => expect(calls.some((c) => c.path === '/api/v1/things/export')).toBe(true));
    const exported = calls.find((c) => c.path === '/api/v1/things/export');
    expect(Object.fromEntries(exported!.query)).toEqual({ q: '显微', kind: 'a', sort: '-name' });
    await screen.findByText(/已导出/);
  });

  it('hides a column from the column settings and remembers it for the next visit', async () => {
    renderThings();
    await screen.findByText('显微镜');
    expect(screen.getByText('138****0001')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '列设置' }));
    const phone = await screen.findByRole('checkbox', { name: '电话' });
    // The first column names the row: it cannot be hidden.
    expect((screen.getByRole('checkbox', { name: '名称' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(phone);
    await vi.waitFor(() => expect(screen.queryByText('138****0001')).toBeNull());
    expect(screen.queryByRole('columnheader', { name: '电话' })).toBeNull();

    cleanup();
    renderThings();
    await screen.findByText('显微镜');
    expect(screen.queryByText('138****0001')).toBeNull();
    expect(screen.getByRole('columnheader', { name: '类别' })).toBeTruthy();
  });

  it('keeps the first column fixed and scrolls the rest', async () => {
    renderThings();
    const cell = (await screen.findByText('显微镜')).closest('td') as HTMLElement;
    expect(cell.className).toContain('ant-table-cell-fix');
  });

  it('says when there are no records yet, offering to create one', async () => {
    const onCreate = vi.fn();
    renderThings('/things', { items: [], total: 0, onCreate });
    await screen.findByText('暂无记录');
    const empty = screen.getByText('暂无记录').closest('.ant-empty') as HTMLElement;
    fireEvent.click(within(empty).getByRole('button', { name: /新增物品/ }));
    expect(onCreate).toHaveBeenCalled();
  });

  it('says when the filters match nothing, and clears them on request', async () => {
    const { calls } = renderThings('/things?kind=b&q=无此物', { items: [], total: 0 });
    await screen.findByText('没有符合筛选条件的记录');
    const empty = screen.getByText('没有符合筛选条件的记录').closest('.ant-empty') as HTMLElement;
    fireEvent.click(within(empty).getByRole('button', { name: /清除筛选/ }));
    await vi.waitFor(() => expect(address()).toBe('/things'));
    await vi.waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ page: '1', pageSize: '20' }));
    expect((screen.getByRole('searchbox', { name: '搜索' }) as HTMLInputElement).value).toBe('');
  });
});
