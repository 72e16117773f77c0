import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client.js';
import type { TEnv } from '../../env.js';
import { resolveApiToken, resolveSession } from '../auth/auth.service.js';
import type { TActor } from '../auth/policy.js';
import { AppError, unauthorized } from '../errors.js';
import type { TCityConfig } from '../orgs/city-config.js';
import type { FileStore } from '../files/file-store.js';

export const SESSION_COOKIE = 'kexie_sid';
export const CSRF_COOKIE = 'kexie_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** What every route plugin receives. */
export interface TAppDeps {
  db: Db;
  dbKind: 'pglite' | 'postgres';
  env: Pick<TEnv, 'KEXIE_SESSION_HOURS' | 'KEXIE_SECURE_COOKIES' | 'KEXIE_MAX_UPLOAD_MB'>;
  city: TCityConfig;
  files: FileStore;
}

export type TApp = FastifyInstance & { withTypeProvider: FastifyInstance['withTypeProvider'] };
export type TRoutes = ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance;
export type TZodApp = ReturnType<typeof zodApp>;
export const zodApp = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();

declare module 'fastify' {
  interface FastifyRequest {
    actor?: TActor;
    sessionToken?: string;
  }
}

/** The signed-in actor; 401 for anonymous requests. */
export function requireActor(req: FastifyRequest): TActor {
  if (!req.actor) throw unauthorized();
  return req.actor;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the actor of every /api request from `Authorization: Bearer` or the session cookie, and
 * enforces CSRF on cookie-authenticated writes (the header must echo the session's CSRF token).
 */
export function registerAuthHook(app: FastifyInstance, deps: TAppDeps) {
  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    if (!req.url.startsWith('/api/')) return;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      const actor = await resolveApiToken(deps.db, auth.slice(7).trim());
      if (!actor) throw new AppError(401, 'TOKEN_INVALID', '访问令牌无效或已撤销', 'The API token is invalid or revoked');
      req.actor = { ...actor, ip: req.ip };
      return;
    }
    const token = req.cookies?.[SESSION_COOKIE];
    if (!token) return;
    const session = await resolveSession(deps.db, token);
    if (!session) return; // expired: treated as anonymous
    if (UNSAFE.has(req.method) && req.headers[CSRF_HEADER] !== session.csrfToken && !req.url.startsWith('/api/v1/auth/login'))
      throw new AppError(403, 'CSRF_FAILED', '页面已过期，请刷新后重试', 'CSRF check failed: reload the page and retry');
    req.actor = { ...session.actor, ip: req.ip };
    req.sessionToken = token;
  });
}
