import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { assertCan, can, inScope, type TActor } from '../../../platform/auth/policy.js';
import { badRequest, conflict, notFound } from '../../../platform/errors.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import {
  deleteColumnRow,
  deleteScreenRow,
  findColumnById,
  findColumnByName,
  findColumnsByIds,
  findScreenByCode,
  findScreenById,
  insertColumns,
  insertScreens,
  selectColumns,
  selectScreens,
  updateColumnRow,
  updateScreenRow,
} from './content.repo.js';
import type { TColumnInput, TColumnOut, TColumnPatch, TScreenInput, TScreenOut, TScreenPatch } from './content.types.js';

// 科普栏目 columns (read city-wide: every writer files into them; edited within the owner's subtree) and
// 科普大屏 screens (scoped by org like the rest).

const notFoundColumn = () => notFound('科普栏目', 'Column');
const notFoundScreen = () => notFound('科普大屏', 'Screen');

export async function listColumns(db: DbOrTx, actor: TActor): Promise<{ items: TColumnOut[]; total: number }> {
  assertCan(actor, 'content:read');
  const rows = await selectColumns(db);
  const items = rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    sortOrder: r.sortOrder,
    orgId: r.orgId,
    orgName: r.orgName,
    contentCount: r.contentCount,
    isDemo: r.isDemo,
    canEdit: can(actor, 'content:review') && inScope(actor, r.orgPath),
  }));
  return { items, total: items.length };
}

/** Columns are readable city-wide. @throws AppError FORBIDDEN, NOT_FOUND */
export async function getColumn(db: DbOrTx, actor: TActor, id: number): Promise<TColumnOut> {
  const item = (await listColumns(db, actor)).items.find((c) => c.id === id);
  if (!item) throw notFoundColumn();
  return item;
}

async function columnForWrite(db: DbOrTx, actor: TActor, id: number) {
  assertCan(actor, 'content:review');
  const row = await findColumnById(db, id);
  if (!row || !inScope(actor, row.orgPath)) throw notFoundColumn();
  return row;
}

async function checkColumnName(db: DbOrTx, name: string, selfId?: number) {
  const other = await findColumnByName(db, name);
  if (other && other.id !== selfId) throw conflict('COLUMN_DUPLICATE', `已有同名栏目：${name}`, `A column is already named ${name}`);
}

