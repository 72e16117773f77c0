import type { Db, DbOrTx } from '../../../db/client.js';
import { recordAudit } from '../../../platform/audit/audit.service.js';
import { type TActor, assertCan, inScope } from '../../../platform/auth/policy.js';
import { notFound } from '../../../platform/errors.js';
import { getOrgInScope } from '../../../platform/orgs/org.service.js';
import { presentDockingEvent } from './docking.present.js';
import {
  type TDockingEventRow,
  deleteDockingEventRow,
  findDockingEventById,
  insertDockingEvents,
  selectDockingEvents,
  updateDockingEventRow,
} from './docking.repo.js';
import type { TDockingEventInput, TDockingEventOut, TDockingEventPatch, TDockingEventQuery } from './docking.types.js';
import { checkLinks, loadLinkMaps } from './linked-records.service.js';

const ENTITY = 'docking_event';
const notFoundEvent = () => notFound('对接活动', 'Docking event');

async function present(db: DbOrTx, rows: TDockingEventRow[]): Promise<TDockingEventOut[]> {
  const links = await loadLinkMaps(db, {
    demandIds: rows.flatMap((r) => r.demandIds),
    expertIds: rows.flatMap((r) => r.expertIds),
    enterpriseIds: rows.flatMap((r) => r.enterpriseIds),
  });
  return rows.map((r) => presentDockingEvent(r, links));
}

async function loadInScope(db: DbOrTx, actor: TActor, id: number): Promise<TDockingEventRow> {
  const row = await findDockingEventById(db, id);
  if (!row || !inScope(actor, row.orgPath)) throw notFoundEvent();
  return row;
}

/** @throws AppError FORBIDDEN, NOT_FOUND (outside the actor's subtree too) */
export async function getDockingEvent(db: DbOrTx, actor: TActor, id: number): Promise<TDockingEventOut> {
  assertCan(actor, 'docking:read');
  const [out] = await present(db, [await loadInScope(db, actor, id)]);
  return out;
}

/** Events of the actor's subtree, with outcome totals over everything the filters match. */
export async function listDockingEvents(db: DbOrTx, actor: TActor, q: TDockingEventQuery) {
  assertCan(actor, 'docking:read');
  const { items, totals } = await selectDockingEvents(db, actor, q);
  return { items: await present(db, items), total: totals.events, totals };
}

/**
 * Records a docking event organized by an org of the actor's subtree.
 * @throws AppError FORBIDDEN, NOT_FOUND (org), LINK_NOT_FOUND
 */
export async function createDockingEvent(db: Db, actor: TActor, input: TDockingEventInput): Promise<TDockingEventOut> {
  assertCan(actor, 'docking:write');
  const orgId = input.orgId ?? actor.orgId;
  await getOrgInScope(db, actor, orgId);
  return db.transaction(async (tx) => {
    const links = await checkLinks(tx, actor, input);
    const [{ id }] = await insertDockingEvents(tx, [
      {
        orgId,
        title: input.title,
        date: input.date,
        place: input.place ?? null,
        organizer: input.organizer ?? null,
        demandIds: links.demandIds ?? [],
        expertIds: links.expertIds ?? [],
        enterpriseIds: links.enterpriseIds ?? [],
        agreementsSigned: input.agreementsSigned ?? 0,
        contractValue: input.contractValue ?? null,
        summary: input.summary ?? null,
      },
    ]);
    const out = await getDockingEvent(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'create', orgId, after: out });
    return out;
  });
}

/**
 * Edits an event of the actor's subtree (moving it to another org needs that org in scope too).
 * @throws AppError FORBIDDEN, NOT_FOUND, LINK_NOT_FOUND
 */
export async function updateDockingEvent(db: Db, actor: TActor, id: number, patch: TDockingEventPatch): Promise<TDockingEventOut> {
  assertCan(actor, 'docking:write');
  const before = await getDockingEvent(db, actor, id);
  if (patch.orgId !== undefined && patch.orgId !== before.orgId) await getOrgInScope(db, actor, patch.orgId);
  return db.transaction(async (tx) => {
    const links = await checkLinks(tx, actor, patch);
    await updateDockingEventRow(tx, id, {
      orgId: patch.orgId,
      title: patch.title,
      date: patch.date,
      place: patch.place,
      organizer: patch.organizer,
      demandIds: links.demandIds,
      expertIds: links.expertIds,
      enterpriseIds: links.enterpriseIds,
      agreementsSigned: patch.agreementsSigned,
      contractValue: patch.contractValue,
      summary: patch.summary,
    });
    const out = await getDockingEvent(tx, actor, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'update', orgId: out.orgId, before, after: out });
    return out;
  });
}

/** @throws AppError FORBIDDEN, NOT_FOUND */
export async function deleteDockingEvent(db: Db, actor: TActor, id: number): Promise<void> {
  assertCan(actor, 'docking:write');
  const before = await getDockingEvent(db, actor, id);
  await db.transaction(async (tx) => {
    await deleteDockingEventRow(tx, id);
    await recordAudit(tx, actor, { entity: ENTITY, entityId: id, action: 'delete', orgId: before.orgId, before });
  });
}
