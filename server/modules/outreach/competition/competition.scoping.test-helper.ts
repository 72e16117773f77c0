import type { TFixture } from '../../../test/scoping.fixture.js';
import type { TScopingContext } from '../outreach.scoping.test-helper.js';

/** Scoping fixtures of this sub-domain's routes with a record id (see server/test/scoping.api.test.ts). */
export async function competitionScopingFixtures(_ctx: TScopingContext): Promise<Record<string, TFixture>> {
  return {};
}
