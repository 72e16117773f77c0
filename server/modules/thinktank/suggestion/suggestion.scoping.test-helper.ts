import type { TFixture, TScopingContext } from '../../../test/scoping.fixture.js';

/** server/test/scoping.api.test.ts: for every suggestion route with a record id, how to make a 如皋 record. */
export async function suggestionScopingFixtures(_ctx: TScopingContext): Promise<Record<string, TFixture>> {
  return {};
}
