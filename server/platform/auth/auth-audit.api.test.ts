import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { type TTestApp, createTestApp } from '../../test/harness.js';
import { users } from './auth.schema.js';
import { invalidateAuthCache } from './auth.service.js';

/** Sign-ins, failures, sign-outs, lockouts and token use in the audit log (entity `auth`), and 最近登录. */
describe('auth activity', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const auditOf = async (action: string, entityId?: number) => {
    const res = await t.as(t.admin, { method: 'GET', url: `/api/v1/audit?entity=auth&action=${action}&pageSize=100${entityId ? `&entityId=${entityId}` : ''}` });
    expect(res.statusCode).toBe(200);
    return res.json().items as Array<{ action: string; entityId: string | null; actorId: number | null; note: string | null }>;
  };

  it('records a sign-in and a sign-out of a district account', async () => {
    const s = await t.userAt('rugao', ['district_staff'], 'audit_rg');
    expect(await auditOf('login', s.userId)).toHaveLength(1);
    const out = await t.as(s, { method: 'POST', url: '/api/v1/auth/logout' });
    expect(out.statusCode).toBe(204);
    const rows = await auditOf('logout', s.userId);
    expect(rows).toHaveLength(1);
    expect(rows[0].actorId).toBe(s.userId);
  });

  it('records failed sign-ins, for unknown names too, and the lockout', async () => {
    const s = await t.userAt('haian', ['district_staff'], 'audit_lock');
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody_here', password: 'whatever-1' } });
    const unknown = (await auditOf('login_failed')).filter((r) => r.entityId === null);
    expect(unknown.length).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < 5; i++)
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'audit_lock', password: 'wrong-password' } });
    expect((await auditOf('login_failed', s.userId)).length).toBe(5);
    const lock = await auditOf('lockout', s.userId);
    expect(lock).toHaveLength(1);
    expect(lock[0].note).toContain('锁定');
  });

  it('audits the first use of an API token, not every request', async () => {
    const s = await t.userAt('root', ['city_staff'], 'audit_tok');
    const issued = await t.app.inject({ method: 'POST', url: '/api/v1/auth/token', payload: { username: 'audit_tok', password: 'password-123' } });
    expect(issued.statusCode).toBe(200);
    const { token } = issued.json();
    for (let i = 0; i < 3; i++) {
      const r = await t.app.inject({ method: 'GET', url: '/api/v1/orgs', headers: { authorization: `Bearer ${token}` } });
      expect(r.statusCode).toBe(200);
    }
    expect(await auditOf('token_use', s.userId)).toHaveLength(1);
    const tokens = await t.app.inject({ method: 'GET', url: '/api/v1/auth/tokens', headers: { authorization: `Bearer ${token}` } });
    expect(tokens.json().items[0].lastUsedAt).not.toBeNull();
  });

  it('shows 最近登录 for every account that signed in, not only admin', async () => {
    const s = await t.userAt('rugao', ['district_staff'], 'audit_seen');
    const res = await t.as(t.admin, { method: 'GET', url: `/api/v1/users/${s.userId}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().lastLoginAt).not.toBeNull();
  });

  it('moves 最近登录 forward while a signed-in browser session stays in use', async () => {
    const s = await t.userAt('rugao', ['district_staff'], 'audit_stay');
    const old = new Date(Date.now() - 3 * 24 * 3600_000);
    await t.database.db.update(users).set({ lastLoginAt: old }).where(eq(users.id, s.userId));
    invalidateAuthCache();
    expect((await t.as(s, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    const res = await t.as(t.admin, { method: 'GET', url: `/api/v1/users/${s.userId}` });
    expect(new Date(res.json().lastLoginAt).getTime()).toBeGreaterThan(old.getTime() + 24 * 3600_000);
  });
});
