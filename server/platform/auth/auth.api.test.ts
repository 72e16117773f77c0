import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, type TTestApp, createTestApp } from '../../test/harness.js';

describe('auth', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in with the right password and reports the current user', async () => {
    const me = await t.as(t.admin, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ username: 'admin', roles: ['admin'], orgName: '南通市科学技术协会' });
  });

  it('refuses a wrong password with a Chinese message and English beside it', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: 'nope-nope' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'AUTH_INVALID', message: '用户名或密码错误', messageEn: 'Wrong username or password' });
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    const user = await t.userAt('rugao', ['district_staff'], 'lockme');
    expect(user.userId).toBeGreaterThan(0);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'lockme', password: 'wrong-password' } });
      codes.push(r.statusCode);
    }
    expect(codes.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(codes[4]).toBe(429);
    const right = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'lockme', password: 'password-123' } });
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('AUTH_LOCKED');
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/auth/locale',
      payload: { locale: 'en-US' },
      headers: { cookie: t.admin.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
    const ok = await t.as(t.admin, { method: 'PUT', url: '/api/v1/auth/locale', payload: { locale: 'en-US' } });
    expect(ok.statusCode).toBe(204);
    const me = await t.as(t.admin, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json().locale).toBe('en-US');
  });

  it('issues a bearer token that works without CSRF and stops working once revoked', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/token', payload: { username: 'admin', password: ADMIN_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const { token, id } = res.json();
    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/orgs', headers: bearer })).statusCode).toBe(200);
    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${id}`, headers: bearer });
    expect(revoke.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/orgs', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('TOKEN_INVALID');
  });

  it('changes the password: the old one stops working, the new one works', async () => {
    const s = await t.userAt('haian', ['district_staff'], 'changer');
    const res = await t.as(s, { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'password-123', newPassword: 'new-password-456' } });
    expect(res.statusCode).toBe(204);
    await expect(t.login('changer', 'password-123')).rejects.toThrow(/401/);
    const again = await t.login('changer', 'new-password-456');
    expect(again.userId).toBe(s.userId);
  });

  it('signs out: the cookie no longer authenticates', async () => {
    const s = await t.userAt('haian', ['district_staff']);
    expect((await t.as(s, { method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await t.as(s, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('serves the OpenAPI document and reports database health', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(Object.keys(doc.json().paths)).toContain('/api/v1/users');
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toMatchObject({ status: 'ok', database: { ok: true } });
  });
});
