import { z } from 'zod';
import { LIMITS } from '../../../shared/limits.js';
import { CSRF_COOKIE, SESSION_COOKIE, type TAppDeps, type TZodApp, requireActor } from '../http/context.js';
import { getOrgById } from '../orgs/org.service.js';
import {
  authenticate,
  changePassword,
  createSession,
  deleteSession,
  issueApiToken,
  loadActor,
  listApiTokens,
  resolveSession,
  revokeApiToken,
  setLocale,
} from './auth.service.js';
import { ZPassword } from './user.service.js';

const ZLogin = z.strictObject({
  username: z.string().min(1).max(LIMITS.usernameMax).describe('login name'),
  password: z.string().min(1).max(LIMITS.passwordMax).describe('password'),
});

const ZMe = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  orgId: z.number(),
  orgName: z.string(),
  department: z.string().nullable(),
  locale: z.enum(['zh-CN', 'en-US']),
  csrfToken: z.string().optional().describe('echo in the x-csrf-token header on writes (cookie sessions)'),
});

export function registerAuthRoutes(app: TZodApp, deps: TAppDeps) {
  const { db } = deps;
  const cookieOpts = {
    path: '/',
    sameSite: 'lax' as const,
    secure: deps.env.KEXIE_SECURE_COOKIES === '1',
    maxAge: deps.env.KEXIE_SESSION_HOURS * 3600,
  };

  const me = async (actor: ReturnType<typeof requireActor>, csrfToken?: string) => {
    const org = await getOrgById(db, actor.orgId);
    return {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      roles: actor.roles,
      orgId: actor.orgId,
      orgName: org?.name ?? '',
      department: actor.department,
      locale: actor.locale,
      csrfToken,
    };
  };

  app.post(
    '/api/v1/auth/login',
    { schema: { tags: ['auth'], summary: '登录 Sign in (sets the session cookie)', body: ZLogin, response: { 200: ZMe } } },
    async (req, reply) => {
      const user = await authenticate(db, req.body.username, req.body.password, req.ip);
      const { token, csrfToken } = await createSession(db, user.id, deps.env.KEXIE_SESSION_HOURS, {
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOpts, httpOnly: true });
      reply.setCookie(CSRF_COOKIE, csrfToken, { ...cookieOpts, httpOnly: false });
      const session = await resolveSession(db, token);
      return me(session!.actor, csrfToken);
    },
  );

  app.post('/api/v1/auth/logout', { schema: { tags: ['auth'], summary: '退出 Sign out' } }, async (req, reply) => {
    if (req.sessionToken) await deleteSession(db, req.sessionToken, req.actor);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    reply.clearCookie(CSRF_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/api/v1/auth/me', { schema: { tags: ['auth'], summary: '当前用户 Current user', response: { 200: ZMe } } }, async (req) => {
    const actor = requireActor(req);
    const csrf = req.sessionToken ? (await resolveSession(db, req.sessionToken))?.csrfToken : undefined;
    return me(actor, csrf);
  });

  app.post(
    '/api/v1/auth/token',
    {
      schema: {
        tags: ['auth'],
        summary: '获取 API 令牌 Issue an API token for scripts (Authorization: Bearer)',
        body: ZLogin.extend({ name: z.string().min(1).max(100).optional().describe('what the token is for') }),
        response: { 200: z.object({ token: z.string(), id: z.number(), prefix: z.string() }) },
      },
    },
    async (req) => {
      const user = await authenticate(db, req.body.username, req.body.password, req.ip, 'token');
      const actor = await loadActor(db, user.id, 'token');
      const issued = await issueApiToken(db, { ...actor!, ip: req.ip }, req.body.name ?? 'api');
      return { token: issued.token, id: issued.id, prefix: issued.prefix };
    },
  );

  app.get('/api/v1/auth/tokens', { schema: { tags: ['auth'], summary: '我的 API 令牌 My API tokens' } }, async (req) => {
    return { items: await listApiTokens(db, requireActor(req)) };
  });

  app.delete(
    '/api/v1/auth/tokens/:id',
    { schema: { tags: ['auth'], summary: '撤销令牌 Revoke a token', params: z.object({ id: z.coerce.number().int().positive() }) } },
    async (req, reply) => {
      await revokeApiToken(db, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: '修改密码 Change my password',
        body: z.strictObject({ currentPassword: z.string().min(1).max(LIMITS.passwordMax), newPassword: ZPassword }),
      },
    },
    async (req, reply) => {
      await changePassword(db, requireActor(req), req.body.currentPassword, req.body.newPassword, req.sessionToken);
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/v1/auth/locale',
    { schema: { tags: ['auth'], summary: '界面语言 Set my UI language', body: z.strictObject({ locale: z.enum(['zh-CN', 'en-US']) }) } },
    async (req, reply) => {
      await setLocale(db, requireActor(req), req.body.locale);
      return reply.status(204).send();
    },
  );
}
