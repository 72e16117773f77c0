import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan, inScope, isRecordStaff, type TActor } from '../../../platform/auth/policy.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import {
  deleteCompetitionRow,
  deleteEntryRow,
  entryCountsOf,
  findCompetitionById,
  findCompetitionByTitle,
  findEntryById,
  findEntryByKey,
  insertCompetitions,
  insertEntries,
  selectCompetitions,
  selectEntries,
  selectPublicResults,
  type TCompetitionRow,
  type TEntryRow,
  updateCompetitionRow,
  updateEntryRow,
} from './competition.repo.js';
import {
  LEVEL_LABELS,
  levelRank,
  type TCompetitionInput,
  type TCompetitionLevel,
  type TCompetitionOut,
  type TCompetitionPatch,
  type TCompetitionQuery,
  type TEntryInput,
  type TEntryOut,
  type TEntryPatch,
  type TEntryQuery,
} from './competition.types.js';
import { visibleFromBelow } from './scope.js';

const COMPETITION = 'competition';
const ENTRY = 'competition_entry';
const notFoundCompetition = () => notFound('赛事', 'Competition');
const notFoundEntry = () => notFound('参赛作品', 'Competition entry');

/** Students are minors: their names are for staff; other roles (leaders, liaisons) get the surname and *. */
export const maskName = (name: string) => (name.length <= 1 ? '*' : `${name.slice(0, 1)}${'*'.repeat(Math.min(name.length - 1, 2))}`);

