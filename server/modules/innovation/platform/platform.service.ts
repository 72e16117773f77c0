import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { type TActor, assertCan, inScope } from '../../../platform/auth/policy.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { checkLinks, loadLinkMaps } from '../docking/linked-records.service.js';
import { presentAssessment, presentPlatform } from './platform.present.js';
import {
  type TPlatformRow,
  assessmentsOf,
  deletePlatformRow,
  findAssessment,
  findPlatformById,
  findPlatformByName,
  insertAssessments,
  insertPlatforms,
  selectPlatforms,
  updatePlatformRow,
} from './platform.repo.js';
import type { TAssessmentInput, TAssessmentOut, TPlatformInput, TPlatformOut, TPlatformPatch, TPlatformQuery } from './platform.types.js';

const ENTITY = 'platform';
const notFoundPlatform = () => notFound('创新平台', 'Platform');

async function present(db: DbOrTx, rows: TPlatformRow[]): Promise<TPlatformOut[]> {
  const [links, assessments] = await Promise.all([
    loadLinkMaps(db, {
      expertIds: rows.flatMap((r) => r.expertIds),
      enterpriseIds: rows.flatMap((r) => (r.hostEnterpriseId == null ? [] : [r.hostEnterpriseId])),
    }),
    assessmentsOf(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  const today = todayInChina();
  return rows.map((r) => presentPlatform(r, links, assessments.get(r.id) ?? [], today));
}

async function loadInScope(db: DbOrTx, actor: TActor, id: number): Promise<TPlatformRow> {
  const row = await findPlatformById(db, id);
  if (!row || !inScope(actor, row.orgPath)) throw notFoundPlatform();
  return row;
}

/** The rules a platform's fields obey together (host, dates, unique kind + name). */
async function checkPlatform(
  db: DbOrTx,
  merged: { kind: TPlatformRow['kind']; name: string; hostEnterpriseId: number | null; hostName: string | null; establishedOn: string | null; validUntil: string | null },
  selfId?: number,
) {
  if (merged.hostEnterpriseId == null && !merged.hostName)
    throw badRequest('PLATFORM_HOST_REQUIRED', '请填写依托企业或依托单位名称', 'Give the host enterprise or the host name', [
      { path: 'hostName', message: '依托企业或依托单位至少填一项' },
    ]);
  if (merged.establishedOn && merged.validUntil && merged.validUntil < merged.establishedOn)
    throw badRequest('PLATFORM_DATES', '有效期不能早于认定日期', 'validUntil is before establishedOn', [
      { path: 'validUntil', message: '不能早于认定日期' },
    ]);
  if (await findPlatformByName(db, merged.kind, merged.name, selfId))
    throw conflict('PLATFORM_DUPLICATE', `已有同名同类平台：${merged.name}`, `A platform of this kind is already named ${merged.name}`);
}

/** @throws AppError FORBIDDEN, NOT_FOUND (outside the actor's subtree too) */
export async function getPlatform(db: DbOrTx, actor: TActor, id: number): Promise<TPlatformOut> {
  assertCan(actor, 'platforms:read');
  return (await present(db, [await loadInScope(db, actor, id)]))[0];
}

export async function listPlatforms(db: DbOrTx, actor: TActor, q: TPlatformQuery) {
  assertCan(actor, 'platforms:read');
  const { items, total, totals } = await selectPlatforms(db, actor, q);
  return { items: await present(db, items), total, totals };
}

/** @throws AppError FORBIDDEN, NOT_FOUND (org), PLATFORM_HOST_REQUIRED, PLATFORM_DATES, PLATFORM_DUPLICATE, LINK_NOT_FOUND */
export async function createPlatform(db: Db, actor: TActor, input: TPlatformInput): Promise<TPlatformOut> {
  assertCan(actor, 'platforms:write');
  const orgId = input.orgId ?? actor.orgId;
  await getOrgInScope(db, actor, orgId);
  return db.transaction(async (tx) => {
    const values = {
      kind: input.kind,
      name: input.name,
      level: input.level,
      hostEnterpriseId: input.hostEnterpriseId ?? null,
      hostName: input.hostName || null,
      establishedOn: input.establishedOn ?? null,
      validUntil: input.validUntil ?? null,
    };
    await checkPlatform(tx, values);
    const links = await checkLinks(tx, actor, {
      expertIds: input.expertIds,
      enterpriseIds: values.hostEnterpriseId == null ? undefined : [values.hostEnterpriseId],
    });
    const [{ id }] = await insertPlatforms(tx, [
      {
        ...values,
        orgId,
        expertIds: links.expertIds ?? [],
        academicians: [...new Set(input.academicians ?? [])],
        status: input.status ?? 'active',
        description: input.description ?? null,
      },
    ]);
    const out = await getPlatform(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'create', orgId, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND, PLATFORM_HOST_REQUIRED, PLATFORM_DATES, PLATFORM_DUPLICATE, LINK_NOT_FOUND */
export async function updatePlatform(db: Db, actor: TActor, id: number, patch: TPlatformPatch): Promise<TPlatformOut> {
  assertCan(actor, 'platforms:write');
  const before = await getPlatform(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== before.orgId) await getOrgInScope(db, actor, patch.orgId);
  return db.transaction(async (tx) => {
    const current = (await findPlatformById(tx, id))!;
    const pick = <K extends keyof TPlatformPatch & keyof TPlatformRow>(k: K) => (patch[k] === undefined ? current[k] : patch[k]);
    await checkPlatform(
      tx,
      {
        kind: patch.kind ?? current.kind,
        name: patch.name ?? current.name,
        hostEnterpriseId: (pick('hostEnterpriseId') as number | null) ?? null,
        hostName: (pick('hostName') as string | null) || null,
        establishedOn: (pick('establishedOn') as string | null) ?? null,
        validUntil: (pick('validUntil') as string | null) ?? null,
      },
      id,
    );
    const links = await checkLinks(tx, actor, {
      expertIds: patch.expertIds,
      enterpriseIds: patch.hostEnterpriseId == null ? undefined : [patch.hostEnterpriseId],
    });
    await updatePlatformRow(tx, id, {
      kind: patch.kind,
      name: patch.name,
      level: patch.level,
      orgId: patch.orgId,
      hostEnterpriseId: patch.hostEnterpriseId,
      hostName: patch.hostName === undefined ? undefined : patch.hostName || null,
      expertIds: links.expertIds,
      academicians: patch.academicians ? [...new Set(patch.academicians)] : undefined,
      establishedOn: patch.establishedOn,
      validUntil: patch.validUntil,
      status: patch.status,
      description: patch.description,
    });
    const out = await getPlatform(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'update', orgId: out.orgId, before, after: out });
    return out;
  });
}

/** Deletes a platform and its assessments. @throws AppError FORBIDDEN, NOT_FOUND */
export async function deletePlatform(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'platforms:write');
  const before = await getPlatform(db, actor, id);
  await db.transaction(async (tx) => {
    await deletePlatformRow(tx, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'delete', orgId: before.orgId, before });
  });
}

/**
 * Records the yearly assessment (年度考核) of a platform: one per year, for a year that has begun and
 * is not before the platform was established.
 * @throws AppError FORBIDDEN, NOT_FOUND, ASSESSMENT_YEAR_INVALID, ASSESSMENT_EXISTS (409)
 */
export async function assessPlatform(db: Db, actor: TActor, id: number, input: TAssessmentInput): Promise<TAssessmentOut> {
  assertCan(actor, 'platforms:assess');
  const platform = await loadInScope(db, actor, id);
  const thisYear = Number(todayInChina().slice(0, 4));
  const firstYear = platform.establishedOn ? Number(platform.establishedOn.slice(0, 4)) : 1990;
  if (input.year > thisYear || input.year < firstYear)
    throw badRequest(
      'ASSESSMENT_YEAR_INVALID',
      `考核年度应在 ${firstYear}–${thisYear} 年之间`,
      `The year assessed must lie between ${firstYear} and ${thisYear}`,
      [{ path: 'year', message: `${firstYear}–${thisYear}` }],
    );
  return db.transaction(async (tx) => {
    if (await findAssessment(tx, id, input.year))
      throw conflict('ASSESSMENT_EXISTS', `${platform.name} 已有 ${input.year} 年度考核结果`, `${platform.name} already has an assessment for ${input.year}`);
    const [row] = await insertAssessments(tx, [
      { platformId: id, year: input.year, rating: input.rating, score: input.score ?? null, note: input.note ?? null },
    ]);
    const out = presentAssessment(row);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'assess', orgId: platform.orgId, after: { ...out, platformName: platform.name } });
    return out;
  });
}
