import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { TAnyRegistryDef, TCellOut, TColumnSpec } from './excel.types.js';
import { INSTRUCTIONS_SHEET, LISTS_SHEET } from './read.js';

/** Rows of the template that carry drop-down lists and text formats. */
export const TEMPLATE_ROWS = 5000;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
const REQUIRED_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFC0392B' } };

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Default cell of a value: arrays joined by 、, null as empty. */
export function defaultFormat(value: unknown): TCellOut {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return String(value);
}

function styleHeader(row: ExcelJS.Row, columns: readonly TColumnSpec[]) {
  row.height = 22;
  columns.forEach((c, i) => {
    const cell = row.getCell(i + 1);
    cell.font = c.required ? REQUIRED_FONT : { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle' };
  });
}

const sheetColumns = (columns: readonly TColumnSpec[]): Partial<ExcelJS.Column>[] =>
  columns.map((c) => ({ key: c.key, width: c.width ?? Math.max(12, c.header.length * 2 + 4), ...(c.text ? { style: { numFmt: '@' } } : {}) }));

function ruleText(c: TColumnSpec): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  if (c.hint) zh.push(c.hint);
  if (c.hintEn) en.push(c.hintEn);
  if (c.text) {
    zh.push('请保持“文本”格式，避免 Excel 丢失数字');
    en.push('keep the cells formatted as text so Excel keeps every digit');
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}

/**
 * The import template of a registry: the data sheet (bold frozen header, required columns in red,
 * drop-down lists, text format for phone/ID columns), a 填写说明 sheet with the rules per column and
 * an example row, and a hidden sheet holding the drop-down values. Importing it unchanged imports nothing.
 */
export async function buildTemplate(def: TAnyRegistryDef): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kexie 智慧科协';
  wb.created = new Date();
  const ws = wb.addWorksheet(def.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = wb.addWorksheet(INSTRUCTIONS_SHEET);
  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'veryHidden' });

  ws.columns = sheetColumns(def.columns);
  styleHeader(ws.addRow(def.columns.map((c) => c.header)), def.columns);

  let listColumn = 0;
  def.columns.forEach((c, i) => {
    const options = c.values ?? c.suggestions;
    if (!options?.length) return;
    listColumn++;
    const letter = columnLetter(listColumn);
    options.forEach((v, r) => {
      lists.getCell(r + 1, listColumn).value = v;
    });
    const target = columnLetter(i + 1);
    // exceljs supports range keys here though its typings omit `dataValidations`
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
      `${target}2:${target}${TEMPLATE_ROWS + 1}`,
      {
        type: 'list',
        allowBlank: true,
        formulae: [`'${LISTS_SHEET}'!$${letter}$1:$${letter}$${options.length}`],
        showErrorMessage: Boolean(c.values),
        errorStyle: 'stop',
        errorTitle: c.header,
        error: c.values ? `请从下拉列表中选择：${c.values.join('、')}` : undefined,
      },
    );
  });

  help.columns = [
    { header: '列名', key: 'header', width: 14 },
    { header: 'Column', key: 'headerEn', width: 18 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写要求', key: 'rule', width: 48 },
    { header: '可选值', key: 'values', width: 30 },
    { header: '示例', key: 'example', width: 24 },
    { header: 'Notes', key: 'ruleEn', width: 48 },
  ];
  styleHeader(help.getRow(1), help.columns.map((c) => ({ key: String(c.key), header: String(c.header), headerEn: '' })));
  for (const c of def.columns) {
    const rule = ruleText(c);
    help.addRow({
      header: c.header,
      headerEn: c.headerEn,
      required: c.required ? '必填' : '选填',
      rule: rule.zh,
      values: c.values ? c.values.join('、') : c.suggestions ? `建议：${c.suggestions.slice(0, 12).join('、')}${c.suggestions.length > 12 ? '…' : ''}` : '',
      example: c.example ?? '',
      ruleEn: rule.en,
    });
  }
  help.addRow([]);
  const note = help.addRow(['示例行（仅作参考，请在“' + def.sheetName + '”工作表中填写数据；本表不会被导入）']);
  note.font = { italic: true, color: { argb: 'FF666666' } };
  styleHeader(help.addRow(def.columns.map((c) => c.header)), def.columns);
  const example = help.addRow(def.columns.map((c) => c.example ?? ''));
  example.font = { color: { argb: 'FF666666' } };
  help.views = [{ state: 'frozen', ySplit: 1 }];

  wb.views = [{ activeTab: 0, x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Streams an export: one sheet with the template's headers (so it can be edited and imported again)
 * and one row per record, pulled page by page from `pages`, so memory stays flat for 100k rows.
 */
export async function writeExport(
  def: TAnyRegistryDef,
  pages: AsyncIterable<Array<Record<string, unknown>>>,
  out: Writable,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'kexie 智慧科协';
  const ws = wb.addWorksheet(def.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheetColumns(def.columns);
  const header = ws.addRow(def.columns.map((c) => c.header));
  styleHeader(header, def.columns);
  header.commit();
  for await (const page of pages) {
    for (const record of page) {
      ws.addRow(def.columns.map((c) => (c.format ?? defaultFormat)(record[c.key]))).commit();
    }
  }
  await ws.commit();
  await wb.commit();
}

/** An export as one Buffer (small exports and tests). */
export async function buildExport(def: TAnyRegistryDef, rows: Array<Record<string, unknown>>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  await writeExport(
    def,
    (async function* () {
      yield rows;
    })(),
    out,
  );
  await ended;
  return Buffer.concat(chunks);
}