function presentCompetition(row: TCompetitionRow, actor: TActor, counts?: { entries: number; awards: number }): TCompetitionOut {
  return {
    id: row.id,
    series: row.series,
    title: row.title,
    year: row.year,
    level: row.level,
    orgId: row.orgId,
    orgName: row.orgName,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    description: row.description,
    entryCount: counts?.entries ?? 0,
    awardCount: counts?.awards ?? 0,
    canEdit: inScope(actor, row.orgPath),
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function presentEntry(row: TEntryRow, actor: TActor): TEntryOut {
  const masked = !isRecordStaff(actor);
  return {
    id: row.id,
    competitionId: row.competitionId,
    competitionTitle: row.competitionTitle,
    title: row.title,
    participants: masked ? row.participants.map(maskName) : row.participants,
    participantsMasked: masked,
    school: row.school,
    instructor: row.instructor,
    orgId: row.orgId,
    orgName: row.orgName,
    category: row.category,
    awardLevel: row.awardLevel,
    awardGrade: row.awardGrade,
    announcedOn: row.announcedOn,
    isDemo: row.isDemo,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A competition the actor may see: run in their subtree, or by an org above them (they take part). */
export async function loadCompetition(db: DbOrTx, actor: TActor, id: number): Promise<TCompetitionRow> {
  const row = await findCompetitionById(db, id);
  if (!row || !visibleFromBelow(actor, row.orgPath)) throw notFoundCompetition();
  return row;
}

async function outOf(db: DbOrTx, actor: TActor, row: TCompetitionRow) {
  const counts = await entryCountsOf(db, actor, [row.id]);
  return presentCompetition(row, actor, counts.get(row.id));
}

function checkDates(startsOn: string | null | undefined, endsOn: string | null | undefined) {
  if (startsOn && endsOn && endsOn < startsOn)
    throw badRequest('COMPETITION_DATES', '结束日期不能早于开始日期', 'endsOn is before startsOn', [{ path: 'endsOn', message: '不能早于开始日期' }]);
}

function checkYear(year: number, startsOn: string | null | undefined) {
  if (startsOn && Number(startsOn.slice(0, 4)) !== year)
    throw badRequest('COMPETITION_YEAR_MISMATCH', '开始日期应在届次年度内', 'startsOn must lie in the edition year', [{ path: 'startsOn', message: `应在 ${year} 年内` }]);
}

export async function listCompetitions(db: DbOrTx, actor: TActor, q: TCompetitionQuery) {
  assertCan(actor, 'competitions:read');
  const { items, total } = await selectCompetitions(db, actor, q);
  const counts = await entryCountsOf(
    db,
    actor,
    items.map((r) => r.id),
  );
  return { items: items.map((r) => presentCompetition(r, actor, counts.get(r.id))), total };
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function getCompetition(db: DbOrTx, actor: TActor, id: number): Promise<TCompetitionOut> {
  assertCan(actor, 'competitions:read');
  return outOf(db, actor, await loadCompetition(db, actor, id));
}

/** @throws AppError FORBIDDEN, NOT_FOUND (org), COMPETITION_DATES, COMPETITION_YEAR_MISMATCH, COMPETITION_DUPLICATE (409) */
export async function createCompetition(db: Db, actor: TActor, input: TCompetitionInput): Promise<TCompetitionOut> {
  assertCan(actor, 'competitions:write');
  const orgId = input.orgId ?? actor.orgId;
  await getOrgInScope(db, actor, orgId);
  checkDates(input.startsOn, input.endsOn);
  checkYear(input.year, input.startsOn);
  return db.transaction(async (tx) => {
    if (await findCompetitionByTitle(tx, orgId, input.title))
      throw conflict('COMPETITION_DUPLICATE', `已有同名赛事：${input.title}`, `A competition is already named ${input.title}`);
    const [{ id }] = await insertCompetitions(tx, [
      {
        orgId,
        series: input.series,
        title: input.title,
        year: input.year,
        level: input.level,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        description: input.description ?? null,
      },
    ]);
    const out = await getCompetition(tx, actor, id);
    await recordAudit(tx, actor, { entity: COMPETITION, entityId: id, action: 'create', orgId, after: out });
    return out;
  });
}

/** A competition the actor may edit: its organizer lies in their subtree. */
async function loadEditable(db: DbOrTx, actor: TActor, id: number) {
  const row = await loadCompetition(db, actor, id);
  if (!inScope(actor, row.orgPath)) throw notFoundCompetition(); // taken part in, not run: read-only (a 404 like outsiders)
  return row;
}

/** @throws AppError FORBIDDEN, NOT_FOUND, COMPETITION_DATES, COMPETITION_YEAR_MISMATCH, COMPETITION_DUPLICATE (409) */
export async function updateCompetition(db: Db, actor: TActor, id: number, patch: TCompetitionPatch): Promise<TCompetitionOut> {
  assertCan(actor, 'competitions:write');
  const current = await loadEditable(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== current.orgId) await getOrgInScope(db, actor, patch.orgId);
  const startsOn = patch.startsOn === undefined ? current.startsOn : patch.startsOn;
  const endsOn = patch.endsOn === undefined ? current.endsOn : patch.endsOn;
  checkDates(startsOn, endsOn);
  checkYear(patch.year ?? current.year, startsOn);
  const before = await outOf(db, actor, current);
  return db.transaction(async (tx) => {
    const orgId = patch.orgId ?? current.orgId;
    const title = patch.title ?? current.title;
    if (await findCompetitionByTitle(tx, orgId, title, id))
      throw conflict('COMPETITION_DUPLICATE', `已有同名赛事：${title}`, `A competition is already named ${title}`);
    await updateCompetitionRow(tx, id, {
      series: patch.series,
      title: patch.title,
      year: patch.year,
      level: patch.level,
      orgId: patch.orgId,
      startsOn: patch.startsOn,
      endsOn: patch.endsOn,
      description: patch.description,
    });
    const out = await getCompetition(tx, actor, id);
    await recordAudit(tx, actor, { entity: COMPETITION, entityId: id, action: 'update', orgId: out.orgId, before, after: out });
    return out;
  });
}

/** Deletes a competition with its entries. @throws AppError FORBIDDEN, NOT_FOUND */
export async function deleteCompetition(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'competitions:write');
  const before = await outOf(db, actor, await loadEditable(db, actor, id));
  await db.transaction(async (tx) => {
    await deleteCompetitionRow(tx, id);
    await recordAudit(tx, actor, { entity: COMPETITION, entityId: id, action: 'delete', orgId: before.orgId, before });
  });
}

// ---- entries

/** An entry the actor may see: filed by an org in their subtree, or in a competition they run. */
async function loadEntry(db: DbOrTx, actor: TActor, id: number): Promise<TEntryRow> {
  const row = await findEntryById(db, id);
  if (!row || !(inScope(actor, row.orgPath) || inScope(actor, row.competitionOrgPath))) throw notFoundEntry();
  return row;
}

/** The award fields of an entry, checked against its competition: a grade needs a level no higher than the competition's. */
export function resolveAward(
  competitionLevel: TCompetitionLevel,
  awardLevel: TCompetitionLevel | null | undefined,
  awardGrade: string | null | undefined,
): { awardLevel: TCompetitionLevel | null; issue?: { path: string; message: string; messageEn: string } } {
  if (!awardGrade) {
    if (awardLevel) return { awardLevel: null, issue: { path: 'awardGrade', message: '填写了获奖级别，请同时填写获奖等次', messageEn: 'An award level needs a grade' } };
    return { awardLevel: null };
  }
  const level = awardLevel ?? competitionLevel;
  if (levelRank(level) < levelRank(competitionLevel))
    return {
      awardLevel: level,
      issue: {
        path: 'awardLevel',
        message: `获奖级别不能高于赛事级别（${LEVEL_LABELS[competitionLevel].zh}）`,
        messageEn: `The award level cannot be above the competition's (${LEVEL_LABELS[competitionLevel].en})`,
      },
    };
  return { awardLevel: level };
}

function awardOrThrow(competitionLevel: TCompetitionLevel, awardLevel: TCompetitionLevel | null | undefined, awardGrade: string | null | undefined) {
  const r = resolveAward(competitionLevel, awardLevel, awardGrade);
  if (r.issue) throw badRequest('ENTRY_AWARD_INVALID', r.issue.message, r.issue.messageEn, [{ path: r.issue.path, message: r.issue.message }]);
  return r.awardLevel;
}

/** The entrant's org: in the actor's subtree. */
async function entryOrg(db: DbOrTx, actor: TActor, orgId: number | undefined) {
  return getOrgInScope(db, actor, orgId ?? actor.orgId);
}

export async function listEntries(db: DbOrTx, actor: TActor, competitionId: number, q: TEntryQuery) {
  assertCan(actor, 'competitions:read');
  await loadCompetition(db, actor, competitionId);
  const { items, total, byAwardLevel } = await selectEntries(db, actor, competitionId, q);
  return { items: items.map((r) => presentEntry(r, actor)), total, byAwardLevel };
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function getEntry(db: DbOrTx, actor: TActor, id: number): Promise<TEntryOut> {
  assertCan(actor, 'competitions:read');
  return presentEntry(await loadEntry(db, actor, id), actor);
}

/** @throws AppError FORBIDDEN, NOT_FOUND (competition, org), ENTRY_AWARD_INVALID, ENTRY_DUPLICATE (409) */
export async function createEntry(db: Db, actor: TActor, competitionId: number, input: TEntryInput): Promise<TEntryOut> {
  assertCan(actor, 'competitions:write');
  const competition = await loadCompetition(db, actor, competitionId);
  const org = await entryOrg(db, actor, input.orgId);
  const awardLevel = awardOrThrow(competition.level, input.awardLevel, input.awardGrade);
  return db.transaction(async (tx) => {
    if (await findEntryByKey(tx, competitionId, input.title, input.school))
      throw conflict('ENTRY_DUPLICATE', `本赛事已有该学校的同名作品：${input.title}`, `This competition already has "${input.title}" from ${input.school}`);
    const [{ id }] = await insertEntries(tx, [
      {
        competitionId,
        orgId: org.id,
        title: input.title,
        participants: [...new Set(input.participants ?? [])],
        school: input.school,
        instructor: input.instructor ?? null,
        category: input.category ?? null,
        awardLevel,
        awardGrade: input.awardGrade ?? null,
        announcedOn: input.announcedOn ?? null,
      },
    ]);
    const out = await getEntry(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTRY, entityId: id, action: 'create', orgId: org.id, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND, ENTRY_AWARD_INVALID, ENTRY_DUPLICATE (409) */
export async function updateEntry(db: Db, actor: TActor, id: number, patch: TEntryPatch): Promise<TEntryOut> {
  assertCan(actor, 'competitions:write');
  const current = await loadEntry(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== current.orgId) await getOrgInScope(db, actor, patch.orgId);
  const competition = (await findCompetitionById(db, current.competitionId))!;
  const grade = patch.awardGrade === undefined ? current.awardGrade : patch.awardGrade;
  // clearing the grade clears the level; a new grade without a level takes the competition's
  const level = patch.awardLevel === undefined ? (grade ? current.awardLevel : null) : patch.awardLevel;
  const awardLevel = awardOrThrow(competition.level, level, grade);
  const before = presentEntry(current, actor);
  return db.transaction(async (tx) => {
    const title = patch.title ?? current.title;
    const school = patch.school ?? current.school;
    if (await findEntryByKey(tx, current.competitionId, title, school, id))
      throw conflict('ENTRY_DUPLICATE', `本赛事已有该学校的同名作品：${title}`, `This competition already has "${title}" from ${school}`);
    await updateEntryRow(tx, id, {
      title: patch.title,
      participants: patch.participants ? [...new Set(patch.participants)] : undefined,
      school: patch.school,
      instructor: patch.instructor,
      orgId: patch.orgId,
      category: patch.category,
      awardLevel,
      awardGrade: grade ?? null,
      announcedOn: patch.announcedOn,
    });
    const out = await getEntry(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTRY, entityId: id, action: 'update', orgId: out.orgId, before, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function deleteEntry(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'competitions:write');
  const before = presentEntry(await loadEntry(db, actor, id), actor);
  await db.transaction(async (tx) => {
    await deleteEntryRow(tx, id);
    await recordAudit(tx, actor, { entity: ENTRY, entityId: id, action: 'delete', orgId: before.orgId, before });
  });
}

/** Portal: awarded entries with school, district and award; never the students' names. */
export async function listPublicResults(db: DbOrTx, q: { year?: number; series?: string; page: number; pageSize: number }) {
  const r = await selectPublicResults(db, q);
  return { ...r, items: r.items.filter((i) => i.awardLevel && i.awardGrade) as Array<(typeof r.items)[number] & { awardLevel: TCompetitionLevel; awardGrade: NonNullable<(typeof r.items)[number]['awardGrade']> }> };
}
