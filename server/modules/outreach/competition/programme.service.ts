import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan, inScope, type TActor } from '../../../platform/auth/policy.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { findFileById } from '../../../platform/files/file.repo.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import {
  deleteProgrammeRow,
  deleteTrainingRow,
  findProgrammeById,
  findProgrammeByName,
  findTrainingById,
  findTrainingByKey,
  insertProgrammes,
  insertTrainings,
  progressByDistrict,
  progressOf,
  selectProgrammes,
  selectTrainings,
  type TProgrammeRow,
  type TTrainingRow,
  updateProgrammeRow,
  updateTrainingRow,
} from './programme.repo.js';
import type {
  TProgrammeDetail,
  TProgrammeInput,
  TProgrammeOut,
  TProgrammePatch,
  TProgrammeQuery,
  TTrainingInput,
  TTrainingOut,
  TTrainingPatch,
  TTrainingQuery,
} from './programme.types.js';
import { visibleFromBelow } from './scope.js';

const PROGRAMME = 'programme';
const TRAINING = 'training';
const notFoundProgramme = () => notFound('重点人群项目', 'Programme');
const notFoundTraining = () => notFound('培训记录', 'Training');

/** trainees / target as a percent with one decimal. */
export const percentOf = (trainees: number, target: number) => (target > 0 ? Math.round((trainees / target) * 1000) / 10 : 0);

