import type { TRole } from '../../../shared/limits.js';
import type { Db } from '../../db/client.js';
import type { TFigure } from '../figures/figure.types.js';
import type { TAppDeps, TZodApp } from '../http/context.js';
import type { TCityConfig } from '../orgs/city-config.js';
import type { TSearchProvider } from '../search/search.service.js';

// The module manifest (issue: module kit §1). A business module is one folder under server/modules/ with
// a `<name>.module.ts` exporting a TServerModule; server/modules/index.ts lists them in order. app.ts,
// main.ts (demo seed) and the OpenAPI document read that list; nothing central names a module.

/** What a module's demo seed receives. */
export interface TSeedContext {
  city: TCityConfig;
  log: (message: string) => void;
}

/** An item on a user's home-page to-do list (issue 12 §11): a count with a link. */
export interface TTodoItem {
  key: string;
  label: string;
  labelEn: string;
  count: number;
  /** Console path, e.g. /admin/demands?status=pending */
  link: string;
  /** Some of these are overdue (shown in red). */
  overdue?: boolean;
}

export interface TServerModule {
  /** Short English name, also the i18n namespace and figure-key prefix: 'people', 'innovation'. */
  name: string;
  /** OpenAPI tags this module's routes use, with descriptions. */
  tags: Array<{ name: string; description: string }>;
  /** Actions → roles (merged into the permission table at start). */
  permissions: Record<string, readonly TRole[]>;
  /** Route registration: the module's `*.routes.ts` functions. */
  register(app: TZodApp, deps: TAppDeps): void;
  searchProviders?: TSearchProvider[];
  figures?: TFigure[];
  /** Items for the actor's to-do list; each provider decides for whom it has anything. */
  todos?(db: Db, actor: import('../auth/policy.js').TActor): Promise<TTodoItem[]>;
  /** Reminder kinds this module schedules → what firing one does (see platform/notifications). */
  reminders?: Record<string, (db: Db, reminder: { id: number; payload: unknown; dueAt: Date }) => Promise<void>>;
  /** Demo data, run on a new database in the order of the module list. */
  seedDemo?(db: Db, ctx: TSeedContext): Promise<void>;
  /**
   * Tables of a module that lives outside the central migrations (a module from elsewhere, the test
   * fixture): a drizzle-kit migrations folder of its own, applied after the core migrations and
   * recorded in its own table `drizzle.<table>` (migrateModules). A module in this repository keeps its
   * `*.schema.ts` under server/modules/ instead: drizzle.config.ts finds it and its tables go into the
   * central migrations.
   */
  migrations?: { folder: string; table: string };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The module list this app was built with (buildApp), for platform pieces such as figures and to-dos. */
    modules: readonly TServerModule[];
  }
}
