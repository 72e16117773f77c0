import type { TServerModule } from './module.types.js';

/**
 * One sub-domain of a module (outreach's activity/, base/…; thinktank's project/, suggestion/, survey/):
 * the parts of a manifest it contributes. The module's `<name>.module.ts` composes its parts, so each
 * sub-domain is edited in its own folder.
 */
export type TModulePart = Partial<Pick<TServerModule, 'tags' | 'register' | 'searchProviders' | 'figures' | 'todos' | 'reminders' | 'seedDemo'>>;

/** The manifest fields of several parts, composed in order (routes, figures, to-dos, reminders, demo seeds). */
export function composeParts(parts: readonly TModulePart[]): Omit<TServerModule, 'name' | 'permissions'> {
  return {
    tags: parts.flatMap((p) => p.tags ?? []),
    register(app, deps) {
      for (const p of parts) p.register?.(app, deps);
    },
    searchProviders: parts.flatMap((p) => p.searchProviders ?? []),
    figures: parts.flatMap((p) => p.figures ?? []),
    async todos(db, actor) {
      const lists = [];
      for (const p of parts) if (p.todos) lists.push(...(await p.todos(db, actor)));
      return lists;
    },
    reminders: Object.assign({}, ...parts.map((p) => p.reminders ?? {})),
    async seedDemo(db, ctx) {
      for (const p of parts) await p.seedDemo?.(db, ctx);
    },
  };
}