/** @throws AppError FORBIDDEN, NOT_FOUND (org), COLUMN_DUPLICATE */
export async function createColumn(db: Db, actor: TActor, input: TColumnInput): Promise<TColumnOut> {
  assertCan(actor, 'content:review');
  const orgId = input.orgId ?? actor.orgId;
  await getOrgInScope(db, actor, orgId);
  return db.transaction(async (tx) => {
    await checkColumnName(tx, input.name);
    const [{ id }] = await insertColumns(tx, [{ name: input.name, description: input.description || null, sortOrder: input.sortOrder ?? 0, orgId }]);
    const out = await getColumn(tx, actor, id);
    await recordAudit(tx, actor, { entity: 'column', entityId: id, action: 'create', orgId, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND, COLUMN_DUPLICATE */
export async function updateColumn(db: Db, actor: TActor, id: number, patch: TColumnPatch): Promise<TColumnOut> {
  const row = await columnForWrite(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== row.orgId) await getOrgInScope(db, actor, patch.orgId);
  const before = await getColumn(db, actor, id);
  return db.transaction(async (tx) => {
    if (patch.name) await checkColumnName(tx, patch.name, id);
    await updateColumnRow(tx, id, {
      name: patch.name,
      description: patch.description === undefined ? undefined : patch.description || null,
      sortOrder: patch.sortOrder,
      orgId: patch.orgId,
    });
    const out = await getColumn(tx, actor, id);
    await recordAudit(tx, actor, { entity: 'column', entityId: id, action: 'update', orgId: out.orgId, before, after: out });
    return out;
  });
}

/** Its contents stay (without a column). @throws AppError FORBIDDEN, NOT_FOUND */
export async function deleteColumn(db: Db, actor: TActor, id: number): Promise<void> {
  const row = await columnForWrite(db, actor, id);
  const before = await getColumn(db, actor, id);
  await db.transaction(async (tx) => {
    await deleteColumnRow(tx, id);
    await recordAudit(tx, actor, { entity: 'column', entityId: id, action: 'delete', orgId: row.orgId, before });
  });
}

// ---- screens

type TScreenRowFull = NonNullable<Awaited<ReturnType<typeof findScreenById>>>;

async function presentScreens(db: DbOrTx, rows: TScreenRowFull[]): Promise<TScreenOut[]> {
  const names = new Map((await findColumnsByIds(db, [...new Set(rows.flatMap((r) => r.columnIds))])).map((c) => [c.id, c.name]));
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    location: r.location,
    columnIds: r.columnIds,
    columnNames: r.columnIds.map((id) => names.get(id)).filter((n): n is string => Boolean(n)),
    rotateSeconds: r.rotateSeconds,
    isActive: r.isActive,
    orgId: r.orgId,
    orgName: r.orgName,
    pinnedCount: r.pinnedCount,
    isDemo: r.isDemo,
    kioskPath: `/screen/${r.code}`,
  }));
}

export async function listScreens(db: DbOrTx, actor: TActor) {
  assertCan(actor, 'content:read');
  const items = await presentScreens(db, await selectScreens(db, actor));
  return { items, total: items.length };
}

async function screenInScope(db: DbOrTx, actor: TActor, id: number) {
  const row = await findScreenById(db, id);
  if (!row || !inScope(actor, row.orgPath)) throw notFoundScreen();
  return row;
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function getScreen(db: DbOrTx, actor: TActor, id: number): Promise<TScreenOut> {
  assertCan(actor, 'content:read');
  return (await presentScreens(db, [await screenInScope(db, actor, id)]))[0];
}

async function checkScreen(db: DbOrTx, v: { code?: string; columnIds?: number[] }, selfId?: number) {
  if (v.code) {
    const other = await findScreenByCode(db, v.code);
    if (other && other.id !== selfId) throw conflict('SCREEN_CODE_TAKEN', `大屏编码 ${v.code} 已被使用`, `Screen code ${v.code} is taken`);
  }
  if (v.columnIds?.length) {
    const ids = [...new Set(v.columnIds)];
    if ((await findColumnsByIds(db, ids)).length !== ids.length)
      throw badRequest('COLUMN_NOT_FOUND', '所选栏目不存在', 'A column chosen does not exist', [{ path: 'columnIds', message: '栏目不存在' }]);
  }
}

/** @throws AppError FORBIDDEN, NOT_FOUND (org), SCREEN_CODE_TAKEN, COLUMN_NOT_FOUND */
export async function createScreen(db: Db, actor: TActor, input: TScreenInput): Promise<TScreenOut> {
  assertCan(actor, 'screens:write');
  const orgId = input.orgId ?? actor.orgId;
  await getOrgInScope(db, actor, orgId);
  return db.transaction(async (tx) => {
    await checkScreen(tx, input);
    const [{ id }] = await insertScreens(tx, [
      {
        code: input.code,
        name: input.name,
        location: input.location || null,
        columnIds: [...new Set(input.columnIds ?? [])],
        rotateSeconds: input.rotateSeconds ?? 20,
        isActive: input.isActive ?? true,
        orgId,
      },
    ]);
    const out = await getScreen(tx, actor, id);
    await recordAudit(tx, actor, { entity: 'screen', entityId: id, action: 'create', orgId, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND, SCREEN_CODE_TAKEN, COLUMN_NOT_FOUND */
export async function updateScreen(db: Db, actor: TActor, id: number, patch: TScreenPatch): Promise<TScreenOut> {
  assertCan(actor, 'screens:write');
  const before = await getScreen(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== before.orgId) await getOrgInScope(db, actor, patch.orgId);
  return db.transaction(async (tx) => {
    await checkScreen(tx, patch, id);
    await updateScreenRow(tx, id, {
      code: patch.code,
      name: patch.name,
      location: patch.location === undefined ? undefined : patch.location || null,
      columnIds: patch.columnIds ? [...new Set(patch.columnIds)] : undefined,
      rotateSeconds: patch.rotateSeconds,
      isActive: patch.isActive,
      orgId: patch.orgId,
    });
    const out = await getScreen(tx, actor, id);
    await recordAudit(tx, actor, { entity: 'screen', entityId: id, action: 'update', orgId: out.orgId, before, after: out });
    return out;
  });
}

/** Its publications go with it (the history stays in the audit log). @throws AppError FORBIDDEN, NOT_FOUND */
export async function deleteScreen(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'screens:write');
  const before = await getScreen(db, actor, id);
  await db.transaction(async (tx) => {
    await deleteScreenRow(tx, id);
    await recordAudit(tx, actor, { entity: 'screen', entityId: id, action: 'delete', orgId: before.orgId, before });
  });
}
