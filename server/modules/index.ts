import type { TServerModule } from '../platform/module/module.types.js';
import { innovationModule } from './innovation/innovation.module.js';
import { outreachModule } from './outreach/outreach.module.js';
import { peopleModule } from './people/people.module.js';
import { thinktankModule } from './thinktank/thinktank.module.js';

/**
 * The business modules, in order: routes are registered, search providers asked and demo data seeded
 * in this order (innovation's demo links the demo accounts; people come first). Adding a module is a
 * folder under server/modules/ with its `<name>.module.ts` and one line here (docs/ARCHITECTURE.md).
 */
export const MODULES: readonly TServerModule[] = [peopleModule, innovationModule, outreachModule, thinktankModule];
