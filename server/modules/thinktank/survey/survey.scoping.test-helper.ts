import type { TFixture, TScopingContext } from '../../../test/scoping.fixture.js';

/** server/test/scoping.api.test.ts: for every survey route with a record id, how to make a 如皋 record. */
export async function surveyScopingFixtures({ t, rugaoId }: TScopingContext): Promise<Record<string, TFixture>> {
  // surveys:manage is city staff's: a city_staff account placed at 如皋市科协 owns 如皋's questionnaires and campaigns
  const manager = await t.userAt('rugao', ['city_staff'], 'rugao_survey_mgr');
  let n = 0;
  const definition = { questions: [{ id: 'q1', type: 'single', title: '您的性别', required: true, options: [{ value: '1', label: '男' }, { value: '2', label: '女' }] }] };
  const questionnaire = async () => {
    const r = await t.as(manager, { method: 'POST', url: '/api/v1/surveys/questionnaires', payload: { title: `如皋问卷${++n}`, definition } });
    if (r.statusCode !== 201) throw new Error(`questionnaire: ${r.body}`);
    return r.json().id as number;
  };
  const campaign = async () => {
    const r = await t.as(manager, {
      method: 'POST',
      url: '/api/v1/surveys/campaigns',
      payload: { title: `如皋调查${++n}`, questionnaireId: await questionnaire(), opensOn: '2026-01-01', closesOn: '2099-12-31', stations: [{ name: '如皋站点', type: 'local_cast', orgId: rugaoId, quota: 10 }] },
    });
    if (r.statusCode !== 201) throw new Error(`campaign: ${r.body}`);
    return r.json() as { id: number; stations: Array<{ id: number }> };
  };
  const station = async () => (await campaign()).stations[0].id;
  const batch = async () => {
    const id = await station();
    await t.as(manager, { method: 'POST', url: `/api/v1/surveys/stations/${id}/codes`, payload: { count: 2 } });
    const r = await t.as(manager, { method: 'POST', url: `/api/v1/surveys/stations/${id}/allocations`, payload: { count: 1, recipient: '如皋联络员' } });
    return String(r.json().batchId);
  };
  const c = async () => String((await campaign()).id);
  return {
    '/api/v1/surveys/questionnaires/{id}': { make: async () => String(await questionnaire()), body: { title: '改名', definition } },
    '/api/v1/surveys/questionnaires/{id}/copy': { make: async () => String(await questionnaire()) },
    '/api/v1/surveys/campaigns/{id}': { make: c, body: { title: '改名' } },
    '/api/v1/surveys/campaigns/{id}/close': { make: c },
    '/api/v1/surveys/campaigns/{id}/stations': { make: c, body: { name: '海安站点', type: 'school', orgId: rugaoId, quota: 5 } },
    '/api/v1/surveys/campaigns/{id}/progress': { make: c },
    '/api/v1/surveys/campaigns/{id}/results': { make: c },
    '/api/v1/surveys/campaigns/{id}/crosstab': { make: c },
    '/api/v1/surveys/campaigns/{id}/export': { make: c },
    '/api/v1/surveys/campaigns/{id}/codebook': { make: c },
    '/api/v1/surveys/stations/{id}': { make: async () => String(await station()), body: { quota: 20 } },
    '/api/v1/surveys/stations/{id}/codes': { make: async () => String(await station()), body: { count: 1 } },
    '/api/v1/surveys/stations/{id}/allocations': { make: async () => String(await station()), body: { count: 1, recipient: '某人' } },
    '/api/v1/surveys/allocations/{id}/export': { make: batch },
  };
}
