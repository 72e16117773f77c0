import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { type TActor, assertCan, scopeCondition } from '../auth/policy.js';
import { auditLog } from './audit.schema.js';

export interface TAuditEntry {
  entity: string;
  entityId?: string | number | null;
  action: string;
  orgId?: number | null;
  before?: unknown;
  after?: unknown;
  note?: string;
  /** Client address when there is no actor (a failed sign-in). */
  ip?: string;
}

const SECRET_KEYS = new Set(['password', 'passwordHash', 'tokenHash', 'csrfToken', 'searchTsv', 'searchText']);

function scrub(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(scrub);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !SECRET_KEYS.has(k))
      .map(([k, v]) => [k, scrub(v)]),
  );
}

/**
 * Records one write in the audit log. Call it inside the same transaction as the write, so a write
 * without its audit row cannot happen. Secrets (password hashes, tokens) never enter the log.
 */
export async function recordAudit(db: DbOrTx, actor: TActor | null, entry: TAuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor?.userId ?? null,
    actorName: actor ? `${actor.displayName} (${actor.username})` : 'system',
    orgId: entry.orgId ?? actor?.orgId ?? null,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    action: entry.action,
    before: scrub(entry.before),
    after: scrub(entry.after),
    ip: actor?.ip ?? entry.ip ?? null,
    note: entry.note ?? null,
  });
}

export interface TAuditQuery {
  entity?: string;
  entityId?: string;
  action?: string;
  actorId?: number;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/** Audit rows the actor may see: their subtree's records (everything for the city). */
export async function listAudit(db: DbOrTx, actor: TActor, q: TAuditQuery) {
  assertCan(actor, 'audit:read');
  const conds: SQL[] = [scopeCondition(actor, auditLog.orgId)];
  if (q.entity) conds.push(eq(auditLog.entity, q.entity));
  if (q.entityId) conds.push(eq(auditLog.entityId, q.entityId));
  if (q.action) conds.push(eq(auditLog.action, q.action));
  if (q.actorId) conds.push(eq(auditLog.actorId, q.actorId));
  if (q.from) conds.push(gte(auditLog.at, q.from));
  if (q.to) conds.push(lte(auditLog.at, q.to));
  const where = and(...conds);
  const [items, total] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { items, total: total[0]?.n ?? 0 };
}