function presentProgramme(row: TProgrammeRow, actor: TActor, p?: { trainees: number; trainings: number }): TProgrammeOut {
  const trainees = p?.trainees ?? 0;
  return {
    id: row.id,
    name: row.name,
    targetGroup: row.targetGroup,
    targetCount: row.targetCount,
    unit: row.unit,
    startYear: row.startYear,
    endYear: row.endYear,
    isLivelihood: row.isLivelihood,
    orgId: row.orgId,
    orgName: row.orgName,
    description: row.description,
    trainees,
    trainings: p?.trainings ?? 0,
    percent: percentOf(trainees, row.targetCount),
    canEdit: inScope(actor, row.orgPath),
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function presentTraining(row: TTrainingRow): TTrainingOut {
  return {
    id: row.id,
    programmeId: row.programmeId,
    programmeName: row.programmeName,
    title: row.title,
    heldOn: row.heldOn,
    orgId: row.orgId,
    orgName: row.orgName,
    traineeCount: row.traineeCount,
    hours: row.hours,
    venue: row.venue,
    attachmentIds: row.attachmentIds,
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A programme the actor may see: owned in their subtree, or by an org above them (they take part). */
async function loadProgramme(db: DbOrTx, actor: TActor, id: number): Promise<TProgrammeRow> {
  const row = await findProgrammeById(db, id);
  if (!row || !visibleFromBelow(actor, row.orgPath)) throw notFoundProgramme();
  return row;
}

async function loadEditableProgramme(db: DbOrTx, actor: TActor, id: number) {
  const row = await loadProgramme(db, actor, id);
  if (!inScope(actor, row.orgPath)) throw notFoundProgramme();
  return row;
}

export async function listProgrammes(db: DbOrTx, actor: TActor, q: TProgrammeQuery) {
  assertCan(actor, 'programmes:read');
  const { items, total } = await selectProgrammes(db, actor, q);
  const progress = await progressOf(
    db,
    actor,
    items.map((r) => r.id),
  );
  return { items: items.map((r) => presentProgramme(r, actor, progress.get(r.id))), total };
}

/**
 * A programme with its progress: the sum of the trainee counts of the trainings the actor may see
 * against the target, overall, per county-level district (each district's share of the target, so the
 * districts' percents and trainees add up to the whole) and per year.
 * @throws AppError FORBIDDEN, NOT_FOUND
 */
export async function getProgramme(db: DbOrTx, actor: TActor, id: number): Promise<TProgrammeDetail> {
  assertCan(actor, 'programmes:read');
  const row = await loadProgramme(db, actor, id);
  const { grouped, districts, byYear } = await progressByDistrict(db, actor, id);
  const sums = new Map(grouped.map((g) => [g.district == null ? null : Number(g.district), { trainees: Number(g.trainees), trainings: Number(g.n) }]));
  const byDistrict: TProgrammeDetail['byDistrict'] = districts.map((d) => {
    const s = sums.get(d.id) ?? { trainees: 0, trainings: 0 };
    sums.delete(d.id);
    return { orgId: d.id, orgName: d.shortName ?? d.name, trainees: s.trainees, trainings: s.trainings, percent: percentOf(s.trainees, row.targetCount) };
  });
  // 市本级 and any district outside the visible list (an actor below a district sees their own rows only)
  for (const [key, s] of sums)
    byDistrict.push({ orgId: key, orgName: key == null ? '市本级' : '其他', trainees: s.trainees, trainings: s.trainings, percent: percentOf(s.trainees, row.targetCount) });
  const trainees = byDistrict.reduce((a, d) => a + d.trainees, 0);
  const trainingsN = byDistrict.reduce((a, d) => a + d.trainings, 0);
  return {
    ...presentProgramme(row, actor, { trainees, trainings: trainingsN }),
    byDistrict,
    byYear: byYear.map((y) => ({ year: Number(y.year), trainees: Number(y.trainees) })),
  };
}

/** @throws AppError FORBIDDEN, NOT_FOUND (org), PROGRAMME_DUPLICATE (409) */
export async function createProgramme(db: Db, actor: TActor, input: TProgrammeInput): Promise<TProgrammeDetail> {
  assertCan(actor, 'programmes:write');
  const orgId = input.orgId ?? actor.orgId;
  await getOrgInScope(db, actor, orgId);
  return db.transaction(async (tx) => {
    if (await findProgrammeByName(tx, orgId, input.name))
      throw conflict('PROGRAMME_DUPLICATE', `已有同名项目：${input.name}`, `A programme is already named ${input.name}`);
    const [{ id }] = await insertProgrammes(tx, [
      {
        orgId,
        name: input.name,
        targetGroup: input.targetGroup,
        targetCount: input.targetCount,
        unit: input.unit ?? '名',
        startYear: input.startYear,
        endYear: input.endYear,
        isLivelihood: input.isLivelihood ?? false,
        description: input.description ?? null,
      },
    ]);
    const out = await getProgramme(tx, actor, id);
    await recordAudit(tx, actor, { entity: PROGRAMME, entityId: id, action: 'create', orgId, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND, PROGRAMME_PERIOD, PROGRAMME_DUPLICATE (409), PROGRAMME_TRAININGS_OUTSIDE */
export async function updateProgramme(db: Db, actor: TActor, id: number, patch: TProgrammePatch): Promise<TProgrammeDetail> {
  assertCan(actor, 'programmes:write');
  const current = await loadEditableProgramme(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== current.orgId) await getOrgInScope(db, actor, patch.orgId);
  const startYear = patch.startYear ?? current.startYear;
  const endYear = patch.endYear ?? current.endYear;
  if (endYear < startYear)
    throw badRequest('PROGRAMME_PERIOD', '截止年度不能早于起始年度', 'endYear is before startYear', [{ path: 'endYear', message: '不能早于起始年度' }]);
  const before = await getProgramme(db, actor, id);
  const outside = before.byYear.filter((y) => y.year < startYear || y.year > endYear);
  if (outside.length > 0)
    throw badRequest(
      'PROGRAMME_TRAININGS_OUTSIDE',
      `${outside.map((y) => y.year).join('、')} 年已有培训记录，项目周期须包含这些年度`,
      `Trainings exist in ${outside.map((y) => y.year).join(', ')}: the period must include them`,
      [{ path: patch.startYear !== undefined ? 'startYear' : 'endYear', message: '须包含已有培训的年度' }],
    );
  return db.transaction(async (tx) => {
    const orgId = patch.orgId ?? current.orgId;
    const name = patch.name ?? current.name;
    if (await findProgrammeByName(tx, orgId, name, id)) throw conflict('PROGRAMME_DUPLICATE', `已有同名项目：${name}`, `A programme is already named ${name}`);
    await updateProgrammeRow(tx, id, {
      name: patch.name,
      targetGroup: patch.targetGroup,
      targetCount: patch.targetCount,
      unit: patch.unit,
      startYear: patch.startYear,
      endYear: patch.endYear,
      isLivelihood: patch.isLivelihood,
      orgId: patch.orgId,
      description: patch.description,
    });
    const out = await getProgramme(tx, actor, id);
    await recordAudit(tx, actor, { entity: PROGRAMME, entityId: id, action: 'update', orgId: out.orgId, before, after: out });
    return out;
  });
}

/** Deletes a programme with its trainings. @throws AppError FORBIDDEN, NOT_FOUND */
export async function deleteProgramme(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'programmes:write');
  await loadEditableProgramme(db, actor, id);
  const before = await getProgramme(db, actor, id);
  await db.transaction(async (tx) => {
    await deleteProgrammeRow(tx, id);
    await recordAudit(tx, actor, { entity: PROGRAMME, entityId: id, action: 'delete', orgId: before.orgId, before });
  });
}

// ---- trainings

/** A training the actor may see: held by an org in their subtree, or under a programme they own. */
async function loadTraining(db: DbOrTx, actor: TActor, id: number): Promise<TTrainingRow> {
  const row = await findTrainingById(db, id);
  if (!row || !(inScope(actor, row.orgPath) || inScope(actor, row.programmeOrgPath))) throw notFoundTraining();
  return row;
}

function checkInPeriod(programme: TProgrammeRow, heldOn: string) {
  const y = Number(heldOn.slice(0, 4));
  if (y < programme.startYear || y > programme.endYear)
    throw badRequest(
      'TRAINING_OUTSIDE_PERIOD',
      `培训日期应在项目周期 ${programme.startYear}–${programme.endYear} 年内`,
      `The training must lie within the programme period ${programme.startYear}–${programme.endYear}`,
      [{ path: 'heldOn', message: `${programme.startYear}–${programme.endYear}` }],
    );
}

/** Attachments must exist and lie in the actor's subtree. @throws AppError ATTACHMENT_NOT_FOUND */
async function checkAttachments(db: DbOrTx, actor: TActor, ids: string[] | undefined) {
  for (const [i, id] of (ids ?? []).entries()) {
    const f = await findFileById(db, id);
    if (!f || !inScope(actor, f.orgPath))
      throw badRequest('ATTACHMENT_NOT_FOUND', '附件不存在或无权使用', 'Attachment not found', [{ path: `attachmentIds.${i}`, message: '附件不存在' }]);
  }
}

export async function listTrainings(db: DbOrTx, actor: TActor, programmeId: number, q: TTrainingQuery) {
  assertCan(actor, 'programmes:read');
  await loadProgramme(db, actor, programmeId);
  const r = await selectTrainings(db, actor, programmeId, q);
  return { ...r, items: r.items.map(presentTraining) };
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function getTraining(db: DbOrTx, actor: TActor, id: number): Promise<TTrainingOut> {
  assertCan(actor, 'programmes:read');
  return presentTraining(await loadTraining(db, actor, id));
}

/**
 * Records a training against a programme the actor takes part in, held by an org in their subtree
 * (a liaison: their own org).
 * @throws AppError FORBIDDEN, NOT_FOUND, TRAINING_OUTSIDE_PERIOD, ATTACHMENT_NOT_FOUND, TRAINING_DUPLICATE (409)
 */
export async function createTraining(db: Db, actor: TActor, programmeId: number, input: TTrainingInput): Promise<TTrainingOut> {
  assertCan(actor, 'programmes:train');
  const programme = await loadProgramme(db, actor, programmeId);
  const org = await getOrgInScope(db, actor, input.orgId ?? actor.orgId);
  checkInPeriod(programme, input.heldOn);
  await checkAttachments(db, actor, input.attachmentIds);
  return db.transaction(async (tx) => {
    const key = { programmeId, orgId: org.id, title: input.title, heldOn: input.heldOn };
    if (await findTrainingByKey(tx, key))
      throw conflict('TRAINING_DUPLICATE', `该单位当天已登记同名培训：${input.title}`, `This org already recorded "${input.title}" on ${input.heldOn}`);
    const [{ id }] = await insertTrainings(tx, [
      {
        ...key,
        traineeCount: input.traineeCount,
        hours: input.hours ?? null,
        venue: input.venue ?? null,
        attachmentIds: [...new Set(input.attachmentIds ?? [])],
      },
    ]);
    const out = await getTraining(tx, actor, id);
    await recordAudit(tx, actor, { entity: TRAINING, entityId: id, action: 'create', orgId: org.id, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND, TRAINING_OUTSIDE_PERIOD, ATTACHMENT_NOT_FOUND, TRAINING_DUPLICATE (409) */
export async function updateTraining(db: Db, actor: TActor, id: number, patch: TTrainingPatch): Promise<TTrainingOut> {
  assertCan(actor, 'programmes:train');
  const current = await loadTraining(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== current.orgId) await getOrgInScope(db, actor, patch.orgId);
  const programme = (await findProgrammeById(db, current.programmeId))!;
  if (patch.heldOn) checkInPeriod(programme, patch.heldOn);
  await checkAttachments(db, actor, patch.attachmentIds);
  const before = presentTraining(current);
  return db.transaction(async (tx) => {
    const key = {
      programmeId: current.programmeId,
      orgId: patch.orgId ?? current.orgId,
      title: patch.title ?? current.title,
      heldOn: patch.heldOn ?? current.heldOn,
    };
    if (await findTrainingByKey(tx, key, id))
      throw conflict('TRAINING_DUPLICATE', `该单位当天已登记同名培训：${key.title}`, `This org already recorded "${key.title}" on ${key.heldOn}`);
    await updateTrainingRow(tx, id, {
      title: patch.title,
      heldOn: patch.heldOn,
      orgId: patch.orgId,
      traineeCount: patch.traineeCount,
      hours: patch.hours,
      venue: patch.venue,
      attachmentIds: patch.attachmentIds ? [...new Set(patch.attachmentIds)] : undefined,
    });
    const out = await getTraining(tx, actor, id);
    await recordAudit(tx, actor, { entity: TRAINING, entityId: id, action: 'update', orgId: out.orgId, before, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function deleteTraining(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'programmes:train');
  const before = presentTraining(await loadTraining(db, actor, id));
  await db.transaction(async (tx) => {
    await deleteTrainingRow(tx, id);
    await recordAudit(tx, actor, { entity: TRAINING, entityId: id, action: 'delete', orgId: before.orgId, before });
  });
}
