import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { registerPermissions } from '../shared/permissions.js';
import { MODULES } from './modules/index.js';
import { registerAuditRoutes } from './platform/audit/audit.routes.js';
import { registerAuthRoutes } from './platform/auth/auth.routes.js';
import { registerUserRoutes } from './platform/auth/user.routes.js';
import { registerImportRoutes } from './platform/excel/import.routes.js';
import { registerFileRoutes } from './platform/files/file.routes.js';
import { registerAuthHook, type TAppDeps, zodApp } from './platform/http/context.js';
import { registerErrorHandling } from './platform/http/error-handler.js';
import type { TServerModule } from './platform/module/module.types.js';
import { registerNotificationRoutes } from './platform/notifications/notification.routes.js';
import { registerOrgRoutes } from './platform/orgs/org.routes.js';
import { registerPublicRoutes } from './platform/orgs/public.routes.js';
import { registerSearchRoutes } from './platform/search/search.routes.js';
import { PLATFORM_SEARCH_PROVIDERS } from './platform/search/search.service.js';
import { registerFigureRoutes } from './platform/figures/figure.routes.js';
import { registerTodoRoutes } from './platform/todos/todo.routes.js';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

export interface TBuildOptions {
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from web/dist (default: when it exists). */
  serveWeb?: boolean;
  /** The business modules (default: MODULES from server/modules/index.ts). */
  modules?: readonly TServerModule[];
}

/** OpenAPI tags of the platform's own routes; each module brings its own. */
const PLATFORM_TAGS = [
  { name: 'system', description: '系统 Health' },
  { name: 'auth', description: '登录与令牌 Sign-in, sessions, API tokens' },
  { name: 'users', description: '账号 Accounts and roles' },
  { name: 'orgs', description: '组织 Org tree' },
  { name: 'audit', description: '审计日志 Audit log' },
  { name: 'files', description: '附件 Uploads' },
  { name: 'imports', description: '导入任务 Excel import jobs' },
  { name: 'search', description: '全局搜索 Global search' },
  { name: 'public', description: '公开门户 Public portal (no sign-in)' },
];

/**
 * The Fastify instance: the platform's routes, then each module's, no listening. Tests call this with
 * an in-memory database (and may pass their own module list). A module's own tables (its `migrations`)
 * must have been applied first (migrateModules).
 * @throws Error when two modules share a name or a search entity, or give one action different roles
 */
export async function buildApp(deps: TAppDeps, opts: TBuildOptions = {}) {
  const modules = opts.modules ?? MODULES;
  const names = modules.map((m) => m.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new Error(`module ${dup} is listed twice`);
  for (const m of modules) registerPermissions(m.permissions);
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: false,
    ajv: undefined,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const serveWeb = opts.serveWeb ?? fs.existsSync(path.join(WEB_DIST, 'index.html'));
  registerErrorHandling(app, { spaIndex: serveWeb });

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: deps.env.KEXIE_MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 10 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'kexie 智慧科协 API', version: '1', description: '科协业务平台接口。Errors: { error: { code, message, messageEn, fields? } }' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'POST /api/v1/auth/token' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'kexie_sid' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
      tags: [...PLATFORM_TAGS, ...modules.flatMap((m) => m.tags)],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuthHook(app, deps);
  app.decorate('modules', modules);

  const api = zodApp(app);
  api.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: '健康检查 Health and database status',
        response: { 200: z.object({ status: z.literal('ok'), database: z.object({ kind: z.string(), ok: z.boolean(), ms: z.number() }) }) },
      },
    },
    async () => {
      const t0 = performance.now();
      await deps.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: { kind: deps.dbKind, ok: true, ms: Math.round((performance.now() - t0) * 100) / 100 } };
    },
  );
  registerAuthRoutes(api, deps);
  registerUserRoutes(api, deps);
  registerOrgRoutes(api, deps);
  registerAuditRoutes(api, deps);
  registerFileRoutes(api, deps);
  const providers = [...PLATFORM_SEARCH_PROVIDERS, ...modules.flatMap((m) => m.searchProviders ?? [])];
  const twice = providers.find((p, i) => providers.findIndex((x) => x.entity === p.entity) !== i);
  if (twice) throw new Error(`search entity ${twice.entity} has two providers`);
  registerSearchRoutes(api, deps, providers);
  registerNotificationRoutes(api, deps);
  registerImportRoutes(api, deps);
  registerPublicRoutes(api, deps);
  for (const m of modules) m.register(api, deps);
  registerFigureRoutes(api, deps, modules.flatMap((m) => m.figures ?? []));
  registerTodoRoutes(api, deps, modules.flatMap((m) => (m.todos ? [m.todos] : [])));

  if (serveWeb) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: 'index.html' });
  }
  await app.ready();
  return app;
}
