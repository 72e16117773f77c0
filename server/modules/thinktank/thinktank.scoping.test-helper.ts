import type { TFixture, TScopingContext } from '../../test/scoping.fixture.js';
import { projectScopingFixtures } from './project/project.scoping.test-helper.js';
import { suggestionScopingFixtures } from './suggestion/suggestion.scoping.test-helper.js';
import { surveyScopingFixtures } from './survey/survey.scoping.test-helper.js';

/** server/test/scoping.api.test.ts: for every think-tank route with a record id, how to make a 如皋 record. */
export async function thinktankScopingFixtures(ctx: TScopingContext): Promise<Record<string, TFixture>> {
  return {
    ...(await projectScopingFixtures(ctx)),
    ...(await suggestionScopingFixtures(ctx)),
    ...(await surveyScopingFixtures(ctx)),
  };
}
