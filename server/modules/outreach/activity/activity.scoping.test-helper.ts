import type { TFixture } from '../../../test/scoping.fixture.js';
import type { TScopingContext } from '../../../test/scoping.fixture.js';

/** Scoping fixtures of this sub-domain's routes with a record id (see server/test/scoping.api.test.ts). */
export async function activityScopingFixtures({ t, rugaoStaff, rugaoId }: TScopingContext): Promise<Record<string, TFixture>> {
  let n = 0;
  const make = async (opts: { status?: 'filed'; isPublic?: boolean } = {}) => {
    const r = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/activities',
      payload: { orgId: rugaoId, type: 'lecture', title: `如皋科普讲座${++n}`, startDate: '2026-06-01', isPublic: opts.isPublic ?? true },
    });
    if (r.statusCode !== 201) throw new Error(`activity: ${r.body}`);
    const id = r.json().id as number;
    if (opts.status === 'filed') await t.as(rugaoStaff, { method: 'POST', url: `/api/v1/activities/${id}/transitions`, payload: { to: 'filed' } });
    return String(id);
  };
  return {
    '/api/v1/activities/{id}': { make: () => make(), body: { venue: '如皋市科技馆' } },
    '/api/v1/activities/{id}/transitions': { make: () => make(), body: { to: 'filed' } },
    '/api/v1/activities/{id}/summary': { make: () => make({ status: 'filed' }), body: { summary: '总结', actualParticipants: 10 } },
    // public: a filed activity not flagged public stays hidden from everyone
    '/api/v1/public/activities/{id}': { make: () => make({ status: 'filed', isPublic: false }), hiddenFromPublic: true },
    '/api/v1/public/activities/{id}/ics': { make: () => make({ status: 'filed', isPublic: false }), hiddenFromPublic: true },
  };
}
