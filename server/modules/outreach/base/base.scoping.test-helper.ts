import type { TFixture } from '../../../test/scoping.fixture.js';
import type { TScopingContext } from '../../../test/scoping.fixture.js';

/** Scoping fixtures of this sub-domain's routes with a record id (see server/test/scoping.api.test.ts). */
export async function baseScopingFixtures({ t, rugaoStaff, rugaoId }: TScopingContext): Promise<Record<string, TFixture>> {
  let n = 0;
  const makeBase = async () => {
    const r = await t.as(rugaoStaff, {
      method: 'POST',
      url: '/api/v1/bases',
      payload: { kind: 'education_base', name: `如皋科普基地${++n}`, level: 'municipal', category: 'venue', orgId: rugaoId, contactPhone: '13912340000' },
    });
    if (r.statusCode !== 201) throw new Error(`/api/v1/bases: ${r.body}`);
    return String(r.json().id);
  };
  return {
    '/api/v1/bases/{id}': { make: makeBase, body: { description: '改' } },
    '/api/v1/bases/{id}/pii': { make: makeBase },
    '/api/v1/bases/{id}/transitions': { make: makeBase, body: { to: 'applied' } },
  };
}
