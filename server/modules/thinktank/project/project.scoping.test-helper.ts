import type { TFixture, TScopingContext } from '../../../test/scoping.fixture.js';

/** server/test/scoping.api.test.ts: for every project route with a record id, how to make a 如皋 record. */
export async function projectScopingFixtures(_ctx: TScopingContext): Promise<Record<string, TFixture>> {
  return {};
}
