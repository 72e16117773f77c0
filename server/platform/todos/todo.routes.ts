import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { TActor } from '../auth/policy.js';
import { type TAppDeps, type TZodApp, requireActor } from '../http/context.js';
import type { TTodoItem } from '../module/module.types.js';

/** A module's to-do provider (TServerModule.todos): it decides for whom it has anything. */
export type TTodoProvider = (db: Db, actor: TActor) => Promise<TTodoItem[]>;

const ZTodoItem = z.object({
  key: z.string().describe('稳定键 stable key, e.g. innovation.demands.pending'),
  label: z.string().describe('待办事项 e.g. 待我审核的技术需求'),
  labelEn: z.string(),
  count: z.number().int().describe('件数 how many'),
  link: z.string().describe('控制台链接 console path that lists them'),
  overdue: z.boolean().describe('其中有逾期的 some of them are overdue'),
});
const ZTodos = z.object({ items: z.array(ZTodoItem) });

/** Every provider's items for the actor, in provider order; items without anything waiting come last. */
export async function listTodos(db: Db, actor: TActor, providers: readonly TTodoProvider[]) {
  const items: TTodoItem[] = [];
  for (const p of providers) items.push(...(await p(db, actor)));
  const out = items.map((i) => ({ ...i, overdue: i.overdue ?? false }));
  return { items: [...out.filter((i) => i.count > 0), ...out.filter((i) => i.count === 0)] };
}

/** 我的待办 the home page's to-do list, composed from the modules' providers. */
export function registerTodoRoutes(app: TZodApp, { db }: TAppDeps, providers: readonly TTodoProvider[]) {
  app.get(
    '/api/v1/todos',
    {
      schema: {
        tags: ['system'],
        summary: '我的待办 To-do list of the signed-in user (counts with links), per role',
        response: { 200: ZTodos },
      },
    },
    async (req) => listTodos(db, requireActor(req), providers),
  );
}
