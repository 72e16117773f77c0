import type { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import type { TActor } from '../auth/policy.js';

/** What a cell may hold when we write it. */
export type TCellOut = string | number | boolean | Date | null | undefined;

/**
 * One column of a registry's spreadsheet. The Chinese header is what users see; the English header
 * is accepted on upload too, so a file made by an English-speaking user imports the same.
 */
export interface TColumnSpec<K extends string = string> {
  /** Field of the row object handed to the registry's zod schema. */
  key: K;
  /** 列名, e.g. 姓名 */
  header: string;
  headerEn: string;
  /** Column width in characters (template and export). */
  width?: number;
  /** The column must be in the file, and the cell must not be empty (the schema enforces the latter). */
  required?: boolean;
  /** A sample value shown in the 填写说明 sheet. */
  example?: string;
  /** Format rule shown in the 填写说明 sheet (Chinese / English). */
  hint?: string;
  hintEn?: string;
  /** Fixed allowed values: a strict drop-down in the template (the schema must enforce them too). */
  values?: readonly string[];
  /** Suggested values: a drop-down that still accepts other text (titles, education levels …). */
  suggestions?: readonly string[];
  /** Cells are text in the template (phones, ID numbers: keeps every digit and leading zeros). */
  text?: boolean;
  /** Cell text (trimmed, never empty) → the value the schema validates. Default: the text itself. */
  parse?: (cell: string) => unknown;
  /** Value → cell for exports. Default: strings and numbers as they are, arrays joined by 、. */
  format?: (value: unknown) => TCellOut;
}

/** A problem in one row, before the row number is known (raised by `toInput`). */
export interface TRowIssue {
  /** Column key; undefined for a problem with the row as a whole. */
  column?: string;
  message: string;
  messageEn: string;
}

/** A row error as the user sees it: the Excel row number and the Chinese column header. */
export interface TImportRowError {
  /** 1-based row number in the sheet (the header is usually row 1, so data starts at 2). */
  row: number;
  /** Chinese header of the column, or null when the error concerns the whole row. */
  column: string | null;
  message: string;
  messageEn: string;
}

/** Result of a registry's natural-key upsert; `index` points into the inputs it was given. */
export interface TUpsertResult {
  inserted: number;
  updated: number;
  errors: Array<{ index: number; column?: string; message: string; messageEn: string }>;
}

export interface TImportMeta {
  /** Column keys present in the uploaded file (absent optional columns must not clear data). */
  presentColumns: ReadonlySet<string>;
}

/**
 * A registry's spreadsheet contract: columns, the schema of one parsed row, how a row becomes the
 * service's input, and the natural-key upsert that commits a whole file in one transaction.
 */
export interface TRegistryDef<TRow = unknown, TInput = unknown, TCtx = unknown> {
  /** Entity name as in the audit log, e.g. 'person'. */
  entity: string;
  /** 科技工作者 — used in file names and messages. */
  label: string;
  labelEn: string;
  sheetName: string;
  columns: readonly TColumnSpec[];
  /** Schema of one row after `parse`; its custom messages should be Chinese (defaults are translated). */
  schema: z.ZodType<TRow>;
  /** Lookups loaded once per import (org names → ids …). */
  loadContext(db: DbOrTx, actor: TActor): Promise<TCtx>;
  /** A valid row → the service input, or the row's problems (unknown org, org outside scope …). */
  toInput(row: TRow, ctx: TCtx): { input: TInput } | { issues: TRowIssue[] };
  /**
   * The natural key a row is matched on (统一社会信用代码, 身份证号 …) and the column it comes from;
   * null when the row has none (it is always inserted). Two rows with one key in a file are an error.
   */
  naturalKey?(input: TInput): { key: string; column: string } | null;
  /** Natural-key upsert inside the import transaction; must report progress as rows are written. */
  upsert(tx: DbOrTx, actor: TActor, inputs: TInput[], opts: { onProgress?: (done: number) => void; meta: TImportMeta }): Promise<TUpsertResult>;
  /** Maps the service's field names in upsert errors (orgId …) to column keys (org …). */
  fieldColumns?: Record<string, string>;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry of any row/input/context types
export type TAnyRegistryDef = TRegistryDef<any, any, any>;
