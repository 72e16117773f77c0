import { allowedTransitions, defineWorkflow } from '../../../platform/workflow/workflow.js';
import { CONTENT_STATUSES } from './content.schema.js';

export type TContentStatus = (typeof CONTENT_STATUSES)[number];

/** `writer`: content:write in the content's subtree; `reviewer`: content:review there (publishes, takes down). */
export type TContentParty = 'writer' | 'reviewer';

/**
 * 草稿 → 待审 → 已发布 → 已下线 (DESIGN.md §4). 退回 is 待审 → 草稿 with a reason; publishing (待审 →
 * 已发布, 已下线 → 已发布) goes through POST /contents/{id}/publish with the channels chosen.
 */
export const CONTENT_WORKFLOW = defineWorkflow<TContentStatus, TContentParty>({
  entity: 'content',
  code: 'CONTENT',
  noun: { zh: '科普内容', en: 'A content' },
  states: CONTENT_STATUSES,
  labels: {
    draft: { zh: '草稿', en: 'Draft' },
    pending: { zh: '待审', en: 'Pending review' },
    published: { zh: '已发布', en: 'Published' },
    offline: { zh: '已下线', en: 'Offline' },
  },
  transitions: {
    draft: { pending: { who: ['writer'] } },
    pending: { draft: { who: ['reviewer'], requires: ['reason'] }, published: { who: ['reviewer'] } },
    published: { offline: { who: ['reviewer'] } },
    offline: { published: { who: ['reviewer'] }, draft: { who: ['writer'] } },
  },
});

/** The states the actor may move a content to from `from` (publishing excluded: it has its own action). */
export function allowedContentTransitions(from: TContentStatus, parties: readonly TContentParty[]): TContentStatus[] {
  return allowedTransitions(CONTENT_WORKFLOW, from, parties).filter((s) => s !== 'published');
}
