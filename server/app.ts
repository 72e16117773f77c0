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
import { registerDemandRoutes } from './modules/innovation/demand/demand.routes.js';
import { demandSearchProvider } from './modules/innovation/demand/demand.search.js';
import { registerInvitationRoutes } from './modules/innovation/demand/invitation.routes.js';
import { registerEnterpriseRoutes } from './modules/innovation/enterprise/enterprise.routes.js';
import { enterpriseSearchProvider } from './modules/innovation/enterprise/enterprise.search.js';
import { registerExpertRoutes } from './modules/innovation/expert/expert.routes.js';
import { expertSearchProvider } from './modules/innovation/expert/expert.search.js';
import { registerPeopleExcelRoutes } from './modules/people/person-excel.routes.js';
import { registerDockingRoutes } from './modules/innovation/docking/docking.routes.js';
import { registerPlatformRoutes } from './modules/innovation/platform/platform.routes.js';
import { registerInnovationPortalRoutes } from './modules/innovation/portal/portal.routes.js';
import { registerFundedProjectRoutes } from './modules/innovation/project/funded-project.routes.js';
import { registerServiceTeamRoutes } from './modules/innovation/team/service-team.routes.js';
import { registerPeopleRoutes } from './modules/people/person.routes.js';
import { personSearchProvider } from './modules/people/person.search.js';
import { registerAuditRoutes } from './platform/audit/audit.routes.js';
import { registerAuthRoutes } from './platform/auth/auth.routes.js';
import { registerUserRoutes } from './platform/auth/user.routes.js';
import { registerImportRoutes } from './platform/excel/import.routes.js';
import { registerFileRoutes } from './platform/files/file.routes.js';
import { registerAuthHook, type TAppDeps, zodApp } from './platform/http/context.js';
import { registerErrorHandling } from './platform/http/error-handler.js';
import { registerNotificationRoutes } from './platform/notifications/notification.routes.js';
import { registerOrgRoutes } from './platform/orgs/org.routes.js';
import { registerPublicRoutes } from './platform/orgs/public.routes.js';
import { registerSearchRoutes } from './platform/search/search.routes.js';
import { registerSearchProvider } from './platform/search/search.service.js';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

export interface TBuildOptions {
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from web/dist (default: when it exists). */
  serveWeb?: boolean;
}

/** The Fastify instance: every route, no listening. Tests call this with an in-memory database. */
export async function buildApp(deps: TAppDeps, opts: TBuildOptions = {}) {
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
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerAuthHook(app, deps);

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
  registerSearchRoutes(api, deps);
  registerNotificationRoutes(api, deps);
  registerPeopleRoutes(api, deps);
  registerPeopleExcelRoutes(api, deps);
  registerImportRoutes(api, deps);
  registerPublicRoutes(api, deps);
  registerDockingRoutes(api, deps);
  registerServiceTeamRoutes(api, deps);
  registerPlatformRoutes(api, deps);
  registerFundedProjectRoutes(api, deps);
  registerInnovationPortalRoutes(api, deps);
  registerSearchProvider(personSearchProvider);
  registerExpertRoutes(api, deps);
  registerSearchProvider(expertSearchProvider);
  registerEnterpriseRoutes(api, deps);
  registerSearchProvider(enterpriseSearchProvider);
  registerDemandRoutes(api, deps);
  registerInvitationRoutes(api, deps);
  registerSearchProvider(demandSearchProvider);

  if (serveWeb) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: 'index.html' });
  }
  await app.ready();
  return app;
}
