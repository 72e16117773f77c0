import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../../test/setup';
import type { TBase, TBaseDetail, TBaseList, TPublicBase } from './api';
import BasesPage from './BasesPage';
import PortalBaseMapPage from './PortalBaseMapPage';

// ECharts draws on a canvas happy-dom does not have: the stand-in renders the option's markers as
// buttons (one per data point, per series), and a click on one calls the chart's click handler.
vi.mock('echarts-for-react/esm/core', () => ({
  default: ({ option, onEvents }: { option: { series: Array<{ id: string; name: string; data: unknown[][] }> }; onEvents?: { click?: (p: unknown) => void } }) => (
    <div data-testid="chart">
      {option.series
        .filter((s) => s.id !== 'districts')
        .flatMap((s) =>
          s.data.map((d) => (
            <button key={String(d[3])} type="button" data-series={s.name} data-lng={String(d[0])} data-lat={String(d[1])} onClick={() => onEvents?.click?.({ seriesId: s.id, data: d })}>
              marker:{String(d[2])}
            </button>
          )),
        )}
    </div>
  ),
}));

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const base = (patch: Partial<TBase>): TBase => ({
  id: 1,
  kind: 'education_base',
  name: '南通博物苑',
  level: 'national',
  category: 'venue',
  hostUnit: '南通博物苑',
  address: '崇川区濠南路 19 号',
  districtId: 2,
  districtName: '崇川区科学技术协会',
  orgId: 1,
  orgName: '南通市科学技术协会',
  contactName: '王老师',
  contactPhone: '139****5678',
  piiMasked: true,
  piiRevealable: true,
  lng: 120.866,
  lat: 32.004,
  status: 'recognized',
  statusLabel: '认定',
  statusReason: null,
  recognizedOn: '2021-09-15',
  validUntil: '2026-09-15',
  lastReviewedOn: null,
  reviewDue: true,
  isExpired: true,
  description: null,
  isPublic: true,
  allowedTransitions: ['in_review', 'cancelled'],
  canEdit: true,
  isDemo: false,
  createdAt: '2021-06-01T00:00:00Z',
  updatedAt: '2021-09-15T00:00:00Z',
  ...patch,
});

const list = (items: TBase[]): TBaseList => ({
  items,
  total: items.length,
  totals: { byKind: { education_base: items.length }, byLevel: {}, byStatus: {}, byDistrict: {} },
});

function renderList(roles: string[], items: TBase[], route = '/admin/outreach/bases', detail?: TBaseDetail) {
  setSessionCookie();
  const api = mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles } }),
    'GET /api/v1/orgs': () => ({ body: { items: [], counts: {} } }),
    'GET /api/v1/bases': () => ({ body: list(items) }),
    ...(detail ? { [`GET /api/v1/bases/${detail.id}`]: () => ({ body: detail }) } : {}),
    ...(detail ? { [`POST /api/v1/bases/${detail.id}/transitions`]: () => ({ body: { ...detail, status: 'in_review', allowedTransitions: [] } }) } : {}),
  });
  renderApp(<BasesPage />, { route });
  return api;
}

describe('科普阵地 list page', () => {
  it('lists bases with kind, level, state, the masked phone hidden by default, and flags an expired validity', async () => {
    renderList(['city_staff'], [base({}), base({ id: 2, name: '如皋市青少年科技馆', level: 'municipal', status: 'applied', reviewDue: false, isExpired: false, validUntil: null })]);
    const row = (await screen.findByText('南通博物苑')).closest('tr') as HTMLElement;
    expect(within(row).getByText('科普教育基地')).toBeTruthy();
    expect(within(row).getByText('国家级')).toBeTruthy();
    expect(within(row).getByText('认定')).toBeTruthy();
    expect(within(row).getByText('已过期')).toBeTruthy();
    expect(screen.queryByText('139****5678')).toBeNull(); // the phone column is hidden until shown
    const other = screen.getByText('如皋市青少年科技馆').closest('tr') as HTMLElement;
    expect(within(other).getByText('申报')).toBeTruthy();
    expect(screen.getByRole('button', { name: '推荐科普阵地' })).toBeTruthy();
  });

  it('offers no create button to a leader, and asks the server with the filters of the address', async () => {
    const { calls } = renderList(['leader'], [base({ canEdit: false, allowedTransitions: [] })], '/admin/outreach/bases?kind=education_base&level=national&districtId=2');
    await screen.findByText('南通博物苑');
    expect(screen.queryByRole('button', { name: '推荐科普阵地' })).toBeNull();
    const req = calls.find((c) => c.path === '/api/v1/bases');
    expect(Object.fromEntries(req!.query)).toMatchObject({ kind: 'education_base', level: 'national', districtId: '2', page: '1' });
  });

  it('opens the detail with its 流转记录 and the moves the user may take', async () => {
    const detail: TBaseDetail = {
      ...base({}),
      transitions: [
        { id: 1, from: 'recommended', to: 'applied', fromLabel: '推荐', toLabel: '申报', actorId: 3, actorName: '演示·崇川区科协工作人员', actorOrgId: 2, actorOrgName: '崇川区科学技术协会', reason: null, at: '2021-06-01T02:00:00Z' },
        { id: 2, from: 'under_review', to: 'recognized', fromLabel: '审核', toLabel: '认定', actorId: 4, actorName: '演示·市科协学会学术部', actorOrgId: 1, actorOrgName: '南通市科学技术协会', reason: null, at: '2021-09-15T02:00:00Z' },
      ],
    };
    const { calls } = renderList(['city_staff'], [base({})], '/admin/outreach/bases?view=1', detail);
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('流转记录')).toBeTruthy();
    expect(within(drawer).getByText(/演示·崇川区科协工作人员/)).toBeTruthy();
    expect(within(drawer).getByRole('button', { name: '取消认定' })).toBeTruthy();
    fireEvent.click(within(drawer).getByRole('button', { name: '开始复核' }));
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/bases/1/transitions')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ to: 'in_review' });
  });
});

