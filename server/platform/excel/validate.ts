import type { TAnyRegistryDef, TImportRowError } from './excel.types.js';
import type { TParsedSheet } from './read.js';
import { chineseErrorMap, issueMessage } from './zod-messages.js';

export interface TValidated<TInput = unknown> {
  /** Rows that passed, with their Excel row numbers, in file order. */
  items: Array<{ row: number; input: TInput }>;
  /** The first `maxErrors` errors, in row order. */
  errors: TImportRowError[];
  /** Every error, counted (the list is capped). */
  errorCount: number;
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks every row: cell problems, the registry's zod schema (messages in Chinese), `toInput` lookups,
 * and natural keys repeated within the file. Yields to the event loop now and then, so progress can be
 * polled while a large file is checked.
 */
export async function validateRows<TInput>(
  def: TAnyRegistryDef,
  sheet: TParsedSheet,
  ctx: unknown,
  opts: { onProgress?: (done: number) => void; maxErrors?: number } = {},
): Promise<TValidated<TInput>> {
  const headerOf = new Map(def.columns.map((c) => [c.key, c.header]));
  const columnOf = (key: string | undefined) => (key === undefined ? null : (headerOf.get(key) ?? null));
  const maxErrors = opts.maxErrors ?? 1000;
  const items: TValidated<TInput>['items'] = [];
  const errors: TImportRowError[] = [];
  let errorCount = 0;
  const firstRowOfKey = new Map<string, number>();
  const report = (e: TImportRowError) => {
    errorCount++;
    if (errors.length < maxErrors) errors.push(e);
  };

  for (let i = 0; i < sheet.rows.length; i++) {
    const { row, cells, problems } = sheet.rows[i];
    const before = errorCount;
    for (const [key, p] of Object.entries(problems ?? {})) report({ row, column: columnOf(key), message: p.zh, messageEn: p.en });

    const record: Record<string, unknown> = {};
    for (const c of def.columns) {
      const text = cells[c.key];
      if (text !== undefined && !problems?.[c.key]) record[c.key] = c.parse ? c.parse(text) : text;
    }
    const parsed = def.schema.safeParse(record, { error: chineseErrorMap });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === undefined ? undefined : String(issue.path[0]);
        if (key && problems?.[key]) continue; // already reported what is wrong with that cell
        const m = issueMessage(issue);
        const item = typeof issue.path[1] === 'number' ? issue.path[1] + 1 : undefined;
        report({
          row,
          column: columnOf(key),
          message: item ? `第 ${item} 项${m.zh}` : m.zh,
          messageEn: item ? `item ${item} ${m.en}` : m.en,
        });
      }
    } else if (errorCount === before) {
      const out = def.toInput(parsed.data, ctx);
      if ('issues' in out) {
        for (const issue of out.issues) report({ row, column: columnOf(issue.column), message: issue.message, messageEn: issue.messageEn });
      } else {
        const nk = def.naturalKey?.(out.input);
        const first = nk ? firstRowOfKey.get(nk.key) : undefined;
        if (nk && first !== undefined) {
          report({
            row,
            column: columnOf(nk.column),
            message: `与第 ${first} 行重复（同一${columnOf(nk.column) ?? '编号'}）`,
            messageEn: `duplicates row ${first} (same ${def.columns.find((c) => c.key === nk.column)?.headerEn ?? 'key'})`,
          });
        } else {
          if (nk) firstRowOfKey.set(nk.key, row);
          items.push({ row, input: out.input as TInput });
        }
      }
    }
    if ((i + 1) % 250 === 0) {
      opts.onProgress?.(i + 1);
      await nextTick();
    }
  }
  opts.onProgress?.(sheet.rows.length);
  return { items, errors, errorCount };
}
