import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME, mockApi, renderApp, setSessionCookie } from '../../test/setup';
import OrgsPage from './OrgsPage';

afterEach(() => {
  cleanup();
  setSessionCookie(false);
  vi.unstubAllGlobals();
});

const node = (id: number, name: string, kind: string, parentId: number | null, children: unknown[] = []) => ({
  id,
  code: `c${id}`,
  name,
  shortName: null,
  kind,
  adcode: null,
  parentId,
  children,
});

describe('org tree', () => {
  it('names each tree item by the org alone (no caret icon text)', async () => {
    setSessionCookie();
    mockApi({
      'GET /api/v1/auth/me': () => ({ body: ME }),
      'GET /api/v1/orgs': () => ({
        body: { items: [node(1, '南通市科学技术协会', 'city', null, [node(2, '如皋市科学技术协会', 'district', 1)])], counts: { city: 1, district: 1 } },
      }),
    });
    renderApp(<OrgsPage />, { route: '/admin/orgs' });
    const items = await screen.findAllByRole('treeitem');
    expect(items.length).toBeGreaterThan(0);
    expect(screen.getAllByRole('treeitem', { name: /^南通市科学技术协会/ }).length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('treeitem', { name: /caret/i })).toEqual([]);
  });
});
