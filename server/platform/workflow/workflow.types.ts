import { z } from 'zod';

/** One move in an entity's history, as listTransitions gives it: the response schema every module's detail uses. */
export const ZTransitionOut = z.object({
  id: z.number(),
  from: z.string(),
  to: z.string(),
  fromLabel: z.string(),
  toLabel: z.string(),
  actorId: z.number().nullable(),
  actorName: z.string().nullable().describe('who made the move (null: the system)'),
  actorOrgId: z.number().nullable(),
  actorOrgName: z.string().nullable().describe('the org (or enterprise) the person acted for'),
  reason: z.string().nullable(),
  at: z.date(),
});
