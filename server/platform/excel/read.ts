import ExcelJS from 'exceljs';
import { LIMITS } from '../../../shared/limits.js';
import { badRequest } from '../errors.js';
import { parseCsv } from './csv.js';
import type { TColumnSpec, TAnyRegistryDef } from './excel.types.js';
import type { TSpreadsheet } from './sniff.js';
import type { TBilingual } from './zod-messages.js';

/** Sheets of our templates that hold no data. */
export const INSTRUCTIONS_SHEET = '填写说明';
export const LISTS_SHEET = '选项';

export interface TSheetRow {
  /** 1-based row number as Excel shows it (the record number for CSV). */
  row: number;
  /** Trimmed cell text by column key; empty cells are absent. */
  cells: Record<string, string>;
  /** Cells whose content cannot be trusted (precision lost, error values …), by column key. */
  problems?: Record<string, TBilingual>;
}

export interface TParsedSheet {
  headerRow: number;
  /** Column keys found in the header row. */
  presentColumns: Set<string>;
  rows: TSheetRow[];
}

interface TCellText {
  text: string;
  problem?: TBilingual;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** 13812345678 stays 13812345678 (no exponent, no ".0"); 0.1 + 0.2 reads 0.3. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  return String(Number(n.toPrecision(15)));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel dates arrive as UTC instants of the wall-clock value. */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const hasTime = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds();
  return hasTime ? `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : day;
}

const PRECISION_LOST: TBilingual = {
  zh: '数字超过 15 位，Excel 已丢失末尾数字，请将该列设为“文本”格式后重新填写',
  en: 'a number with more than 15 digits lost its last digits in Excel: format the column as text and re-enter it',
};

/** The text of an exceljs cell value: rich text joined, formulas by their result, dates as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue | undefined): TCellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) >= 1e15 ? { text: numberText(value), problem: PRECISION_LOST } : { text: numberText(value) };
  }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: dateText(value) };
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if (Array.isArray(v.richText)) return { text: (v.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('') };
    if ('formula' in v || 'sharedFormula' in v) {
      if (v.result === undefined || v.result === null)
        return {
          text: '',
          problem: { zh: '公式没有计算结果，请在 Excel 中打开并保存后再导入', en: 'the formula has no computed value: open and save the file in Excel first' },
        };
      return cellText(v.result as ExcelJS.CellValue);
    }
    if ('error' in v) return { text: '', problem: { zh: `单元格是错误值 ${String(v.error)}`, en: `the cell holds the error ${String(v.error)}` } };
    if ('text' in v) return cellText(v.text as ExcelJS.CellValue); // hyperlink: e-mails often become mailto links
  }
  return { text: String(value) };
}

const SCIENTIFIC = /^[+-]?\d(\.\d+)?E\+(\d+)$/i;

function csvCellText(raw: string): TCellText {
  const m = SCIENTIFIC.exec(raw.trim());
  if (m && Number(m[2]) >= 10)
    return {
      text: raw,
      problem: { zh: '数字以科学计数法保存，已丢失精度，请将该列设为“文本”格式后重新导出', en: 'a number was saved in scientific notation and lost digits' },
    };
  return { text: raw };
}

/** Header text as compared: width-folded, no whitespace or required markers, lower case. */
export function normalizeHeader(s: string): string {
  return s.normalize('NFKC').replace(ZERO_WIDTH, '').replace(/\s+/g, '').replace(/\*/g, '').toLowerCase();
}

function headerIndex(columns: readonly TColumnSpec[]) {
  const map = new Map<string, string>();
  for (const c of columns) {
    map.set(normalizeHeader(c.header), c.key);
    map.set(normalizeHeader(c.headerEn), c.key);
    map.set(normalizeHeader(c.key), c.key);
  }
  return (text: string): string | undefined => {
    const h = normalizeHeader(text);
    if (!h) return undefined;
    return map.get(h) ?? map.get(h.replace(/\(.*\)$/, '')); // "手机号（选填）"
  };
}

const HEADER_SCAN_ROWS = 10;

/**
 * Rows of cell texts → rows keyed by column. The header is the row among the first ten that names the
 * most known columns; unknown columns are ignored, missing required columns are one error.
 * @throws AppError IMPORT_MISSING_COLUMNS, IMPORT_DUPLICATE_COLUMNS, IMPORT_TOO_MANY_ROWS, IMPORT_EMPTY
 */
export function mapRows(def: TAnyRegistryDef, raw: Array<{ row: number; cells: TCellText[] }>): TParsedSheet {
  const keyOf = headerIndex(def.columns);
  let header: (typeof raw)[number] | undefined;
  let best = 0;
  for (const r of raw.slice(0, HEADER_SCAN_ROWS)) {
    const hits = new Set(r.cells.map((c) => keyOf(c.text)).filter(Boolean)).size;
    if (hits > best) {
      best = hits;
      header = r;
    }
  }
  if (!header) throw missingColumns(def.columns.filter((c) => c.required).length ? def.columns.filter((c) => c.required) : def.columns);
  const byColumn = new Map<number, string>();
  const seen = new Map<string, string>();
  header.cells.forEach((c, i) => {
    const key = keyOf(c.text);
    if (!key) return;
    const first = seen.get(key);
    if (first !== undefined)
      throw badRequest('IMPORT_DUPLICATE_COLUMNS', `表头中“${c.text.trim()}”与“${first}”是同一列，请删除其中一列`, `Columns "${c.text.trim()}" and "${first}" are the same column`);
    seen.set(key, c.text.trim());
    byColumn.set(i, key);
  });
  const present = new Set(byColumn.values());
  const missing = def.columns.filter((c) => c.required && !present.has(c.key));
  if (missing.length > 0) throw missingColumns(missing);

  const rows: TSheetRow[] = [];
  for (const r of raw) {
    if (r.row <= header.row) continue;
    const cells: Record<string, string> = {};
    let problems: Record<string, TBilingual> | undefined;
    for (const [i, key] of byColumn) {
      const c = r.cells[i];
      if (!c) continue;
      const text = c.text.replace(ZERO_WIDTH, '').trim();
      if (text) cells[key] = text;
      if (c.problem) {
        problems ??= {};
        problems[key] = c.problem;
      }
    }
    if (Object.keys(cells).length === 0 && !problems) continue; // fully empty row (or only unknown columns)
    rows.push({ row: r.row, cells, ...(problems ? { problems } : {}) });
    if (rows.length > LIMITS.importRowsMax) throw tooManyRows();
  }
  if (rows.length === 0) throw badRequest('IMPORT_EMPTY', '文件中没有数据行', 'The file has no data rows');
  return { headerRow: header.row, presentColumns: present, rows };
}

const missingColumns = (missing: readonly TColumnSpec[]) =>
  badRequest(
    'IMPORT_MISSING_COLUMNS',
    `缺少必填列：${missing.map((c) => c.header).join('、')}（请使用导入模板）`,
    `Missing required column(s): ${missing.map((c) => c.headerEn).join(', ')} (use the import template)`,
  );

const tooManyRows = () =>
  badRequest(
    'IMPORT_TOO_MANY_ROWS',
    `一次最多导入 ${LIMITS.importRowsMax} 行，请拆分文件`,
    `At most ${LIMITS.importRowsMax} rows per file: split the file`,
  );

/** Data sheet of a workbook: the registry's sheet by name, else the first visible sheet that is not ours. */
function dataSheet(wb: ExcelJS.Workbook, def: TAnyRegistryDef): ExcelJS.Worksheet | undefined {
  return (
    wb.getWorksheet(def.sheetName) ??
    wb.worksheets.find((ws) => ws.state === 'visible' && ws.name !== INSTRUCTIONS_SHEET && ws.name !== LISTS_SHEET) ??
    wb.worksheets[0]
  );
}

// Parts of a sheet we never need; data validations and merges over whole columns would make exceljs
// expand millions of cells (a small file could stall the server).
const IGNORED_NODES = [
  'dataValidations',
  'mergeCells',
  'conditionalFormatting',
  'hyperlinks',
  'drawing',
  'picture',
  'tableParts',
  'extLst',
  'autoFilter',
  'rowBreaks',
  'cols',
];

async function readXlsx(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    // maxRows/maxCols are read by exceljs's worksheet parser though missing from its typings
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer, {
      ignoreNodes: IGNORED_NODES,
      maxRows: LIMITS.importRowsMax + 1000,
      maxCols: 500,
    } as Partial<ExcelJS.XlsxReadOptions>);
  } catch (err) {
    const message = (err as Error).message;
    if (/^Max row count/.test(message)) throw tooManyRows();
    if (/^Max (c|column) count/.test(message))
      throw badRequest('IMPORT_TOO_MANY_COLUMNS', '表格的列数过多，请只保留模板中的列', 'The sheet has too many columns: keep the template columns only');
    throw badRequest('IMPORT_FILE_INVALID', '文件已损坏或不是有效的 Excel 文件', 'The file is damaged or not a valid Excel workbook');
  }
  return wb;
}

/**
 * An uploaded spreadsheet → rows keyed by the registry's columns.
 * @throws AppError IMPORT_FILE_INVALID, IMPORT_MISSING_COLUMNS, IMPORT_DUPLICATE_COLUMNS, IMPORT_TOO_MANY_ROWS, IMPORT_EMPTY
 */
export async function parseUpload(file: TSpreadsheet, def: TAnyRegistryDef): Promise<TParsedSheet> {
  const raw: Array<{ row: number; cells: TCellText[] }> = [];
  if (file.kind === 'csv') {
    const cap = LIMITS.importRowsMax + 1000; // room for the header and empty lines
    const records = parseCsv(file.text, { maxRecords: cap + 1 });
    if (records.length > cap) throw tooManyRows();
    records.forEach((cells, i) => {
      raw.push({ row: i + 1, cells: cells.map(csvCellText) });
    });
  } else {
    const ws = dataSheet(await readXlsx(file.buffer), def);
    ws?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = row.values as ExcelJS.CellValue[]; // 1-based
      raw.push({ row: rowNumber, cells: values.slice(1).map((v) => cellText(v)) });
    });
  }
  return mapRows(def, raw);
}
