import { z } from 'zod';
import { type TAppDeps, type TZodApp, requireActor } from '../http/context.js';
import { type TOrgNodeOut, countOrgsByKind, getOrgInScope, listOrgTree } from './org.service.js';
import { ORG_KINDS } from './org.schema.js';

const ZOrgNode: z.ZodType<TOrgNodeOut> = z.lazy(() =>
  z.object({
    id: z.number(),
    code: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(ORG_KINDS),
    adcode: z.string().nullable(),
    parentId: z.number().nullable(),
    children: z.array(ZOrgNode),
  }),
);

export function registerOrgRoutes(app: TZodApp, { db, city }: TAppDeps) {
  app.get(
    '/api/v1/orgs',
    {
      schema: {
        tags: ['orgs'],
        summary: '组织树 The org tree of my subtree',
        response: { 200: z.object({ items: z.array(ZOrgNode), counts: z.record(z.string(), z.number()) }) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const [items, counts] = await Promise.all([listOrgTree(db, actor), countOrgsByKind(db, actor)]);
      return { items, counts: Object.fromEntries(counts.map((c) => [c.kind, c.n])) };
    },
  );
  app.get(
    '/api/v1/orgs/:id',
    { schema: { tags: ['orgs'], summary: '组织详情 One org', params: z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) }) } },
    async (req) => {
      const org = await getOrgInScope(db, requireActor(req), req.params.id);
      const { searchTsv: _t, searchText: _s, ...out } = org;
      return out;
    },
  );
  app.get('/api/v1/config/city', { schema: { tags: ['orgs'], summary: '城市配置（产业集群、词典） City clusters and dictionaries' } }, async () => ({
    city: city.city,
    clusters: city.clusters,
    dictionary: { titles: city.dictionary.titles, education: city.dictionary.education, disciplines: city.dictionary.disciplines },
    en: city.en,
  }));
}
