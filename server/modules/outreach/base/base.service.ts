import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan, can, canRevealPii, inScope, type TActor } from '../../../platform/auth/policy.js';
import { badRequest, conflict, forbidden, notFound } from '../../../platform/errors.js';
import { todayInChina } from '../../../platform/http/common.types.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import type { TTransitionRule } from '../../../platform/workflow/workflow.js';
import { allowedTransitions } from '../../../platform/workflow/workflow.js';
import { insertTransitions } from '../../../platform/workflow/workflow.repo.js';
import { applyTransitionInTx, listTransitions } from '../../../platform/workflow/workflow.service.js';
import { presentBase, presentPublicBase } from './base.present.js';
import { scheduleBaseReview } from './base.reminders.js';
import {
  deleteBaseRow,
  districtOfOrg,
  findBaseById,
  findBaseByKey,
  findBasesByKeys,
  findDistrict,
  insertBases,
  lockBaseStatus,
  searchColumns,
  selectBases,
  selectPublicBases,
  type TBaseRow,
  type TBaseValues,
  updateBaseRow,
} from './base.repo.js';
import {
  BASE_KIND_LABELS,
  BASE_KINDS_WITH_LEVEL,
  BASE_REVIEW_DUE_MONTHS,
  type TBaseDetail,
  type TBaseInput,
  type TBaseKind,
  type TBaseOut,
  type TBasePatch,
  type TBaseQuery,
  type TBaseTransitionInput,
  type TPublicBaseQuery,
} from './base.types.js';
import {
  addMonths,
  addYears,
  BASE_OWNER_EDITABLE,
  BASE_RECOGNIZED,
  BASE_VALID_YEARS,
  BASE_WORKFLOW,
  datesOnMove,
  type TBaseParty,
  type TBaseStatus,
} from './base.workflow.js';

export const BASE_ENTITY = 'outreach_base';
const notFoundBase = () => notFound('科普阵地', 'Base');

/** What the actor is to a base: `owner` (bases:write in its subtree), `city` (bases:review). */
export function baseParties(actor: TActor, row: Pick<TBaseRow, 'orgPath'>): TBaseParty[] {
  if (!inScope(actor, row.orgPath)) return [];
  const parties: TBaseParty[] = [];
  if (can(actor, 'bases:write')) parties.push('owner');
  if (can(actor, 'bases:review')) parties.push('city');
  return parties;
}

function canEditBase(parties: readonly TBaseParty[], status: TBaseStatus) {
  if (parties.includes('city')) return status !== 'cancelled';
  return parties.includes('owner') && BASE_OWNER_EDITABLE.has(status);
}

/** The last day a base's validity may end on to count as due for 复核 now. */
export function reviewDueUntil(months = BASE_REVIEW_DUE_MONTHS, today = todayInChina()) {
  return addMonths(today, months);
}

function present(actor: TActor, row: TBaseRow, today = todayInChina()): TBaseOut {
  const parties = baseParties(actor, row);
  return presentBase(
    row,
    { allowedTransitions: allowedTransitions(BASE_WORKFLOW, row.status, parties), canEdit: canEditBase(parties, row.status), canRevealPii: canRevealPii(actor) },
    reviewDueUntil(BASE_REVIEW_DUE_MONTHS, today),
    today,
  );
}

async function loadInScope(db: DbOrTx, actor: TActor, id: number): Promise<TBaseRow> {
  assertCan(actor, 'bases:read');
  const row = await findBaseById(db, id);
  if (!row || !inScope(actor, row.orgPath)) throw notFoundBase();
  return row;
}

async function detail(db: DbOrTx, actor: TActor, row: TBaseRow): Promise<TBaseDetail> {
  return { ...present(actor, row), transitions: await listTransitions(db, BASE_WORKFLOW, row.id) };
}

type TMerged = Pick<TBaseValues, 'kind' | 'name' | 'orgId'> & {
  level: TBaseValues['level'];
  category: TBaseValues['category'];
  districtId: number | null;
  lng: number | null;
  lat: number | null;
};

