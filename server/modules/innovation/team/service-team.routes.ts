import { type TAppDeps, type TZodApp, requireActor } from '../../../platform/http/context.js';
import { ZIdParam } from '../../../platform/http/common.types.js';
import {
  type TTeamRules,
  createServiceTeam,
  createServiceVisit,
  deleteServiceTeam,
  getServiceTeam,
  listServiceTeams,
  listServiceVisits,
  updateServiceTeam,
} from './service-team.service.js';
import {
  ZServiceTeamInput,
  ZServiceTeamList,
  ZServiceTeamOut,
  ZServiceTeamPatch,
  ZServiceTeamQuery,
  ZServiceVisitInput,
  ZServiceVisitList,
  ZServiceVisitOut,
  ZServiceVisitQuery,
} from './service-team.types.js';

const tags = ['innovation'];

/** 专家服务团 expert service teams and their visit logs. */
export function registerServiceTeamRoutes(app: TZodApp, { db, city }: TAppDeps) {
  const rules: TTeamRules = { clusters: [...new Set([...city.clusters.key, ...city.clusters.emerging, ...city.clusters.future])] };
  app.get(
    '/api/v1/service-teams',
    {
      schema: { tags, summary: '专家服务团列表 List expert service teams', querystring: ZServiceTeamQuery, response: { 200: ZServiceTeamList } },
    },
    async (req) => listServiceTeams(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/service-teams/:id',
    { schema: { tags, summary: '专家服务团详情 One service team', params: ZIdParam, response: { 200: ZServiceTeamOut } } },
    async (req) => getServiceTeam(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/service-teams',
    { schema: { tags, summary: '组建专家服务团 Create a service team', body: ZServiceTeamInput, response: { 201: ZServiceTeamOut } } },
    async (req, reply) => reply.status(201).send(await createServiceTeam(db, requireActor(req), req.body, rules)),
  );
  app.patch(
    '/api/v1/service-teams/:id',
    {
      schema: {
        tags,
        summary: '修改专家服务团 Edit a service team (members, enterprises …)',
        params: ZIdParam,
        body: ZServiceTeamPatch,
        response: { 200: ZServiceTeamOut },
      },
    },
    async (req) => updateServiceTeam(db, requireActor(req), req.params.id, req.body, rules),
  );
  app.delete(
    '/api/v1/service-teams/:id',
    { schema: { tags, summary: '解散专家服务团 Delete a service team and its visit log', params: ZIdParam } },
    async (req, reply) => {
      await deleteServiceTeam(db, requireActor(req), req.params.id);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/v1/service-teams/:id/visits',
    {
      schema: {
        tags,
        summary: '走访记录 Visit log of a team',
        params: ZIdParam,
        querystring: ZServiceVisitQuery,
        response: { 200: ZServiceVisitList },
      },
    },
    async (req) => listServiceVisits(db, requireActor(req), req.params.id, req.query),
  );
  app.post(
    '/api/v1/service-teams/:id/visits',
    {
      schema: {
        tags,
        summary: '登记走访 Log a visit to an enterprise',
        params: ZIdParam,
        body: ZServiceVisitInput,
        response: { 201: ZServiceVisitOut },
      },
    },
    async (req, reply) => reply.status(201).send(await createServiceVisit(db, requireActor(req), req.params.id, req.body)),
  );
}
