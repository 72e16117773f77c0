import { cleanup, configure, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { creditCodeCheckChar } from '../../../../../shared/validators';
import { ME, mockApi, renderApp, setSessionCookie } from '../../../test/setup';
import { EnterpriseFormDrawer, normalizeCreditCode } from './EnterpriseFormDrawer';

configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const FIRST17 = '91320600MA1XP3Y84'; // the alphabet has no I, O, Z, S, V
const VALID = FIRST17 + creditCodeCheckChar(FIRST17);
const WRONG = FIRST17 + (VALID.endsWith('0') ? '1' : '0');

function renderForm(create: () => { status: number; body: unknown }) {
  setSessionCookie();
  const api = mockApi({
    'GET /api/v1/auth/me': () => ({ body: { ...ME, roles: ['city_staff'] } }),
    'GET /api/v1/orgs': () => ({ body: { items: [{ id: 1, code: 'nantong', name: '南通市科学技术协会', shortName: null, kind: 'city', adcode: null, parentId: null, children: [] }], counts: {} } }),
    'GET /api/v1/config/city': () => ({ body: { clusters: { key: ['船舶海工'], emerging: [], future: [] }, dictionary: { titles: [], education: [], disciplines: [] } } }),
    'GET /api/v1/users': () => ({ body: { items: [], total: 0 } }),
    'POST /api/v1/enterprises': create,
  });
  renderApp(<EnterpriseFormDrawer open enterprise={null} onClose={() => {}} />);
  return api;
}

describe('enterprise form', () => {
  it('normalizes a typed credit code', () => {
    expect(normalizeCreditCode(' 91320600ma1x p3y84 ')).toBe('91320600MA1XP3Y84');
  });

  it('refuses a credit code whose check character is wrong, before asking the server', async () => {
    const { calls } = renderForm(() => ({ status: 201, body: {} }));
    fireEvent.change(await screen.findByLabelText('企业名称'), { target: { value: '南通测试装备有限公司' } });
    fireEvent.change(screen.getByLabelText('统一社会信用代码'), { target: { value: WRONG } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('统一社会信用代码不正确（校验位不符）')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('sends a valid code and shows the server error next to the field', async () => {
    const { calls } = renderForm(() => ({
      status: 409,
      body: { error: { code: 'CREDIT_CODE_TAKEN', message: '该统一社会信用代码已登记', messageEn: 'Taken', fields: [{ path: 'body.creditCode', message: '已被其他企业使用' }] } },
    }));
    fireEvent.change(await screen.findByLabelText('企业名称'), { target: { value: '南通测试装备有限公司' } });
    fireEvent.change(screen.getByLabelText('统一社会信用代码'), { target: { value: VALID.toLowerCase() } });
    expect(await screen.findByText('南通市科学技术协会')).toBeTruthy(); // the user's org, preselected
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ name: '南通测试装备有限公司', creditCode: VALID, orgId: 1 }), { timeout: 5000 });
    expect(await screen.findByText('该统一社会信用代码已登记')).toBeTruthy();
    expect(await screen.findByText('已被其他企业使用')).toBeTruthy();
  });
});