/**
 * The rules a base's fields obey together: a level for bases, schools and counties; a category only
 * for 科普教育基地 (dropped otherwise); both coordinates or neither; the district a county-level org;
 * name + kind unique per owner.
 * @throws AppError BASE_LEVEL_REQUIRED, BASE_COORDS_PAIR, BASE_DISTRICT_INVALID, BASE_DUPLICATE
 */
async function checkBase(db: DbOrTx, m: TMerged, selfId?: number): Promise<TMerged> {
  if (BASE_KINDS_WITH_LEVEL.has(m.kind) && !m.level)
    throw badRequest('BASE_LEVEL_REQUIRED', `${BASE_KIND_LABELS[m.kind].zh}须填写级别（国家级/省级/市级）`, 'Give the level (national, provincial or municipal)', [
      { path: 'level', message: '请选择级别' },
    ]);
  if ((m.lng == null) !== (m.lat == null))
    throw badRequest('BASE_COORDS_PAIR', '经度和纬度须同时填写或同时留空', 'Give both longitude and latitude, or neither', [
      { path: m.lng == null ? 'lng' : 'lat', message: '经纬度须成对填写' },
    ]);
  if (m.districtId != null) {
    const d = await findDistrict(db, m.districtId);
    if (d?.kind !== 'district')
      throw badRequest('BASE_DISTRICT_INVALID', '所在县区须为县（市、区）科协', 'The district must be a county-level org', [{ path: 'districtId', message: '请选择县（市、区）' }]);
  }
  if (await findBaseByKey(db, m, selfId))
    throw conflict('BASE_DUPLICATE', `本组织已登记同名同类科普阵地：${m.name}`, `A base of this kind is already named ${m.name} in this org`);
  return { ...m, category: m.kind === 'education_base' ? m.category : null };
}

/** @throws AppError FORBIDDEN, NOT_FOUND (outside the actor's subtree too) */
export async function getBase(db: DbOrTx, actor: TActor, id: number): Promise<TBaseDetail> {
  return detail(db, actor, await loadInScope(db, actor, id));
}

export async function listBases(db: DbOrTx, actor: TActor, q: TBaseQuery) {
  assertCan(actor, 'bases:read');
  const today = todayInChina();
  const { items, total, totals } = await selectBases(db, actor, q, reviewDueUntil(q.months ?? BASE_REVIEW_DUE_MONTHS, today));
  return { items: items.map((r) => present(actor, r, today)), total, totals };
}

/** @throws AppError FORBIDDEN, NOT_FOUND (org), BASE_LEVEL_REQUIRED, BASE_COORDS_PAIR, BASE_DISTRICT_INVALID, BASE_DUPLICATE */
export async function createBase(db: Db, actor: TActor, input: TBaseInput): Promise<TBaseDetail> {
  assertCan(actor, 'bases:write');
  const org = await getOrgInScope(db, actor, input.orgId ?? actor.orgId);
  return db.transaction(async (tx) => {
    const m = await checkBase(tx, {
      kind: input.kind,
      name: input.name,
      orgId: org.id,
      level: input.level ?? null,
      category: input.category ?? null,
      districtId: input.districtId === undefined ? await districtOfOrg(tx, org.path) : input.districtId,
      lng: input.lng ?? null,
      lat: input.lat ?? null,
    });
    const [{ id }] = await insertBases(tx, [
      {
        ...m,
        hostUnit: input.hostUnit || null,
        address: input.address || null,
        contactName: input.contactName || null,
        contactPhone: input.contactPhone || null,
        description: input.description || null,
        isPublic: input.isPublic ?? true,
        status: 'recommended',
        ...searchColumns({ name: m.name, hostUnit: input.hostUnit, address: input.address, description: input.description }),
      },
    ]);
    const row = (await findBaseById(tx, id))!;
    const out = await detail(tx, actor, row);
    await recordAudit(tx, actor, { entity: BASE_ENTITY, entityId: id, action: 'create', orgId: org.id, after: present(actor, row) });
    return out;
  });
}

/**
 * Edits a base: the owner while it is 推荐 or 申报, the city in any state but 取消 (the city may also
 * correct the 认定日期; the valid-until moves with it).
 * @throws AppError FORBIDDEN, NOT_FOUND, BASE_LEVEL_REQUIRED, BASE_COORDS_PAIR, BASE_DISTRICT_INVALID, BASE_DUPLICATE
 */
