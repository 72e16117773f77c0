import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../test/setup';
import type { TPerson } from './api';
import { PersonFormDrawer } from './PersonFormDrawer';

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const person: TPerson = {
  id: 7,
  name: '王海燕',
  gender: '女',
  birthYear: 1982,
  unit: '南通大学',
  title: '副教授',
  education: '博士研究生',
  disciplines: [],
  phone: '139****6789',
  idNumber: '3206**********0026',
  email: null,
  orgId: 2,
  orgName: '崇川区科学技术协会',
  memberships: [],
  isDemo: false,
  piiMasked: true,
  piiRevealable: true,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-02T00:00:00Z',
};

function renderForm(p: TPerson) {
  setSessionCookie();
  const api = mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles: ['city_staff'] } }),
    'GET /api/v1/orgs': () => ({ body: { items: [{ id: 2, name: '崇川区科学技术协会', kind: 'district', children: [] }], counts: {} } }),
    'GET /api/v1/config/city': () => ({ body: { clusters: { key: [], emerging: [], future: [] }, dictionary: { titles: [], education: [], disciplines: [] } } }),
    'GET /api/v1/people/7/pii': () => ({ body: { id: 7, phone: '13912346789', idNumber: '320602198201010026' } }),
    'PATCH /api/v1/people/7': (req) => ({ body: { ...p, ...(req.body as object) } }),
  });
  renderApp(<PersonFormDrawer open person={p} onClose={() => {}} />);
  return api;
}

describe('person form: masked numbers', () => {
  it('keeps masked numbers out of the saved body until they are revealed for editing', async () => {
    const { calls } = renderForm(person);
    const phone = (await screen.findByLabelText('手机号')) as HTMLInputElement;
    expect(phone.value).toBe('139****6789');
    expect(phone.readOnly).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const first = calls.find((c) => c.method === 'PATCH')!.body as Record<string, unknown>;
    expect(first).not.toHaveProperty('phone');
    expect(first).not.toHaveProperty('idNumber');
  });

  it('reveals both numbers with one audited request, then saves the changed phone', async () => {
    const { calls } = renderForm(person);
    fireEvent.click(await screen.findByRole('button', { name: '显示完整手机号并修改（记入审计日志）' }));
    const phone = (await screen.findByDisplayValue('13912346789')) as HTMLInputElement;
    expect(phone.readOnly).toBe(false);
    expect(screen.getByDisplayValue('320602198201010026')).toBeTruthy();
    expect(calls.filter((c) => c.path === '/api/v1/people/7/pii')).toHaveLength(1);
    fireEvent.change(phone, { target: { value: '13800001111' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toMatchObject({ phone: '13800001111', idNumber: '320602198201010026' });
  });

  it('offers no reveal to a role the configuration does not allow', async () => {
    renderForm({ ...person, piiRevealable: false });
    await screen.findByLabelText('手机号');
    expect(screen.queryByRole('button', { name: /并修改/ })).toBeNull();
  });
});
