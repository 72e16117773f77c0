import { SUGGESTION_STATUS_LABELS, SUGGESTION_STATUSES, type TSuggestionStatus } from '../../../../shared/thinktank-suggestion.js';
import { allowedTransitions, defineWorkflow } from '../../../platform/workflow/workflow.js';

/**
 * Who moves a suggestion: `author` — the worker who submitted it (or staff who filed it on their behalf);
 * `forwarder` — unit / district staff with suggestions:forward over the author's org (单位汇总);
 * `editor` — city staff with suggestions:edit (评审, 编入期刊, 报送, 批示); `reviewer` — the assigned expert.
 */
export type TSuggestionParty = 'author' | 'forwarder' | 'editor' | 'reviewer';

export const SUGGESTION_WORKFLOW = defineWorkflow<TSuggestionStatus, TSuggestionParty>({
  entity: 'suggestion',
  code: 'SUGGESTION',
  noun: { zh: '建议', en: 'A suggestion' },
  states: SUGGESTION_STATUSES,
  labels: SUGGESTION_STATUS_LABELS,
  transitions: {
    submitted: { forwarded: { who: ['forwarder', 'editor'] }, returned: { who: ['forwarder', 'editor'], requires: ['reason'] } },
    returned: { submitted: { who: ['author', 'forwarder'] } },
    forwarded: { reviewed: { who: ['editor', 'reviewer'] }, returned: { who: ['editor'], requires: ['reason'] } },
    reviewed: { in_issue: { who: ['editor'] } },
    in_issue: { reviewed: { who: ['editor'] }, sent: { who: ['editor'] } },
    sent: { instructed: { who: ['editor'] }, adopted: { who: ['editor'] } },
    instructed: { adopted: { who: ['editor'] } },
    adopted: {},
  },
});

/** Moves offered as plain buttons (the others have their own forms: review, issue, 报送, 批示). */
export const SUGGESTION_BUTTON_MOVES: ReadonlySet<TSuggestionStatus> = new Set(['forwarded', 'returned', 'submitted']);
export const SUGGESTION_EDITABLE: ReadonlySet<TSuggestionStatus> = new Set(['submitted', 'returned']);

export function allowedSuggestionMoves(from: TSuggestionStatus, parties: TSuggestionParty[]): TSuggestionStatus[] {
  return allowedTransitions(SUGGESTION_WORKFLOW, from, parties).filter((s) => SUGGESTION_BUTTON_MOVES.has(s));
}