export async function updateBase(db: Db, actor: TActor, id: number, patch: TBasePatch): Promise<TBaseDetail> {
  assertCan(actor, 'bases:write');
  const current = await loadInScope(db, actor, id);
  const parties = baseParties(actor, current);
  if (!canEditBase(parties, current.status))
    throw forbidden(`「${BASE_WORKFLOW.label(current.status)}」状态的科普阵地只能由市科协修改`, 'Only the city association edits a base in this state');
  if (patch.recognizedOn !== undefined && !parties.includes('city')) throw forbidden('只有市科协可以修改认定日期', 'Only the city association sets the recognition date');
  if (patch.recognizedOn && !BASE_RECOGNIZED.has(current.status))
    throw badRequest('BASE_NOT_RECOGNIZED', '尚未认定的科普阵地不能填写认定日期', 'A base not yet recognized has no recognition date', [{ path: 'recognizedOn', message: '尚未认定' }]);
  const org = patch.orgId !== undefined && patch.orgId !== current.orgId ? await getOrgInScope(db, actor, patch.orgId) : null;
  return db.transaction(async (tx) => {
    const pick = <K extends keyof TBasePatch & keyof TBaseRow>(k: K) => (patch[k] === undefined ? current[k] : patch[k]);
    const m = await checkBase(
      tx,
      {
        kind: patch.kind ?? current.kind,
        name: patch.name ?? current.name,
        orgId: org?.id ?? current.orgId,
        level: (pick('level') as TBaseRow['level']) ?? null,
        category: (pick('category') as TBaseRow['category']) ?? null,
        districtId: (pick('districtId') as number | null) ?? null,
        lng: (pick('lng') as number | null) ?? null,
        lat: (pick('lat') as number | null) ?? null,
      },
      id,
    );
    const text = (k: 'hostUnit' | 'address' | 'contactName' | 'contactPhone' | 'description') => (patch[k] === undefined ? undefined : patch[k] || null);
    const dates =
      patch.recognizedOn === undefined
        ? {}
        : { recognizedOn: patch.recognizedOn, validUntil: patch.recognizedOn ? addYears(patch.recognizedOn, BASE_VALID_YEARS) : null };
    await updateBaseRow(tx, id, {
      ...m,
      hostUnit: text('hostUnit'),
      address: text('address'),
      contactName: text('contactName'),
      contactPhone: text('contactPhone'),
      description: text('description'),
      isPublic: patch.isPublic,
      ...dates,
      ...searchColumns({
        name: m.name,
        hostUnit: patch.hostUnit === undefined ? current.hostUnit : patch.hostUnit,
        address: patch.address === undefined ? current.address : patch.address,
        description: patch.description === undefined ? current.description : patch.description,
      }),
    });
    const row = (await findBaseById(tx, id))!;
    if (patch.recognizedOn !== undefined) await scheduleBaseReview(tx, id, row.validUntil, BASE_RECOGNIZED.has(row.status));
    await recordAudit(tx, actor, { entity: BASE_ENTITY, entityId: id, action: 'update', orgId: row.orgId, before: present(actor, current), after: present(actor, row) });
    return detail(tx, actor, row);
  });
}

/** Deletes a base: the owner while it is 推荐 or 申报, the city any time. @throws AppError FORBIDDEN, NOT_FOUND */
export async function deleteBase(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'bases:write');
  const row = await loadInScope(db, actor, id);
  const parties = baseParties(actor, row);
  if (!parties.includes('city') && !BASE_OWNER_EDITABLE.has(row.status))
    throw forbidden('已进入审核的科普阵地只能由市科协删除', 'Only the city association deletes a base once under review');
  await db.transaction(async (tx) => {
    await deleteBaseRow(tx, id);
    await scheduleBaseReview(tx, id, null, false);
    await recordAudit(tx, actor, { entity: BASE_ENTITY, entityId: id, action: 'delete', orgId: row.orgId, before: present(actor, row) });
  });
}

