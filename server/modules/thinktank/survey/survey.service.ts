import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import { CODE_ALPHABET, STATION_TYPE_LABELS, SURVEY_LIMITS } from '../../../../shared/thinktank-survey.js';
import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan, can, inScope, type TActor } from '../../../platform/auth/policy.js';
import { badRequest, conflict, forbidden, notFound } from '../../../platform/errors.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import {
  assignBatch,
  batchCodes,
  findBatch,
  findCampaign,
  findQuestionnaire,
  findStation,
  freeCodes,
  insertBatch,
  insertCampaign,
  insertCodes,
  insertQuestionnaire,
  insertStations,
  lockQuestionnaireAnswers,
  selectBatches,
  selectCampaigns,
  selectQuestionnaires,
  selectStations,
  setQuotaMet,
  stationCounts,
  stationNameTaken,
  type TCampaignRow,
  type TQuestionnaireRow,
  type TStationRow,
  updateCampaignRow,
  updateQuestionnaireRow,
  updateStationRow,
} from './survey.repo.js';
import type { TAllocateCodes, TCampaignInput, TCampaignPatch, TListQuery, TQuestionnaireInput, TStationInput, TStationPatch } from './survey.types.js';

export const QUESTIONNAIRE_ENTITY = 'survey_questionnaire';
export const CAMPAIGN_ENTITY = 'survey_campaign';
export const STATION_ENTITY = 'survey_station';
const Q_WHAT = ['问卷', 'Questionnaire'] as const;
const C_WHAT = ['调查', 'Survey campaign'] as const;
const S_WHAT = ['站点', 'Station'] as const;

// ---------------------------------------------------------------- questionnaires

