import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { type TActor, assertCan, inScope } from '../../../platform/auth/policy.js';
import { conflict, notFound } from '../../../platform/errors.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import { checkLinks, loadLinkMaps } from '../docking/linked-records.service.js';
import { presentFundedProject } from './funded-project.present.js';
import {
  type TFundedProjectRow,
  deleteFundedProjectRow,
  findFundedProjectById,
  findFundedProjectByKey,
  insertFundedProjects,
  selectFundedProjects,
  updateFundedProjectRow,
} from './funded-project.repo.js';
import type { TFundedProjectInput, TFundedProjectOut, TFundedProjectPatch, TFundedProjectQuery } from './funded-project.types.js';

const ENTITY = 'funded_project';
const notFoundProject = () => notFound('立项项目', 'Funded project');

async function present(db: DbOrTx, rows: TFundedProjectRow[]): Promise<TFundedProjectOut[]> {
  const links = await loadLinkMaps(db, { enterpriseIds: rows.flatMap((r) => (r.enterpriseId == null ? [] : [r.enterpriseId])) });
  return rows.map((r) => presentFundedProject(r, links));
}

async function loadInScope(db: DbOrTx, actor: TActor, id: number): Promise<TFundedProjectRow> {
  const row = await findFundedProjectById(db, id);
  if (!row || !inScope(actor, row.orgPath)) throw notFoundProject();
  return row;
}

async function assertUnique(db: DbOrTx, key: { name: string; programme: string; year: number }, selfId?: number) {
  if (await findFundedProjectByKey(db, key, selfId))
    throw conflict(
      'PROJECT_DUPLICATE',
      `${key.year} 年度「${key.programme}」已登记同名项目：${key.name}`,
      `${key.name} is already registered in ${key.programme} ${key.year}`,
    );
}

/** @throws AppError FORBIDDEN, NOT_FOUND (outside the actor's subtree too) */
export async function getFundedProject(db: DbOrTx, actor: TActor, id: number): Promise<TFundedProjectOut> {
  assertCan(actor, 'projects:read');
  return (await present(db, [await loadInScope(db, actor, id)]))[0];
}

/** Projects of the actor's subtree, with count and amount over everything the filters match. */
export async function listFundedProjects(db: DbOrTx, actor: TActor, q: TFundedProjectQuery) {
  assertCan(actor, 'projects:read');
  const { items, totals } = await selectFundedProjects(db, actor, q);
  return { items: await present(db, items), total: totals.projects, totals };
}

/** @throws AppError FORBIDDEN, NOT_FOUND (org), PROJECT_DUPLICATE, LINK_NOT_FOUND */
export async function createFundedProject(db: Db, actor: TActor, input: TFundedProjectInput): Promise<TFundedProjectOut> {
  assertCan(actor, 'projects:write');
  const orgId = input.orgId ?? actor.orgId;
  await getOrgInScope(db, actor, orgId);
  return db.transaction(async (tx) => {
    await assertUnique(tx, input);
    if (input.enterpriseId != null) await checkLinks(tx, actor, { enterpriseIds: [input.enterpriseId] });
    const [{ id }] = await insertFundedProjects(tx, [
      {
        orgId,
        name: input.name,
        programme: input.programme,
        level: input.level,
        year: input.year,
        leadUnit: input.leadUnit ?? null,
        enterpriseId: input.enterpriseId ?? null,
        status: input.status ?? 'approved',
        amount: input.amount ?? null,
      },
    ]);
    const out = await getFundedProject(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'create', orgId, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND, PROJECT_DUPLICATE, LINK_NOT_FOUND */
export async function updateFundedProject(db: Db, actor: TActor, id: number, patch: TFundedProjectPatch): Promise<TFundedProjectOut> {
  assertCan(actor, 'projects:write');
  const before = await getFundedProject(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== before.orgId) await getOrgInScope(db, actor, patch.orgId);
  return db.transaction(async (tx) => {
    await assertUnique(tx, { name: patch.name ?? before.name, programme: patch.programme ?? before.programme, year: patch.year ?? before.year }, id);
    if (patch.enterpriseId != null) await checkLinks(tx, actor, { enterpriseIds: [patch.enterpriseId] });
    await updateFundedProjectRow(tx, id, {
      orgId: patch.orgId,
      name: patch.name,
      programme: patch.programme,
      level: patch.level,
      year: patch.year,
      leadUnit: patch.leadUnit,
      enterpriseId: patch.enterpriseId,
      status: patch.status,
      amount: patch.amount,
    });
    const out = await getFundedProject(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'update', orgId: out.orgId, before, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function deleteFundedProject(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'projects:write');
  const before = await getFundedProject(db, actor, id);
  await db.transaction(async (tx) => {
    await deleteFundedProjectRow(tx, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'delete', orgId: before.orgId, before });
  });
}
