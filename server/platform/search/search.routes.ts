import { z } from 'zod';
import { type TAppDeps, type TZodApp, requireActor } from '../http/context.js';
import { type TSearchProvider, globalSearch } from './search.service.js';

/** `providers`: the platform's and every module's, in the order of the module list. */
export function registerSearchRoutes(app: TZodApp, { db }: TAppDeps, providers: readonly TSearchProvider[]) {
  app.get(
    '/api/v1/search',
    {
      schema: {
        tags: ['search'],
        summary: '全局搜索 Search everything I may see (Chinese words, pinyin, initials)',
        querystring: z.object({
          q: z.string().trim().min(1).max(100),
          limit: z.coerce.number().int().min(1).max(50).default(8).describe('per entity'),
        }),
        response: {
          200: z.object({
            items: z.array(z.object({ entity: z.string(), id: z.number(), title: z.string(), subtitle: z.string().nullable(), score: z.number() })),
          }),
        },
      },
    },
    async (req) => ({ items: await globalSearch(db, providers, requireActor(req), req.query.q, req.query.limit) }),
  );
}
