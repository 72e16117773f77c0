import { describe, expect, it } from 'vitest';
import type { AppError } from '../errors.js';
import { allowedTransitions, assertTransition, defineWorkflow } from './workflow.js';

const wf = defineWorkflow<'open' | 'held' | 'done', 'clerk' | 'boss'>({
  entity: 'ticket',
  code: 'TICKET',
  noun: { zh: '工单', en: 'A ticket' },
  states: ['open', 'held', 'done'],
  labels: { open: { zh: '待办', en: 'Open' }, held: { zh: '挂起', en: 'Held' }, done: { zh: '完成', en: 'Done' } },
  transitions: {
    open: { held: { who: ['clerk'], requires: ['reason'] }, done: { who: ['boss'] } },
    held: { open: { who: ['clerk', 'boss'] } },
    done: {},
  },
});

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('did not throw');
};

describe('workflow as data', () => {
  it('lists the moves a party may make', () => {
    expect(allowedTransitions(wf, 'open', ['clerk'])).toEqual(['held']);
    expect(allowedTransitions(wf, 'open', ['clerk', 'boss'])).toEqual(['held', 'done']);
    expect(allowedTransitions(wf, 'done', ['boss'])).toEqual([]);
  });

  it('refuses a move that does not exist with 409 and the entity in the code', () => {
    const e = thrown(() => assertTransition(wf, 'done', 'open', { parties: ['boss'] }));
    expect([e.status, e.code, e.messageZh]).toEqual([409, 'TICKET_TRANSITION_INVALID', '工单不能从「完成」变更为「待办」']);
  });

  it('refuses the wrong party with 403 and a missing reason with 400 naming the field', () => {
    expect(thrown(() => assertTransition(wf, 'open', 'done', { parties: ['clerk'] })).status).toBe(403);
    const custom = thrown(() => assertTransition(wf, 'open', 'done', { parties: [], forbiddenMessage: () => ['只有主管可以', 'Bosses only'] }));
    expect(custom.messageZh).toBe('只有主管可以');
    const e = thrown(() => assertTransition(wf, 'open', 'held', { parties: ['clerk'], reason: '  ' }));
    expect([e.status, e.code, e.fields?.[0].path]).toEqual([400, 'REASON_REQUIRED', 'reason']);
    expect(assertTransition(wf, 'open', 'held', { parties: ['clerk'], reason: '等材料' }).who).toEqual(['clerk']);
  });
});
