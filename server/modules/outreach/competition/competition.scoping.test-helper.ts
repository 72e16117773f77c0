import type { TFixture } from '../../../test/scoping.fixture.js';
import type { TScopingContext } from '../../../test/scoping.fixture.js';

/**
 * Scoping fixtures of this sub-domain's routes with a record id (see server/test/scoping.api.test.ts):
 * a 如皋 competition and programme (run by 如皋, so 海安 neither takes part nor sees them), a 如皋
 * entry and training, and 如皋's literacy record (made by city staff: only they may record rates).
 */
export async function competitionScopingFixtures({ t, rugaoStaff, rugaoId }: TScopingContext): Promise<Record<string, TFixture>> {
  let n = 0;
  const create = async (url: string, payload: Record<string, unknown>) => {
    const r = await t.as(rugaoStaff, { method: 'POST', url, payload });
    if (r.statusCode !== 201) throw new Error(`${url}: ${r.body}`);
    return String(r.json().id);
  };
  const makeCompetition = () => create('/api/v1/competitions', { series: 'youth_innovation', title: `如皋市青少年科技创新大赛${++n}`, year: 2025, level: 'county', orgId: rugaoId });
  const makeEntry = async () => create(`/api/v1/competitions/${await makeCompetition()}/entries`, { title: `如皋作品${++n}`, school: '如皋市第一中学', awardGrade: '一等奖' });
  const makeProgramme = () => create('/api/v1/programmes', { name: `如皋高素质农民培训${++n}`, targetGroup: 'farmers', targetCount: 500, startYear: 2024, endYear: 2026, orgId: rugaoId });
  const makeTraining = async () => create(`/api/v1/programmes/${await makeProgramme()}/trainings`, { title: `如皋培训${++n}`, heldOn: '2025-04-01', traineeCount: 40 });
  let year = 1990;
  const city = await t.userAt('root', ['city_staff'], 'comp_scope_city');
  const makeLiteracy = async () => {
    const r = await t.as(city, { method: 'POST', url: '/api/v1/literacy-rates', payload: { orgId: rugaoId, year: ++year, rate: 12.5, source: '江苏省公民科学素质监测' } });
    if (r.statusCode !== 201) throw new Error(`literacy: ${r.body}`);
    return String(r.json().id);
  };
  const entryBody = { title: '作品', school: '海安中学' };
  return {
    '/api/v1/competitions/{id}': { make: makeCompetition, body: { description: '改' } },
    '/api/v1/competitions/{id}/entries': { make: makeCompetition, body: entryBody },
    '/api/v1/competitions/{id}/entries/import/template': { make: makeCompetition },
    '/api/v1/competitions/{id}/entries/import': { make: makeCompetition },
    '/api/v1/competitions/{id}/entries/export': { make: makeCompetition },
    '/api/v1/competition-entries/{id}': { make: makeEntry, body: { instructor: '王老师' } },
    '/api/v1/literacy-rates/{id}': { make: makeLiteracy, body: { rate: 13 } },
    '/api/v1/programmes/{id}': { make: makeProgramme, body: { description: '改' } },
    '/api/v1/programmes/{id}/trainings': { make: makeProgramme, body: { title: '培训', heldOn: '2025-05-01', traineeCount: 10 } },
    '/api/v1/trainings/{id}': { make: makeTraining, body: { traineeCount: 12 } },
  };
}
