import { ZIdParam } from '../../../platform/http/common.types.js';
import { requireActor, type TAppDeps, type TZodApp } from '../../../platform/http/context.js';
import {
  createProgramme,
  createTraining,
  deleteProgramme,
  deleteTraining,
  getProgramme,
  getTraining,
  listProgrammes,
  listTrainings,
  updateProgramme,
  updateTraining,
} from './programme.service.js';
import {
  ZProgrammeDetail,
  ZProgrammeInput,
  ZProgrammeList,
  ZProgrammePatch,
  ZProgrammeQuery,
  ZTrainingInput,
  ZTrainingList,
  ZTrainingOut,
  ZTrainingPatch,
  ZTrainingQuery,
} from './programme.types.js';

const tags = ['outreach: programmes'];

/** 重点人群项目 target-group programmes (培育高素质农民 …) and the trainings recorded against them. */
export function registerProgrammeRoutes(app: TZodApp, { db }: TAppDeps) {
  app.get(
    '/api/v1/programmes',
    { schema: { tags, summary: '重点人群项目 List programmes with their progress', querystring: ZProgrammeQuery, response: { 200: ZProgrammeList } } },
    async (req) => listProgrammes(db, requireActor(req), req.query),
  );
  app.get(
    '/api/v1/programmes/:id',
    { schema: { tags, summary: '项目详情 A programme with progress overall, by district and by year', params: ZIdParam, response: { 200: ZProgrammeDetail } } },
    async (req) => getProgramme(db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/programmes',
    { schema: { tags, summary: '新建项目 Create a programme', body: ZProgrammeInput, response: { 201: ZProgrammeDetail } } },
    async (req, reply) => reply.status(201).send(await createProgramme(db, requireActor(req), req.body)),
  );
  app.patch(
    '/api/v1/programmes/:id',
    { schema: { tags, summary: '修改项目 Edit a programme', params: ZIdParam, body: ZProgrammePatch, response: { 200: ZProgrammeDetail } } },
    async (req) => updateProgramme(db, requireActor(req), req.params.id, req.body),
  );
  app.delete('/api/v1/programmes/:id', { schema: { tags, summary: '删除项目 Delete a programme and its trainings', params: ZIdParam } }, async (req, reply) => {
    await deleteProgramme(db, requireActor(req), req.params.id);
    return reply.status(204).send();
  });
  app.get(
    '/api/v1/programmes/:id/trainings',
    { schema: { tags, summary: '培训记录 Trainings of a programme', params: ZIdParam, querystring: ZTrainingQuery, response: { 200: ZTrainingList } } },
    async (req) => listTrainings(db, requireActor(req), req.params.id, req.query),
  );
  app.post(
    '/api/v1/programmes/:id/trainings',
    { schema: { tags, summary: '登记培训 Record a training', params: ZIdParam, body: ZTrainingInput, response: { 201: ZTrainingOut } } },
    async (req, reply) => reply.status(201).send(await createTraining(db, requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/api/v1/trainings/:id',
    { schema: { tags, summary: '培训详情 One training', params: ZIdParam, response: { 200: ZTrainingOut } } },
    async (req) => getTraining(db, requireActor(req), req.params.id),
  );
  app.patch(
    '/api/v1/trainings/:id',
    { schema: { tags, summary: '修改培训 Edit a training', params: ZIdParam, body: ZTrainingPatch, response: { 200: ZTrainingOut } } },
    async (req) => updateTraining(db, requireActor(req), req.params.id, req.body),
  );
  app.delete('/api/v1/trainings/:id', { schema: { tags, summary: '删除培训 Delete a training', params: ZIdParam } }, async (req, reply) => {
    await deleteTraining(db, requireActor(req), req.params.id);
    return reply.status(204).send();
  });
}
