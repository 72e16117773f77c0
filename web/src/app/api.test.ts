import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, setSessionCookie } from '../test/setup';
import { ApiError, api, fileNameFrom, setCsrfToken, toQueryString } from './api';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(undefined);
  setSessionCookie(false);
});

describe('api client', () => {
  it('sends the CSRF token on writes, not on reads', async () => {
    const { calls } = mockApi({ 'GET /api/v1/x': () => ({ body: {} }), 'POST /api/v1/x': () => ({ status: 204 }) });
    setCsrfToken('tok-1');
    await api.get('/api/v1/x');
    await api.post('/api/v1/x', { a: 1 });
    expect(calls[0].headers.get('x-csrf-token')).toBeNull();
    expect(calls[1].headers.get('x-csrf-token')).toBe('tok-1');
    expect(calls[1].body).toEqual({ a: 1 });
  });

  it('answers the first GET of a path index.html already asked for with that response, later ones ask again', async () => {
    const { calls } = mockApi({ 'GET /api/v1/auth/me': () => ({ body: { who: 'again' } }) });
    window.__kexieEarly = { '/api/v1/auth/me': Promise.resolve(new Response('{"who":"early"}', { headers: { 'content-type': 'application/json' } })) };
    expect(await api.get('/api/v1/auth/me')).toEqual({ who: 'early' });
    expect(calls).toHaveLength(0);
    expect(await api.get('/api/v1/auth/me')).toEqual({ who: 'again' });
    expect(calls).toHaveLength(1);
    window.__kexieEarly = undefined;
  });

  it('falls back to the kexie_csrf cookie', async () => {
    const { calls } = mockApi({ 'DELETE /api/v1/x/1': () => ({ status: 204 }) });
    setSessionCookie();
    await api.delete('/api/v1/x/1');
    expect(calls[0].headers.get('x-csrf-token')).toBe('test-csrf');
  });

  it('turns an error body into an ApiError with both languages and field errors', async () => {
    mockApi({
      'POST /api/v1/people': () => ({
        status: 400,
        body: { error: { code: 'VALIDATION_FAILED', message: '请求参数有误', messageEn: 'Invalid request', fields: [{ path: 'body.phone', message: 'bad' }] } },
      }),
    });
    const err = (await api.post('/api/v1/people', {}).catch((e) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(400);
    expect(err.text('zh-CN')).toBe('请求参数有误');
    expect(err.text('en-US')).toBe('Invalid request');
    expect(err.fields).toEqual([{ path: 'body.phone', message: 'bad' }]);
  });

  it('builds query strings without empty values', () => {
    expect(toQueryString({ q: 'zsf', orgId: 3, gender: undefined, title: '' })).toBe('?q=zsf&orgId=3');
  });

  it('reads Chinese file names from Content-Disposition', () => {
    expect(fileNameFrom("attachment; filename=\"people.xlsx\"; filename*=UTF-8''%E7%A7%91%E6%8A%80.xlsx", 'x')).toBe('科技.xlsx');
    expect(fileNameFrom('attachment; filename="a.csv"', 'x')).toBe('a.csv');
    expect(fileNameFrom(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
