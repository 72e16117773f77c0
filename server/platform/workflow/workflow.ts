import { badRequest, conflict, forbidden } from '../errors.js';

// Workflow as data (DESIGN.md §4): a module describes the states of an entity and who may move it from
// which state to which; applyTransitionInTx (workflow.service.ts) checks a move against it and records it.

/** A field a transition needs besides the target state. */
export type TTransitionRequirement = 'reason';

export interface TTransitionRule<P extends string> {
  /** The parties that may take this move (the module decides what the actor is to the record). */
  who: readonly P[];
  requires?: readonly TTransitionRequirement[];
}

export interface TWorkflowDef<S extends string, P extends string> {
  /** Audit entity and status_transitions.entity: 'demand', 'match'. */
  entity: string;
  /** Prefix of the stable error code: DEMAND → 409 DEMAND_TRANSITION_INVALID. */
  code: string;
  /** What the entity is called in messages. */
  noun: { zh: string; en: string };
  states: readonly S[];
  labels: Record<S, { zh: string; en: string }>;
  transitions: Record<S, Partial<Record<S, TTransitionRule<P>>>>;
}

export interface TWorkflow<S extends string, P extends string> extends TWorkflowDef<S, P> {
  /** The rule for one move, or undefined when the move does not exist. */
  rule(from: S, to: S): TTransitionRule<P> | undefined;
  label(state: string): string;
  /** 409 `<CODE>_TRANSITION_INVALID` naming both states. */
  invalid(from: S, to: S): ReturnType<typeof conflict>;
}

/**
 * Declares a workflow. Every state must appear in `transitions` (an end state maps to `{}`), so a
 * forgotten state is a type error rather than a silent dead end.
 */
export function defineWorkflow<const S extends string, const P extends string>(def: TWorkflowDef<S, P>): TWorkflow<S, P> {
  const label = (s: string) => def.labels[s as S]?.zh ?? s;
  return {
    ...def,
    rule: (from, to) => def.transitions[from]?.[to],
    label,
    invalid: (from, to) =>
      conflict(
        `${def.code}_TRANSITION_INVALID`,
        `${def.noun.zh}不能从「${label(from)}」变更为「${label(to)}」`,
        `${def.noun.en} cannot move from ${from} to ${to}`,
      ),
  };
}

/** The states the parties may move the entity to from `from`. */
export function allowedTransitions<S extends string, P extends string>(wf: TWorkflow<S, P>, from: S, parties: readonly P[]): S[] {
  return (Object.entries(wf.transitions[from] ?? {}) as Array<[S, TTransitionRule<P>]>)
    .filter(([, rule]) => rule.who.some((p) => parties.includes(p)))
    .map(([to]) => to);
}

export interface TTransitionCheck<P extends string> {
  parties: readonly P[];
  reason?: string | null;
  /** The 403 message when the move exists but none of the parties may take it. */
  forbiddenMessage?: (rule: TTransitionRule<P>) => [zh: string, en: string] | undefined;
}

/**
 * Checks one move: it exists (else 409 `<CODE>_TRANSITION_INVALID`), one of the parties may take it
 * (else 403 FORBIDDEN), and the required fields are there (else 400 REASON_REQUIRED with the field).
 * @throws AppError <CODE>_TRANSITION_INVALID, FORBIDDEN, REASON_REQUIRED
 */
export function assertTransition<S extends string, P extends string>(wf: TWorkflow<S, P>, from: S, to: S, check: TTransitionCheck<P>): TTransitionRule<P> {
  const rule = wf.rule(from, to);
  if (!rule) throw wf.invalid(from, to);
  if (!rule.who.some((p) => check.parties.includes(p))) {
    const msg = check.forbiddenMessage?.(rule);
    throw msg ? forbidden(...msg) : forbidden();
  }
  if (rule.requires?.includes('reason') && !check.reason?.trim())
    throw badRequest('REASON_REQUIRED', `${wf.label(to)}时必须填写原因`, 'A reason is required', [{ path: 'reason', message: '请填写原因' }]);
  return rule;
}
