import { PROJECT_STATUS_LABELS, PROJECT_STATUSES, type TProjectStatus } from '../../../../shared/thinktank-project.js';
import { allowedTransitions, defineWorkflow } from '../../../platform/workflow/workflow.js';

/**
 * Who moves an application: `owner` — whoever may apply for the 归口 org (its subtree's liaisons, staff,
 * experts on behalf of their org); `manager` — staff with research:manage (初审, 分级, 立项, 中期, 结题, 资助).
 */
export type TProjectParty = 'owner' | 'manager';

export const PROJECT_WORKFLOW = defineWorkflow<TProjectStatus, TProjectParty>({
  entity: 'research_project',
  code: 'RESEARCH',
  noun: { zh: '研究项目', en: 'A research project' },
  states: PROJECT_STATUSES,
  labels: PROJECT_STATUS_LABELS,
  transitions: {
    draft: { submitted: { who: ['owner', 'manager'] } },
    submitted: { reviewing: { who: ['manager'] }, returned: { who: ['manager'], requires: ['reason'] } },
    returned: { submitted: { who: ['owner', 'manager'] } },
    reviewing: { approved: { who: ['manager'] }, rejected: { who: ['manager'] } },
    rejected: {},
    approved: { midterm: { who: ['manager'] }, rectifying: { who: ['manager'], requires: ['reason'] } },
    rectifying: { midterm: { who: ['manager'] } },
    midterm: { concluded: { who: ['manager'] }, failed: { who: ['manager'], requires: ['reason'] } },
    concluded: { funded: { who: ['manager'] } },
    failed: {},
    funded: {},
  },
});

/** The moves taken through POST …/transitions; the others have their own forms (grade, midterm, final, payments). */
export const PLAIN_MOVES: ReadonlySet<TProjectStatus> = new Set(['submitted', 'reviewing', 'returned']);

export function projectParties(a: { isOwner: boolean; isManager: boolean }): TProjectParty[] {
  return [...(a.isOwner ? (['owner'] as const) : []), ...(a.isManager ? (['manager'] as const) : [])];
}

export function allowedProjectMoves(from: TProjectStatus, a: { isOwner: boolean; isManager: boolean }): TProjectStatus[] {
  return allowedTransitions(PROJECT_WORKFLOW, from, projectParties(a));
}
