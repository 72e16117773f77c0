import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { TAppDeps, TZodApp } from '../http/context.js';
import { orgs } from './org.schema.js';
import { getRootOrg } from './org.service.js';

/** Public portal data: no login, only what anyone may know. */
export function registerPublicRoutes(app: TZodApp, { db, city }: TAppDeps) {
  app.get(
    '/api/v1/public/overview',
    {
      schema: {
        tags: ['public'],
        summary: '门户概况 Public overview for the portal home',
        security: [],
        response: {
          200: z.object({
            city: z.object({ name: z.string(), adcode: z.string() }),
            orgName: z.string(),
            orgCounts: z.record(z.string(), z.number()),
          }),
        },
      },
    },
    async () => {
      const root = await getRootOrg(db);
      const counts = await db.select({ kind: orgs.kind, n: sql<number>`count(*)::int` }).from(orgs).groupBy(orgs.kind);
      return {
        city: { name: city.city.name, adcode: city.city.adcode },
        orgName: root.name,
        orgCounts: Object.fromEntries(counts.map((c) => [c.kind, c.n])),
      };
    },
  );
}
