import type { TMessageKeysOf } from './module.types';
import { innovationModule } from './innovation/innovation.module';
import { outreachModule } from './outreach/outreach.module';
import { peopleModule } from './people/people.module';
import { thinktankModule } from './thinktank/thinktank.module';

/**
 * The business modules of the web app, in menu order. Adding a module is a folder with its
 * `<name>.module.tsx` and one line here: its routes, menu group, dictionaries, search hits and audit
 * labels follow.
 */
export const WEB_MODULES = [peopleModule, innovationModule, outreachModule, thinktankModule] as const;

/** Every message key of the listed modules (part of TMsgKey). */
export type TModuleMsgKey = TMessageKeysOf<(typeof WEB_MODULES)[number]>;