export function presentQuestionnaire(r: TQuestionnaireRow, actor: TActor) {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    title: r.title,
    description: r.description,
    version: r.version,
    definition: r.definition,
    questionCount: r.definition.questions.length,
    answerCount: r.answerCount,
    campaignCount: r.campaignCount,
    isLocked: r.answerCount > 0,
    canEdit: can(actor, 'surveys:manage') && r.answerCount === 0,
    isDemo: r.isDemo,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
async function questionnaireAccess(db: DbOrTx, actor: TActor, id: number) {
  assertCan(actor, 'surveys:read');
  const row = await findQuestionnaire(db, id);
  if (!row || !inScope(actor, row.orgPath)) throw notFound(...Q_WHAT);
  return row;
}

export async function listQuestionnaires(db: DbOrTx, actor: TActor, q: TListQuery) {
  assertCan(actor, 'surveys:read');
  const { items, total } = await selectQuestionnaires(db, actor, { q: q.q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  return { items: items.map((r) => presentQuestionnaire(r, actor)), total };
}

export async function getQuestionnaire(db: DbOrTx, actor: TActor, id: number) {
  return presentQuestionnaire(await questionnaireAccess(db, actor, id), actor);
}

export async function createQuestionnaire(db: Db, actor: TActor, input: TQuestionnaireInput) {
  assertCan(actor, 'surveys:manage');
  const id = await db.transaction(async (tx) => {
    const id = await insertQuestionnaire(tx, { orgId: actor.orgId, title: input.title, description: input.description ?? null, definition: input.definition, createdBy: actor.userId });
    await recordAudit(tx, actor, { entity: QUESTIONNAIRE_ENTITY, entityId: id, action: 'create', after: { title: input.title, version: 1, questions: input.definition.questions.length } });
    return id;
  });
  return getQuestionnaire(db, actor, id);
}

export const questionnaireLocked = (n: number) =>
  conflict('SURVEY_QUESTIONNAIRE_LOCKED', `该问卷已有 ${n} 份答卷，不能再修改（修改会使已收答卷失去对应）；请复制为新问卷后修改`, `This questionnaire already has ${n} answers and can no longer be changed; copy it to a new one to edit`);

/**
 * Saves a new version of the definition.
 * @throws AppError SURVEY_QUESTIONNAIRE_LOCKED once answers exist; FORBIDDEN, NOT_FOUND
 */
export async function updateQuestionnaire(db: Db, actor: TActor, id: number, input: TQuestionnaireInput) {
  const row = await questionnaireAccess(db, actor, id);
  assertCan(actor, 'surveys:manage');
  await db.transaction(async (tx) => {
    const n = await lockQuestionnaireAnswers(tx, id);
    if (n > 0) throw questionnaireLocked(n);
    await updateQuestionnaireRow(tx, id, { title: input.title, description: input.description ?? null, definition: input.definition, version: row.version + 1 });
    await recordAudit(tx, actor, {
      entity: QUESTIONNAIRE_ENTITY,
      entityId: id,
      action: 'update',
      before: { title: row.title, version: row.version },
      after: { title: input.title, version: row.version + 1, questions: input.definition.questions.length },
    });
  });
  return getQuestionnaire(db, actor, id);
}

/** A new questionnaire (version 1) with the same questions: how a frozen one is changed. */
export async function copyQuestionnaire(db: Db, actor: TActor, id: number) {
  const row = await questionnaireAccess(db, actor, id);
  return createQuestionnaire(db, actor, { title: `${row.title}（副本）`.slice(0, 200), description: row.description, definition: row.definition });
}

// ---------------------------------------------------------------- campaigns

export type TCampaignStatus = 'scheduled' | 'open' | 'closed';
export const campaignStatus = (r: Pick<TCampaignRow, 'opensOn' | 'closesOn' | 'closedAt'>, today = todayInChina()): TCampaignStatus =>
  r.closedAt || today > r.closesOn ? 'closed' : today < r.opensOn ? 'scheduled' : 'open';
const STATUS_LABEL: Record<TCampaignStatus, string> = { scheduled: '未开始', open: '进行中', closed: '已结束' };

export interface TCampaignAccess {
  row: TCampaignRow;
  /** The organizing org lies in the actor's subtree: every station is theirs to see. */
  isOrganizer: boolean;
  /** The stations the actor sees (all for the organizer, else those in the subtree). */
  stations: TStationRow[];
}

/** @throws AppError FORBIDDEN, NOT_FOUND (no station in the subtree either) */
export async function campaignAccess(db: DbOrTx, actor: TActor, id: number): Promise<TCampaignAccess> {
  assertCan(actor, 'surveys:read');
  const row = await findCampaign(db, id);
  if (!row) throw notFound(...C_WHAT);
  const isOrganizer = inScope(actor, row.orgPath);
  const stations = await selectStations(db, id, isOrganizer ? null : actor);
  if (!isOrganizer && stations.length === 0) throw notFound(...C_WHAT);
  return { row, isOrganizer, stations };
}

function presentCampaign(r: TCampaignRow, actor: TActor, isOrganizer: boolean) {
  const status = campaignStatus(r);
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    orgId: r.orgId,
    orgName: r.orgName,
    questionnaireId: r.questionnaireId,
    questionnaireTitle: r.questionnaireTitle,
    opensOn: r.opensOn,
    closesOn: r.closesOn,
    closedAt: r.closedAt,
    status,
    statusLabel: STATUS_LABEL[status],
    canManage: isOrganizer && can(actor, 'surveys:manage'),
    isDemo: r.isDemo,
    createdAt: r.createdAt,
  };
}

async function presentStations(db: DbOrTx, stations: TStationRow[]) {
  const counts = await stationCounts(
    db,
    stations.map((s) => s.id),
  );
  return stations.map((s) => {
    const n = counts.get(s.id)!;
    return {
      id: s.id,
      campaignId: s.campaignId,
      name: s.name,
      type: s.type,
      typeLabel: STATION_TYPE_LABELS[s.type].zh,
      orgId: s.orgId,
      orgName: s.orgName,
      quota: s.quota,
      answers: n.answers,
      percent: s.quota > 0 ? Math.round((n.answers / s.quota) * 1000) / 10 : null,
      quotaMet: s.quotaMet,
      codes: n.codes,
      codesAllocated: n.allocated,
      codesFree: n.codes - n.allocated,
      codesUsed: n.used,
    };
  });
}

export async function listCampaigns(db: DbOrTx, actor: TActor, q: TListQuery) {
  assertCan(actor, 'surveys:read');
  const { items, total } = await selectCampaigns(db, actor, { q: q.q, limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  const out = [];
  for (const r of items) {
    const isOrganizer = inScope(actor, r.orgPath);
    const stations = await presentStations(db, await selectStations(db, r.id, isOrganizer ? null : actor));
    const quota = stations.reduce((s, x) => s + x.quota, 0);
    const answers = stations.reduce((s, x) => s + x.answers, 0);
    out.push({ ...presentCampaign(r, actor, isOrganizer), stationCount: stations.length, quota, answers, percent: quota ? Math.round((answers / quota) * 1000) / 10 : null });
  }
  return { items: out, total };
}

export async function getCampaign(db: DbOrTx, actor: TActor, id: number) {
  const acc = await campaignAccess(db, actor, id);
  const qrow = await findQuestionnaire(db, acc.row.questionnaireId);
  const stations = await presentStations(db, acc.stations);
  const batches = await selectBatches(
    db,
    acc.stations.map((s) => s.id),
  );
  return {
    ...presentCampaign(acc.row, actor, acc.isOrganizer),
    questionnaire: { id: qrow!.id, title: qrow!.title, version: qrow!.version, definition: qrow!.definition },
    stations,
    batches: batches.map((b) => ({ ...b, allocatedAt: new Date(b.allocatedAt).toISOString() })),
    canCodes: can(actor, 'surveys:codes'),
  };
}

function assertDates(opensOn: string, closesOn: string) {
  if (closesOn < opensOn) throw badRequest('SURVEY_DATES', '结束日期不能早于开始日期', 'The close date is before the open date', [{ path: 'closesOn', message: '不能早于开始日期' }]);
}

const stationDup = (name: string) => conflict('SURVEY_STATION_DUPLICATE', `本次调查已有同名站点：${name}`, `This survey already has a station named ${name}`);

/** @throws AppError SURVEY_DATES, SURVEY_STATION_DUPLICATE, FORBIDDEN, NOT_FOUND (questionnaire / org out of scope) */
export async function createCampaign(db: Db, actor: TActor, input: TCampaignInput) {
  assertCan(actor, 'surveys:manage');
  assertDates(input.opensOn, input.closesOn);
  await questionnaireAccess(db, actor, input.questionnaireId);
  const orgId = input.orgId ?? actor.orgId;
  await getOrgInScope(db, actor, orgId);
  const stations = input.stations ?? [];
  const names = stations.map((s) => s.name);
  const d = names.find((n, i) => names.indexOf(n) !== i);
  if (d) throw stationDup(d);
  for (const s of stations) await getOrgInScope(db, actor, s.orgId);
  const id = await db.transaction(async (tx) => {
    const id = await insertCampaign(tx, {
      orgId,
      questionnaireId: input.questionnaireId,
      title: input.title,
      description: input.description ?? null,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      createdBy: actor.userId,
    });
    await insertStations(
      tx,
      stations.map((s) => ({ ...s, campaignId: id })),
    );
    await recordAudit(tx, actor, { entity: CAMPAIGN_ENTITY, entityId: id, action: 'create', orgId, after: { ...input } });
    return id;
  });
  return getCampaign(db, actor, id);
}

async function managedCampaign(db: DbOrTx, actor: TActor, id: number) {
  const acc = await campaignAccess(db, actor, id);
  if (!acc.isOrganizer || !can(actor, 'surveys:manage')) throw forbidden();
  return acc;
}

export async function updateCampaign(db: Db, actor: TActor, id: number, patch: TCampaignPatch) {
  const { row } = await managedCampaign(db, actor, id);
  if (row.closedAt) throw conflict('SURVEY_CLOSED', '调查已结束，不能修改', 'The survey is closed');
  assertDates(patch.opensOn ?? row.opensOn, patch.closesOn ?? row.closesOn);
  await db.transaction(async (tx) => {
    await updateCampaignRow(tx, id, patch);
    await recordAudit(tx, actor, { entity: CAMPAIGN_ENTITY, entityId: id, action: 'update', orgId: row.orgId, before: { title: row.title, opensOn: row.opensOn, closesOn: row.closesOn }, after: patch });
  });
  return getCampaign(db, actor, id);
}

/** 结束 and 站点考核: the campaign stops taking answers; each station is flagged whether it met its quota. */
export async function closeCampaign(db: Db, actor: TActor, id: number) {
  const { row } = await managedCampaign(db, actor, id);
  if (row.closedAt) throw conflict('SURVEY_CLOSED', '调查已结束', 'The survey is already closed');
  await db.transaction(async (tx) => {
    await updateCampaignRow(tx, id, { closedAt: new Date() });
    await setQuotaMet(tx, id);
    await recordAudit(tx, actor, { entity: CAMPAIGN_ENTITY, entityId: id, action: 'close', orgId: row.orgId });
  });
  return getCampaign(db, actor, id);
}

export async function addStation(db: Db, actor: TActor, campaignId: number, input: TStationInput) {
  const { row } = await managedCampaign(db, actor, campaignId);
  if (row.closedAt) throw conflict('SURVEY_CLOSED', '调查已结束，不能再添加站点', 'The survey is closed');
  await getOrgInScope(db, actor, input.orgId);
  if (await stationNameTaken(db, campaignId, input.name)) throw stationDup(input.name);
  await db.transaction(async (tx) => {
    const [s] = await insertStations(tx, [{ ...input, campaignId }]);
    await recordAudit(tx, actor, { entity: STATION_ENTITY, entityId: s.id, action: 'create', orgId: input.orgId, after: { campaignId, ...input } });
  });
  return getCampaign(db, actor, campaignId);
}

/** A station the actor sees: in the subtree, or of a campaign organized in it. @throws AppError FORBIDDEN, NOT_FOUND */
async function stationAccess(db: DbOrTx, actor: TActor, id: number) {
  assertCan(actor, 'surveys:read');
  const station = await findStation(db, id);
  if (!station) throw notFound(...S_WHAT);
  const campaign = (await findCampaign(db, station.campaignId))!;
  const isOrganizer = inScope(actor, campaign.orgPath);
  if (!isOrganizer && !inScope(actor, station.orgPath)) throw notFound(...S_WHAT);
  return { station, campaign, isOrganizer };
}

export async function updateStation(db: Db, actor: TActor, id: number, patch: TStationPatch) {
  const { station, campaign, isOrganizer } = await stationAccess(db, actor, id);
  if (!isOrganizer || !can(actor, 'surveys:manage')) throw forbidden();
  if (campaign.closedAt) throw conflict('SURVEY_CLOSED', '调查已结束，不能修改站点', 'The survey is closed');
  if (patch.orgId !== undefined) await getOrgInScope(db, actor, patch.orgId);
  if (patch.name && (await stationNameTaken(db, campaign.id, patch.name, id))) throw stationDup(patch.name);
  await db.transaction(async (tx) => {
    await updateStationRow(tx, id, patch);
    await recordAudit(tx, actor, { entity: STATION_ENTITY, entityId: id, action: 'update', orgId: station.orgId, before: { name: station.name, quota: station.quota, type: station.type }, after: patch });
  });
  return getCampaign(db, actor, campaign.id);
}

// ---------------------------------------------------------------- 填答码

/** A random code: 8 characters of the unambiguous alphabet (31^8 ≈ 8.5 × 10^11), from the CSPRNG. */
export function newCode(): string {
  let s = '';
  for (let i = 0; i < SURVEY_LIMITS.codeLength; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

async function codesStation(db: DbOrTx, actor: TActor, id: number) {
  const acc = await stationAccess(db, actor, id);
  assertCan(actor, 'surveys:codes');
  if (acc.campaign.closedAt) throw conflict('SURVEY_CLOSED', '调查已结束，不能再生成或分发填答码', 'The survey is closed');
  return acc;
}

/** Generates `count` new one-time codes for a station (not yet handed out). */
export async function generateCodes(db: Db, actor: TActor, stationId: number, count: number) {
  const { station, campaign } = await codesStation(db, actor, stationId);
  await db.transaction(async (tx) => {
    let made = 0;
    while (made < count) {
      const want = count - made;
      const batch = new Set<string>();
      while (batch.size < want) batch.add(newCode());
      made += (await insertCodes(
        tx,
        [...batch].map((code) => ({ stationId, code })),
      )).length; // a collision with an older code is skipped and drawn again
    }
    await recordAudit(tx, actor, { entity: STATION_ENTITY, entityId: stationId, action: 'generate_codes', orgId: station.orgId, after: { campaignId: campaign.id, count } });
  });
  return getCampaign(db, actor, campaign.id);
}

/**
 * Hands `count` free codes of a station to a recipient (a person or a batch name), logged: who, how many,
 * to whom, when.
 * @throws AppError SURVEY_CODES_SHORT when fewer free codes remain
 */
export async function allocateCodes(db: Db, actor: TActor, stationId: number, input: TAllocateCodes) {
  const { station, campaign } = await codesStation(db, actor, stationId);
  const batchId = await db.transaction(async (tx) => {
    const free = await freeCodes(tx, stationId, input.count);
    if (free.length < input.count)
      throw conflict('SURVEY_CODES_SHORT', `该站点只剩 ${free.length} 个未分发的填答码，请先生成`, `Only ${free.length} free codes are left at this station; generate more first`);
    const batch = await insertBatch(tx, { stationId, recipient: input.recipient, note: input.note ?? null, count: input.count, allocatedBy: actor.userId });
    await assignBatch(
      tx,
      batch.id,
      free.map((f) => f.id),
    );
    await recordAudit(tx, actor, {
      entity: STATION_ENTITY,
      entityId: stationId,
      action: 'allocate_codes',
      orgId: station.orgId,
      after: { campaignId: campaign.id, batchId: batch.id, recipient: input.recipient, count: input.count },
    });
    return batch.id;
  });
  return { batchId, campaign: await getCampaign(db, actor, campaign.id) };
}

/** The codes of one allocation as a printable .xlsx (one code a row, with the answer page's address). */
export async function exportBatch(db: DbOrTx, actor: TActor, batchId: number, answerUrl: string) {
  const batch = await findBatch(db, batchId);
  if (!batch) throw notFound('分发记录', 'Allocation');
  let acc: Awaited<ReturnType<typeof stationAccess>>;
  try {
    acc = await stationAccess(db, actor, batch.stationId);
  } catch {
    throw notFound('分发记录', 'Allocation');
  }
  assertCan(actor, 'surveys:codes');
  const rows = await batchCodes(db, batchId);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('填答码');
  ws.columns = [
    { header: '序号', key: 'n', width: 8 },
    { header: '填答码', key: 'code', width: 16 },
    { header: '状态', key: 'used', width: 10 },
    { header: '站点', key: 'station', width: 30 },
    { header: '调查', key: 'campaign', width: 36 },
    { header: '填答地址', key: 'url', width: 40 },
  ];
  for (const [i, r] of rows.entries()) ws.addRow({ n: i + 1, code: r.code, used: r.isUsed ? '已使用' : '未使用', station: acc.station.name, campaign: acc.campaign.title, url: answerUrl });
  ws.getRow(1).font = { bold: true };
  ws.getColumn('code').font = { name: 'Consolas', size: 14, bold: true };
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return { buf, fileName: `填答码-${acc.station.name}-${batch.recipient}.xlsx` };
}