function wrongParty(parties: readonly TBaseParty[]) {
  return (rule: TTransitionRule<TBaseParty>): [string, string] | undefined =>
    parties.includes('owner') && !rule.who.includes('owner')
      ? ['审核、认定和复核由市科协进行；县区和学会负责推荐与申报', 'The city association reviews, recognizes and re-reviews; districts recommend and apply']
      : undefined;
}

/**
 * Moves a base along its review cycle (推荐 → 申报 → 审核 → 认定 → 复核 → 保留 / 取消). 认定 sets the
 * recognition date to today and the validity to five years; 保留 extends it by five years. Illegal
 * moves are 409; a district taking a city's move is 403.
 * @throws AppError FORBIDDEN, NOT_FOUND, BASE_TRANSITION_INVALID, REASON_REQUIRED
 */
export async function transitionBase(db: Db, actor: TActor, id: number, input: TBaseTransitionInput): Promise<TBaseDetail> {
  assertCan(actor, 'bases:write');
  const row = await loadInScope(db, actor, id);
  const parties = baseParties(actor, row);
  const reason = input.reason?.trim() || null;
  return db.transaction(async (tx) => {
    const today = todayInChina();
    const dates = datesOnMove(input.to, row, today);
    await applyTransitionInTx(tx, BASE_WORKFLOW, {
      entityId: row.id,
      orgId: row.orgId,
      from: row.status,
      to: input.to,
      actor,
      parties,
      reason,
      forbiddenMessage: wrongParty(parties),
      lock: () => lockBaseStatus(tx, id),
      update: () => updateBaseRow(tx, id, { status: input.to, statusReason: reason, ...dates }),
      audit: { after: { name: row.name, ...dates } },
    });
    const after = (await findBaseById(tx, id))!;
    await scheduleBaseReview(tx, id, after.validUntil, BASE_RECOGNIZED.has(after.status) && after.status !== 'in_review');
    return detail(tx, actor, after);
  });
}

/**
 * The full contact phone of one base, for a role the configuration allows; audited.
 * @throws AppError FORBIDDEN, NOT_FOUND (outside scope too)
 */
export async function revealBasePii(db: Db, actor: TActor, id: number) {
  const row = await loadInScope(db, actor, id);
  if (!canRevealPii(actor)) throw forbidden('无权查看完整的联系电话', 'You may not see full phone numbers');
  await recordAudit(db, actor, {
    entity: BASE_ENTITY,
    entityId: id,
    action: 'reveal_pii',
    orgId: row.orgId,
    after: { fields: ['contactPhone'] },
    note: `查看 ${row.name} 联系人的完整电话`,
  });
  return { id, contactPhone: row.contactPhone };
}

/** The most bases the portal map draws at once. */
export const PUBLIC_BASES_MAX = 2000;

/** Recognized public bases for the portal map: public fields only, no login. */
export async function listPublicBases(db: DbOrTx, q: TPublicBaseQuery) {
  const r = await selectPublicBases(db, q, PUBLIC_BASES_MAX);
  return { ...r, items: r.items.map(presentPublicBase) };
}

// ---- import

/** States a new base may be imported in; later steps go through the workflow. 认定 needs 'bases:review'. */
export const BASE_IMPORT_STATUSES = ['recommended', 'applied', 'recognized'] as const satisfies readonly TBaseStatus[];

export interface TBaseImportInput {
  kind: TBaseKind;
  name: string;
  orgId: number;
  orgPath: string;
  level: TBaseValues['level'] | null;
  category: TBaseValues['category'] | null;
  districtId: number | null | undefined;
  hostUnit: string | null;
  address: string | null;
  contactName: string | null;
  contactPhone: string | null;
  lng: number | null;
  lat: number | null;
  isPublic: boolean;
  description: string | null;
  /** For new bases only (matched ones keep their state). */
  status: (typeof BASE_IMPORT_STATUSES)[number];
  recognizedOn: string | null;
}

/** Fields an import file may leave out; a matched base then keeps its value. */
export const BASE_OPTIONAL_FIELDS = ['level', 'category', 'district', 'hostUnit', 'address', 'contactName', 'contactPhone', 'lng', 'lat', 'isPublic', 'description'] as const;

