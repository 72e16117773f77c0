import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Every state change of every workflow entity (demand, match, …): who, when, from, to, why. Written by
 * applyTransitionInTx in the same transaction as the change and its audit row. The actor's name and
 * org are copied at the time of the move, so the history stays true when an account is renamed or
 * removed (and demo history can name demo people who have no account).
 */
export const statusTransitions = pgTable(
  'status_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    entity: text('entity').notNull(), // 'demand', 'match', …
    entityId: integer('entity_id').notNull(),
    orgId: integer('org_id'), // the org the entity belongs to (scope)
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    actorId: integer('actor_id'), // null: the system (import, reminder) or a demo person without an account
    actorName: text('actor_name'),
    actorOrgId: integer('actor_org_id'),
    actorOrgName: text('actor_org_name'),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('status_transitions_entity_idx').on(t.entity, t.entityId, t.at)],
);
