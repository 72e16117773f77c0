import type { TFixture, TScopingContext } from '../../test/scoping.fixture.js';
import { activityScopingFixtures } from './activity/activity.scoping.test-helper.js';
import { baseScopingFixtures } from './base/base.scoping.test-helper.js';
import { competitionScopingFixtures } from './competition/competition.scoping.test-helper.js';
import { contentScopingFixtures } from './content/content.scoping.test-helper.js';

/** server/test/scoping.api.test.ts: for every outreach route with a record id, how to make a 如皋 record. */
export async function outreachScopingFixtures(ctx: TScopingContext): Promise<Record<string, TFixture>> {
  return {
    ...(await activityScopingFixtures(ctx)),
    ...(await baseScopingFixtures(ctx)),
    ...(await contentScopingFixtures(ctx)),
    ...(await competitionScopingFixtures(ctx)),
  };
}