export const baseImportKey = (k: { name: string; kind: string; orgId: number }) => `${k.name}|${k.kind}|${k.orgId}`;

/**
 * Import: inserts new bases and updates those matched on 名称 + 类型 + 所属组织, inside the import's
 * transaction; any row error and the caller rolls everything back.
 */
export async function upsertBases(
  tx: DbOrTx,
  actor: TActor,
  inputs: TBaseImportInput[],
  opts: { keep: readonly string[]; onProgress?: (done: number) => void },
) {
  const errors: Array<{ index: number; column?: string; message: string; messageEn: string }> = [];
  const existing = new Map((await findBasesByKeys(tx, inputs.map((i) => i.name))).map((r) => [baseImportKey(r), r]));
  const keep = new Set(opts.keep);
  const today = todayInChina();
  let inserted = 0;
  let updated = 0;
  const transitions: Parameters<typeof insertTransitions>[1] = [];
  for (const [index, input] of inputs.entries()) {
    const found = existing.get(baseImportKey(input));
    const districtId = input.districtId === undefined ? (found ? found.districtId : await districtOfOrg(tx, input.orgPath)) : input.districtId;
    const merged = {
      kind: input.kind,
      name: input.name,
      orgId: input.orgId,
      level: keep.has('level') && found ? found.level : input.level,
      category: keep.has('category') && found ? found.category : input.category,
      districtId: keep.has('district') && found ? found.districtId : districtId,
      lng: keep.has('lng') && found ? found.lng : input.lng,
      lat: keep.has('lat') && found ? found.lat : input.lat,
    };
    let m: TMerged;
    try {
      m = await checkBase(tx, merged, found?.id);
    } catch (err) {
      const e = err as { fields?: Array<{ path: string }>; message: string; messageEn?: string };
      errors.push({ index, column: e.fields?.[0]?.path, message: e.message, messageEn: e.messageEn ?? e.message });
      continue;
    }
    const field = <K extends 'hostUnit' | 'address' | 'contactName' | 'contactPhone' | 'description'>(k: K) => (keep.has(k) && found ? found[k] : input[k]);
    const values = {
      ...m,
      hostUnit: field('hostUnit'),
      address: field('address'),
      contactName: field('contactName'),
      contactPhone: field('contactPhone'),
      description: field('description'),
      isPublic: keep.has('isPublic') && found ? found.isPublic : input.isPublic,
    };
    const search = searchColumns(values);
    if (found) {
      await updateBaseRow(tx, found.id, { ...values, ...search });
      updated++;
    } else {
      if (input.status === 'recognized') {
        if (!can(actor, 'bases:review')) {
          errors.push({ index, column: 'status', message: '只有市科协可以导入已认定的科普阵地', messageEn: 'Only the city association imports recognized bases' });
          continue;
        }
        if (!input.recognizedOn) {
          errors.push({ index, column: 'recognizedOn', message: '已认定的科普阵地须填写认定日期', messageEn: 'A recognized base needs its recognition date' });
          continue;
        }
        if (input.recognizedOn > today) {
          errors.push({ index, column: 'recognizedOn', message: '认定日期不能晚于今天', messageEn: 'The recognition date lies in the future' });
          continue;
        }
      }
      const recognized = input.status === 'recognized';
      const validUntil = recognized && input.recognizedOn ? addYears(input.recognizedOn, BASE_VALID_YEARS) : null;
      const [{ id }] = await insertBases(tx, [
        { ...values, ...search, status: input.status, recognizedOn: recognized ? input.recognizedOn : null, validUntil },
      ]);
      if (input.status !== 'recommended')
        transitions.push({
          entity: BASE_WORKFLOW.entity,
          entityId: id,
          orgId: values.orgId,
          fromStatus: 'recommended',
          toStatus: input.status,
          actorId: actor.userId,
          actorName: actor.displayName,
          actorOrgId: actor.orgId,
          reason: '批量导入',
          at: new Date(),
        });
      if (recognized) await scheduleBaseReview(tx, id, validUntil, true);
      inserted++;
    }
    opts.onProgress?.(index + 1);
  }
  if (errors.length === 0) await insertTransitions(tx, transitions);
  return { inserted, updated, errors };
}
