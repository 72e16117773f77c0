// Test helpers: the app's providers around a page, and a fetch that answers like the server.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '../app/App';
import { createQueryClient } from '../app/query';

export interface TMockRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type THandler = (req: TMockRequest) => { status?: number; body?: unknown } | undefined;

/** Routes "METHOD /path" → handler; unknown routes answer 404 like the server does. Returns the call log. */
export function mockApi(routes: Record<string, THandler>) {
  const calls: TMockRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body;
    const req: TMockRequest = { method, path: url.pathname, query: url.searchParams, headers: new Headers(init?.headers), body };
    calls.push(req);
    const handler = routes[`${method} ${url.pathname}`];
    const res = handler?.(req) ?? {
      status: 404,
      body: { error: { code: 'ROUTE_NOT_FOUND', message: `接口不存在：${method} ${url.pathname}`, messageEn: 'No such endpoint' } },
    };
    const status = res.status ?? 200;
    if (status === 204) return new Response(null, { status });
    return new Response(JSON.stringify(res.body ?? {}), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

export const apiError = (status: number, code: string, message: string, messageEn: string) => ({
  status,
  body: { error: { code, message, messageEn } },
});

export const anonymous = () => apiError(401, 'UNAUTHENTICATED', '请先登录', 'Please sign in');

export const ME = {
  id: 1,
  username: 'admin',
  displayName: '平台管理员',
  roles: ['admin'],
  orgId: 1,
  orgName: '南通市科学技术协会',
  department: null,
  locale: 'zh-CN',
  csrfToken: 'csrf-from-me',
};

/** Renders UI inside the real providers and a memory router. */
export function renderApp(ui: ReactNode, { route = '/' }: { route?: string } = {}) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  return render(
    <AppProviders client={client}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </AppProviders>,
  );
}

/** Plays the server's sign-in: the non-httpOnly CSRF cookie that comes with a session. */
export function setSessionCookie(on = true) {
  // biome-ignore lint/suspicious/noDocumentCookie: the server sets this cookie; tests play the server
  document.cookie = on ? 'kexie_csrf=test-csrf; path=/' : 'kexie_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
}
