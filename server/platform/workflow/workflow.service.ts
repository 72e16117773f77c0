import type { DbOrTx } from '../../db/client.js';
import { recordAudit } from '../audit/audit.service.js';
import type { TActor } from '../auth/policy.js';
import { type TTransitionCheck, type TWorkflow, assertTransition } from './workflow.js';
import { insertTransition, selectTransitions } from './workflow.repo.js';

export interface TApplyTransition<S extends string, P extends string> extends TTransitionCheck<P> {
  entityId: number;
  /** The org the entity belongs to (scope of the history and the audit row). */
  orgId: number | null;
  from: S;
  to: S;
  /** Null: the system (an import, a reminder). */
  actor: TActor | null;
  /**
   * Locks the entity row (SELECT … FOR UPDATE) and returns its current state; when it is no longer
   * `from`, someone else moved it meanwhile and the move is refused (409).
   */
  lock?: () => Promise<S | undefined>;
  /** Writes the state change (and whatever goes with it) on the entity's own table. */
  update: () => Promise<void>;
  /** The audit row: action (default 'transition'), note (default "from → to: reason"), extra after-fields. */
  audit?: { action?: string; note?: string; after?: Record<string, unknown> } | false;
  at?: Date;
}

/**
 * Moves an entity along its workflow inside the caller's transaction: checks the move
 * (`assertTransition`), re-checks the locked current state, writes the change (`update`), one
 * status_transitions row (who, their org, when, from, to, why) and the audit row. `audit: false` only
 * for batch writes whose caller records one audit row for the batch (imports).
 * @throws AppError <CODE>_TRANSITION_INVALID, FORBIDDEN, REASON_REQUIRED
 */
export async function applyTransitionInTx<S extends string, P extends string>(tx: DbOrTx, wf: TWorkflow<S, P>, t: TApplyTransition<S, P>): Promise<void> {
  assertTransition(wf, t.from, t.to, t);
  if (t.lock) {
    const current = await t.lock();
    if (current !== t.from) throw wf.invalid(current ?? t.from, t.to);
  }
  const reason = t.reason?.trim() || null;
  await t.update();
  await insertTransition(tx, {
    entity: wf.entity,
    entityId: t.entityId,
    orgId: t.orgId,
    fromStatus: t.from,
    toStatus: t.to,
    actorId: t.actor?.userId ?? null,
    actorName: t.actor?.displayName ?? null,
    actorOrgId: t.actor?.orgId ?? null,
    reason,
    at: t.at ?? new Date(),
  });
  if (t.audit === false) return;
  await recordAudit(tx, t.actor, {
    entity: wf.entity,
    entityId: t.entityId,
    action: t.audit?.action ?? 'transition',
    orgId: t.orgId,
    before: { status: t.from },
    after: { status: t.to, reason, ...t.audit?.after },
    note: t.audit?.note ?? `${wf.label(t.from)} → ${wf.label(t.to)}${reason ? `：${reason}` : ''}`,
  });
}

/** An entity's history, oldest first, with the state labels and who moved it (name and org). */
export async function listTransitions<S extends string, P extends string>(db: DbOrTx, wf: TWorkflow<S, P>, entityId: number) {
  const rows = await selectTransitions(db, wf.entity, entityId);
  return rows.map((r) => ({ ...r, fromLabel: wf.label(r.from), toLabel: wf.label(r.to) }));
}