const pub = (patch: Partial<TPublicBase>): TPublicBase => ({
  id: 1,
  kind: 'education_base',
  name: '南通博物苑',
  level: 'national',
  category: 'venue',
  hostUnit: '南通博物苑',
  address: '崇川区濠南路 19 号',
  districtId: 2,
  districtName: '崇川区科学技术协会',
  lng: 120.866,
  lat: 32.004,
  recognizedOn: '2017-06-01',
  description: '中国第一座公共博物馆',
  ...patch,
});

describe('科普阵地 portal map', () => {
  it('draws one marker per located base, coloured by kind, with the list and counts beside it', async () => {
    const items = [
      pub({}),
      pub({ id: 2, kind: 'screen', name: '如城街道党群服务中心科普大屏', level: null, districtId: 7, districtName: '如皋市科学技术协会', lng: 120.57, lat: 32.38 }),
      pub({ id: 3, kind: 'gallery', name: '长青村科普画廊', level: null, districtId: 7, districtName: '如皋市科学技术协会', lng: null, lat: null }),
    ];
    const { calls } = mockApi({
      'GET /api/v1/auth/me': () => ({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: '请先登录', messageEn: 'Please sign in' } } }),
      'GET /api/v1/public/bases': () => ({
        body: {
          items,
          total: 3,
          districts: [
            { id: 2, name: '崇川区科学技术协会' },
            { id: 7, name: '如皋市科学技术协会' },
          ],
          totals: { byKind: {}, byDistrict: {} },
        },
      }),
    });
    renderApp(<PortalBaseMapPage />, { route: '/portal/bases?kind=' });
    const chart = await screen.findByTestId('chart');
    const markers = within(chart).getAllByRole('button');
    expect(markers.map((m) => m.textContent)).toEqual(['marker:南通博物苑', 'marker:如城街道党群服务中心科普大屏']);
    expect(markers[0].dataset.series).toBe('科普教育基地');
    expect(markers[1].dataset.series).toBe('科普大屏');
    expect(markers[0].dataset.lng).toBe('120.866');
    // the list beside holds the base without a location too
    const listBox = screen.getByRole('region', { name: '阵地列表' });
    expect(within(listBox).getByText('长青村科普画廊')).toBeTruthy();
    expect(screen.getByText('另有 1 个未标注位置')).toBeTruthy();
    // counts by district: 如皋 has a screen and a gallery
    const rugao = screen.getByText('如皋市').closest('tr') as HTMLElement;
    expect(within(rugao).getAllByRole('cell').at(-1)?.textContent).toBe('2');
    // a click on a marker shows the base's public details
    fireEvent.click(markers[0]);
    expect(await screen.findByText('中国第一座公共博物馆')).toBeTruthy();
    expect(calls.filter((c) => c.path === '/api/v1/public/bases').length).toBeGreaterThan(0);
  });

  it('sends the chosen kind to the server', async () => {
    const { calls } = mockApi({
      'GET /api/v1/auth/me': () => ({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: '请先登录', messageEn: 'Please sign in' } } }),
      'GET /api/v1/public/bases': () => ({ body: { items: [], total: 0, districts: [], totals: { byKind: {}, byDistrict: {} } } }),
    });
    renderApp(<PortalBaseMapPage />, { route: '/portal/bases?kind=screen&level=bogus' });
    expect(await screen.findByText('没有符合条件的科普阵地')).toBeTruthy();
    const req = calls.find((c) => c.path === '/api/v1/public/bases');
    expect(Object.fromEntries(req!.query)).toEqual({ kind: 'screen' });
  });
});
