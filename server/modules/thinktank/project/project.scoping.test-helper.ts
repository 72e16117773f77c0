import type { TFixture, TScopingContext } from '../../../test/scoping.fixture.js';

/** server/test/scoping.api.test.ts: for every project route with a record id, how to make a 如皋 record. */
export async function projectScopingFixtures({ t, rugaoStaff, rugaoId }: TScopingContext): Promise<Record<string, TFixture>> {
  let n = 0;
  const call = await t.as(t.admin, {
    method: 'POST',
    url: '/api/v1/research/calls',
    payload: { type: 'thinktank', year: 2099, title: '2099年智库项目指南', deadline: '2099-12-31', budgetKey: 30000, budgetGeneral: 10000, status: 'published' },
  });
  if (call.statusCode !== 201) throw new Error(`call: ${call.body}`);
  const callId = call.json().id as number;
  const makeCall = async () => {
    const r = await t.as(t.admin, {
      method: 'POST',
      url: '/api/v1/research/calls',
      payload: { type: 'soft_science', year: 2060 + ++n, title: `软科学指南${n}`, deadline: '2099-12-31', budgetKey: 30000, budgetGeneral: 10000, status: 'published' },
    });
    return String(r.json().id);
  };
  const make = async (to?: 'reviewing') => {
    const i = ++n;
    const r = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/research/projects',
      payload: { callId, orgId: rugaoId, title: `如皋产业研究${i}`, leadName: `负责人${i}`, leadUnit: `如皋单位${i}`, leadPhone: `139${String(i).padStart(8, '0')}`, submit: true },
    });
    if (r.statusCode !== 201) throw new Error(`project: ${r.body}`);
    const id = r.json().id as number;
    if (to === 'reviewing') await t.as(t.admin, { method: 'POST', url: `/api/v1/research/projects/${id}/transitions`, payload: { to: 'reviewing' } });
    return id;
  };
  const makeReview = async () => {
    const id = await make('reviewing');
    const e = await t.as(t.admin, { method: 'POST', url: '/api/v1/experts', payload: { name: `评审专家${++n}`, unit: '南通大学' } });
    const a = await t.as(t.admin, { method: 'POST', url: `/api/v1/research/projects/${id}/reviews`, payload: { expertIds: [e.json().id] } });
    return String(a.json().reviews[0].id);
  };
  const p = async () => String(await make());
  const rev = async () => String(await make('reviewing'));
  return {
    '/api/v1/research/calls/{id}': { make: makeCall, body: { title: '改' }, readableCityWide: true },
    '/api/v1/research/projects/{id}': { make: p, body: { title: '改名' } },
    '/api/v1/research/projects/{id}/transitions': { make: p, body: { to: 'reviewing' } },
    '/api/v1/research/projects/{id}/reviews': { make: rev, body: { expertIds: [1] } },
    '/api/v1/research/projects/{id}/grade': { make: rev, body: { grade: 'general' } },
    '/api/v1/research/projects/{id}/midterm': { make: p, body: { title: '中期报告', result: 'passed' } },
    '/api/v1/research/projects/{id}/final': { make: p, body: { title: '结题报告', score: 80, result: 'passed' } },
    '/api/v1/research/projects/{id}/payments': { make: p, body: { amount: 10000, paidOn: '2026-01-01' } },
    '/api/v1/research/projects/{id}/deliverables': { make: p, body: { title: '成果' } },
    '/api/v1/research/reviews/{id}': { make: makeReview, body: { score: 80 } },
  };
}
